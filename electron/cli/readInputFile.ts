/** A file named on the command line, read only after it is known to be a file of a size the import takes. */

import fs from 'node:fs';
import { LedgerError } from '../../shared/errors';
import { MAX_FILE_BYTES } from '../services/import/limits';

const MB = 1024 * 1024;

export function readInputFile(file: string): Buffer {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new LedgerError('not_found', `找不到文件：${file}`, `No such file: ${file}`);
  if (stat.isDirectory()) throw new LedgerError('invalid_input', `「${file}」是文件夹，请指明其中的一个文件`, `"${file}" is a folder; name a file in it`);
  if (!stat.isFile()) throw new LedgerError('invalid_input', `「${file}」不是普通文件`, `"${file}" is not a regular file`);
  if (stat.size > MAX_FILE_BYTES) {
    throw new LedgerError('refused', `「${file}」有 ${(stat.size / MB).toFixed(1)} MB，超过导入上限 ${MAX_FILE_BYTES / MB} MB，请拆分后分批导入`,
      `"${file}" is ${(stat.size / MB).toFixed(1)} MB, over the ${MAX_FILE_BYTES / MB} MB import limit; split it`);
  }
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new LedgerError('refused', `无法读取「${file}」：没有权限或文件被占用（${(err as NodeJS.ErrnoException).code ?? ''}）`, `Cannot read "${file}": ${(err as Error).message}`);
  }
}
