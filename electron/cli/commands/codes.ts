import { PROJECT_FIELD_LABELS } from '../../../shared/domain/fields';
import { CODE_LIST_NAMES, type CodeListName } from '../../../shared/domain/types';
import { UsageError, type CliCommand } from '../command';

const VERBS = ['list', 'add', 'rename', 'retire', 'unretire', 'remove'] as const;

/** A list named in English (chain) or as the register heads it (产业链, 资金来源). */
function listOf(raw: string | undefined): CodeListName {
  const found = CODE_LIST_NAMES.find((n) => n === raw || PROJECT_FIELD_LABELS[n].zh === raw);
  if (!found) {
    const names = CODE_LIST_NAMES.map((n) => `${n}（${PROJECT_FIELD_LABELS[n].zh}）`).join('、');
    throw new UsageError(`请指明代码表：${names}`, `name a code list: ${CODE_LIST_NAMES.join(', ')}`);
  }
  return found;
}

export const codesCommand: CliCommand = {
  name: 'codes',
  usage: 'codes list [LIST] | codes add|retire|unretire|remove LIST VALUE | codes rename LIST VALUE NEW',
  summary: '管理代码表（产业链、区域、级别、类型、资金来源）/ administer the code lists',
  options: { json: { type: 'boolean' } },
  positionals: 4,
  async run(ledger, values, positionals, io) {
    const [verb, rawList, value, to] = positionals;
    if (!verb || !(VERBS as readonly string[]).includes(verb)) throw new UsageError(`子命令应为 ${VERBS.join('、')} 之一`, `the subcommand must be one of ${VERBS.join(', ')}`);
    if (verb === 'list') {
      const only = rawList === undefined ? undefined : listOf(rawList);
      const entries = (await ledger.send('codeLists.entries', {})).filter((e) => !only || e.list === only);
      if (values.json) io.out(JSON.stringify(entries, null, 2));
      else for (const e of entries) io.out(`${PROJECT_FIELD_LABELS[e.list].zh}\t${e.value}\t${e.usage} 个项目${e.retired ? '\t已停用 / retired' : ''}`);
      return 0;
    }
    const list = listOf(rawList);
    if (!value) throw new UsageError('请给出代码值', 'give the value');
    const label = PROJECT_FIELD_LABELS[list].zh;
    switch (verb) {
      case 'add':
        await ledger.send('codeLists.add', { list, value });
        io.out(`已在${label}中加入 / added: ${value}`);
        return 0;
      case 'rename': {
        if (!to) throw new UsageError('请给出新名称', 'give the new name');
        const r = await ledger.send('codeLists.rename', { list, value, to });
        io.out(`${label}「${value}」已${r.merged ? '并入' : '改名为'}「${to}」，${r.projects} 个项目随之更新 / ${r.merged ? 'merged into' : 'renamed to'} "${to}"; ${r.projects} projects follow`);
        return 0;
      }
      case 'retire':
      case 'unretire':
        await ledger.send('codeLists.retire', { list, value, retired: verb === 'retire' });
        io.out(verb === 'retire' ? `${label}「${value}」已停用：已有项目保留，新项目不再可选 / retired` : `${label}「${value}」已恢复使用 / back in use`);
        return 0;
      default:
        await ledger.send('codeLists.remove', { list, value });
        io.out(`已从${label}中删除 / removed: ${value}`);
        return 0;
    }
  },
};
