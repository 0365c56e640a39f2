/** `ledger apply-template`: 按模板批量生成节点 for projects without nodes, or undo such an operation. */

import { UsageError, requireInt, type CliCommand } from '../command';

const FROM = { signedOn: '签约日期', plannedStart: '计划开工' } as const;

export const applyTemplateCommand: CliCommand = {
  name: 'apply-template',
  usage: 'apply-template [--template NAME] [--projects all-without-nodes|ID,ID…] [--batch N] | --undo OP',
  summary: '按模板为没有节点的项目批量生成节点，或撤销一次 / bulk-apply a node template, or undo one',
  options: { template: { type: 'string' }, projects: { type: 'string' }, batch: { type: 'string' }, undo: { type: 'string' } },
  async run(ledger, values, _pos, io) {
    const undo = requireInt(values, 'undo', 1, Number.MAX_SAFE_INTEGER);
    if (undo !== undefined) {
      const r = await ledger.send('nodes.undoTemplateBulk', { operationId: undo });
      io.out(`已撤销批量操作 #${r.operationId}：${r.projects} 个项目，删除 ${r.nodes} 个节点 / undone`);
      return 0;
    }
    const name = values.template;
    const templates = await ledger.send('templates.list', {});
    // Without --template: the default template of 设置与数据, else the first.
    const { defaultTemplateId } = await ledger.send('settings.get', {});
    const template = name === undefined ? (templates.find((t) => t.id === defaultTemplateId) ?? templates[0]) : templates.find((t) => t.name === name);
    if (!template) {
      throw new UsageError(`--template 应为以下模板之一：${templates.map((t) => `「${t.name}」`).join('、')}`, `--template must name one of the templates: ${templates.map((t) => t.name).join(', ')}`);
    }
    const batch = requireInt(values, 'batch', 1, Number.MAX_SAFE_INTEGER);
    const projects = values.projects;
    if (batch !== undefined && projects !== undefined) throw new UsageError('--projects 与 --batch 只能选一个', 'give --projects or --batch, not both');
    let target: { projectIds: number[] } | { batchId: number } | { allWithoutNodes: true };
    if (batch !== undefined) target = { batchId: batch };
    else if (projects === undefined || projects === 'all-without-nodes') target = { allWithoutNodes: true };
    else if (typeof projects === 'string' && /^\d+(,\d+)*$/.test(projects)) target = { projectIds: projects.split(',').map(Number) };
    else throw new UsageError(`--projects 应为 all-without-nodes 或逗号分隔的项目 ID：${String(projects)}`, `--projects must be all-without-nodes or comma-separated ids: ${String(projects)}`);
    const r = await ledger.send('nodes.applyTemplateBulk', { templateId: template.id, ...target });
    for (const a of r.applied) io.out(`  ${a.code}  ${a.name}  自 ${a.start}（由${FROM[a.from]}定）生成 ${a.nodes} 个节点`);
    for (const s of r.skipped) io.out(`  跳过 ${s.code}  ${s.name}：${s.reason}`);
    io.out(`按模板「${r.template}」生成：${r.applied.length} 个项目；已有节点跳过 ${r.skippedWithNodes} 个；无日期跳过 ${r.skipped.length} 个${r.operationId ? `（批量操作 #${r.operationId}，撤销：apply-template --undo ${r.operationId}）` : ''}`);
    return 0;
  },
};
