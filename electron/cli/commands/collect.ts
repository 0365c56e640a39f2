/**
 * `ledger collect FILE…`: returned fill-in templates, each previewed (per project before → after,
 * suspicious and refused rows) and merged in its own transaction as an import batch that
 * `undo-import` takes back. Exit 1 when any file was refused.
 */

import fs from 'node:fs';
import path from 'node:path';
import { isIsoMonth } from '../../../shared/domain/dates';
import { ApiCallError, LedgerError } from '../../../shared/errors';
import { ROUND_SCOPE_LABELS, type CollectPreview, type CollectResult } from '../../../shared/rounds/types';
import { readInputFile } from '../readInputFile';
import { UsageError, type CliCommand, type CliIo } from '../command';

const LEVEL_MARK = { refused: '拒绝', suspicious: '可疑', note: '提示' } as const;

function printPreview(p: CollectPreview, io: CliIo): void {
  const t = p.template;
  io.out(`「${p.fileName}」：${t.unit}（${ROUND_SCOPE_LABELS[t.scope].zh}）${t.month.slice(0, 4)}年${Number(t.month.slice(5, 7))}月${p.reporter ? `，填报人 ${p.reporter}` : ''}${p.phone ? ` ${p.phone}` : ''}`);
  io.out(`  更新 ${p.counts.update}，不变 ${p.counts.unchanged}，拒绝 ${p.counts.refused}，可疑 ${p.counts.suspicious}`);
  for (const f of p.fileFlags) io.out(`  ${LEVEL_MARK[f.level]}：${f.message}`);
  for (const r of p.rows) {
    if (r.changes.length) io.out(`  ${r.code} ${r.name}：${r.changes.map((c) => `${c.label} ${c.before || '（空）'} → ${c.after}`).join('；')}`);
    for (const f of r.flags) (f.level === 'refused' ? io.err : io.out)(`  ${LEVEL_MARK[f.level]}：${f.message}`);
  }
}

export const collectCommand: CliCommand = {
  name: 'collect',
  usage: 'collect FILE… [--month YYYY-MM] [--dry-run] [--json]',
  summary: '回收合并月度填报模板（每个文件一批，可用 undo-import 撤销）/ merge returned fill-in templates, one import batch per file',
  positionals: 500,
  options: { month: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  async run(ledger, values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('请给出要回收的文件', 'give the returned files');
    const month = values.month;
    if (month !== undefined && (typeof month !== 'string' || !isIsoMonth(month))) throw new UsageError(`--month 应为 YYYY-MM：${String(month)}`, `--month must be YYYY-MM: ${String(month)}`);
    const dryRun = Boolean(values['dry-run']);
    const results: Array<{ file: string; preview: CollectPreview | null; result: CollectResult | null; error: { message: string; messageEn: string } | null }> = [];
    for (const file of positionals) {
      const entry: (typeof results)[number] = { file, preview: null, result: null, error: null };
      results.push(entry);
      try {
        if (!fs.existsSync(file)) throw new ApiCallError({ code: 'not_found', message: `找不到文件：${file}`, messageEn: `file not found: ${file}` });
        const input = { file: { name: path.basename(file), base64: readInputFile(file).toString('base64') }, ...(typeof month === 'string' ? { month } : {}) };
        entry.preview = await ledger.send('rounds.preview', input);
        if (!values.json) printPreview(entry.preview, io);
        if (entry.preview.refused) throw new ApiCallError({ code: 'invalid_input', message: entry.preview.refused.message, messageEn: entry.preview.refused.messageEn });
        if (dryRun) {
          if (!values.json) io.out('  试运行：未写入 / dry run: nothing written');
          continue;
        }
        entry.result = await ledger.send('rounds.collect', input);
        if (!values.json) io.out(`  已合并（导入批次 ${entry.result.batchId}，可用 undo-import ${entry.result.batchId} 撤销）/ merged as import batch ${entry.result.batchId}`);
      } catch (err) {
        const body = err instanceof ApiCallError ? err.body : err instanceof LedgerError ? { message: err.message, messageEn: err.messageEn } : undefined;
        if (!body) throw err;
        entry.error = { message: body.message, messageEn: body.messageEn };
        if (!values.json) io.err(`「${path.basename(file)}」未合并：${body.message}\n${body.messageEn}`);
      }
    }
    if (values.json) io.out(JSON.stringify(results, null, 2));
    else {
      // Who is still outstanding in the rounds these files belong to.
      const rounds = new Map(results.flatMap((r) => (r.preview ? [[`${r.preview.template.month}|${r.preview.template.scope}`, r.preview.template] as const] : [])));
      for (const t of rounds.values()) {
        const status = await ledger.send('rounds.status', { month: t.month, scope: t.scope });
        const back = status.units.filter((u) => u.returned).length;
        const sent = status.units.filter((u) => u.sentAt).length;
        io.out(`${t.month} ${ROUND_SCOPE_LABELS[t.scope].zh}：已回收 ${back}/${sent}${status.outstanding.length ? `，未回收：${status.outstanding.join('、')}` : '，全部回收'}`);
      }
    }
    return results.some((r) => r.error) ? 1 : 0;
  },
};
