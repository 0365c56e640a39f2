/** `ledger templates --month YYYY-MM --by area|unit --out DIR`: every unit's fill-in template for the month, one file each. */

import fs from 'node:fs';
import path from 'node:path';
import { isIsoMonth } from '../../../shared/domain/dates';
import { ROUND_SCOPES, type RoundScope } from '../../../shared/rounds/types';
import { UsageError, type CliCommand } from '../command';

export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: 'templates --month YYYY-MM --by area|unit --out DIR [--unit NAME]',
  summary: '生成月度填报模板，每个区域或责任单位一个文件 / write each area\'s or unit\'s monthly fill-in template into a folder',
  options: { month: { type: 'string' }, by: { type: 'string' }, out: { type: 'string' }, unit: { type: 'string', multiple: true } },
  async run(ledger, values, _positionals, io) {
    const month = values.month;
    if (typeof month !== 'string' || !isIsoMonth(month)) throw new UsageError(`--month 应为 YYYY-MM：${String(month ?? '（缺少）')}`, `--month must be YYYY-MM: ${String(month ?? '(missing)')}`);
    const by = values.by ?? 'area';
    if (typeof by !== 'string' || !(ROUND_SCOPES as readonly string[]).includes(by)) throw new UsageError(`--by 应为 area（区域）或 unit（责任单位）：${String(by)}`, `--by must be area or unit: ${String(by)}`);
    const out = values.out;
    if (typeof out !== 'string' || out.trim() === '') throw new UsageError('缺少 --out DIR', 'missing --out DIR');
    if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new UsageError(`--out 应为文件夹：${out}`, `--out must be a folder: ${out}`);
    const raw = values.unit as unknown;
    const units = Array.isArray(raw) ? raw.filter((u): u is string => typeof u === 'string') : typeof raw === 'string' ? [raw] : undefined;
    const files = await ledger.send('rounds.templates', { month, scope: by as RoundScope, ...(units?.length ? { units } : {}) });
    fs.mkdirSync(out, { recursive: true });
    for (const f of files) {
      const target = path.join(out, f.fileName);
      // Written beside and renamed, so a failed write never leaves half a workbook under the name.
      fs.writeFileSync(`${target}.partial`, Buffer.from(f.base64, 'base64'));
      fs.renameSync(`${target}.partial`, target);
      io.out(`${f.unit}（${f.projects} 个项目）：${target}`);
    }
    io.out(`已生成 ${files.length} 份填报模板 / wrote ${files.length} templates to ${out}`);
    return 0;
  },
};
