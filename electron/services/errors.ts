/** Service-side refusals worded once. */

import { LedgerError } from '../../shared/errors';

export function notFound(what: string, whatEn: string, id: number | string): LedgerError {
  return new LedgerError('not_found', `找不到${what}（${id}）`, `${whatEn} ${id} was not found`);
}

export function invalidField(path: string, zh: string, en: string): LedgerError {
  return new LedgerError('invalid_input', zh, en, [{ path, message: zh, messageEn: en }]);
}
