import { fieldLabel } from '../../../shared/domain/fields';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/types';
import { UsageError, type CliCommand } from '../command';

const KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

/** A value as typed on the command line, in the type the setting holds. */
function settingValue(key: keyof Settings, raw: string): Settings[keyof Settings] {
  const kind = typeof DEFAULT_SETTINGS[key];
  if (kind === 'number') {
    if (!/^\d+$/.test(raw)) throw new UsageError(`${key} 应为整数：${raw}`, `${key} must be a whole number: ${raw}`);
    return Number(raw);
  }
  if (kind === 'boolean') {
    if (/^(true|yes|on|1|是|开)$/i.test(raw)) return true;
    if (/^(false|no|off|0|否|关)$/i.test(raw)) return false;
    throw new UsageError(`${key} 应为 是/否（true/false）：${raw}`, `${key} must be true or false: ${raw}`);
  }
  return raw;
}

function shown(value: unknown): string {
  if (typeof value === 'boolean') return value ? '是 / yes' : '否 / no';
  return value === '' ? '（未设置 / not set）' : String(value);
}

export const settingsCommand: CliCommand = {
  name: 'settings',
  usage: `settings [--json] | settings set KEY VALUE   (KEY: ${KEYS.join('|')})`,
  summary: '查看或修改设置（填报单位、操作人、屏幕单位、预警天数…）/ show or change the settings',
  options: { json: { type: 'boolean' } },
  positionals: 3,
  async run(ledger, values, positionals, io) {
    const [verb, key, raw] = positionals;
    if (verb === undefined) {
      const settings = await ledger.send('settings.get', {});
      if (values.json) io.out(JSON.stringify(settings, null, 2));
      else for (const k of KEYS) io.out(`${k.padEnd(18)} ${fieldLabel(k).zh.padEnd(10, '　')} ${shown(settings[k])}`);
      return 0;
    }
    if (verb !== 'set') throw new UsageError(`未知的子命令：${verb}（应为 set）`, `unknown subcommand: ${verb} (expected set)`);
    if (!key || !(KEYS as string[]).includes(key)) throw new UsageError(`请指明设置项：${KEYS.join('、')}`, `name a setting: ${KEYS.join(', ')}`);
    if (raw === undefined) throw new UsageError(`请给出 ${key} 的值`, `give a value for ${key}`);
    const k = key as keyof Settings;
    const settings = await ledger.send('settings.update', { [k]: settingValue(k, raw) });
    io.out(`已设置 / set: ${k}（${fieldLabel(k).zh}）= ${shown(settings[k])}`);
    return 0;
  },
};
