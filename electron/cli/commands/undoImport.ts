/** `ledger undo-import [BATCH]`: the import batches, or undo one of them, as the 导入 view's 撤销 does. */

import { UsageError, type CliCommand } from '../command';
import { formatLocalDateTime } from '../../../shared/domain/localTime';

export const undoImportCommand: CliCommand = {
  name: 'undo-import',
  usage: 'undo-import [BATCH]',
  summary: '列出导入批次，或撤销其中一批（之后被改过的不能撤销）/ list import batches, or undo one',
  positionals: 1,
  options: {},
  async run(ledger, _values, positionals, io) {
    const given = positionals[0];
    if (given === undefined) {
      const batches = await ledger.send('imports.batches', {});
      if (batches.length === 0) io.out('还没有导入批次 / no imports yet');
      for (const b of batches) {
        const state = b.undoneAt ? `已撤销 ${formatLocalDateTime(b.undoneAt)}` : '可撤销';
        io.out(`${String(b.id).padStart(4)}  ${formatLocalDateTime(b.createdAt)}  ${b.fileName}  新增 ${b.added}，更新 ${b.updated}  ${b.actor}  ${state}`);
      }
      return 0;
    }
    if (!/^\d+$/.test(given)) throw new UsageError(`批次号应为正整数：${given}`, `the batch must be a positive integer: ${given}`);
    const batch = await ledger.send('imports.undo', { batchId: Number(given) });
    io.out(`已撤销导入批次 ${batch.id}（${batch.fileName}：新增 ${batch.added}，更新 ${batch.updated}）/ undone import batch ${batch.id}`);
    return 0;
  },
};
