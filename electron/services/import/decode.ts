/**
 * Text files from Chinese Windows: UTF-8 (with or without BOM) or GBK/GB18030 as WPS and Excel save
 * "CSV". Strict UTF-8 is tried first: GB18030 bytes of Chinese text are almost never valid UTF-8,
 * so a clean decode settles it. No guessing library: the user can switch the encoding in the wizard.
 */

import type { ImportEncoding } from '../../../shared/import/types';

export interface DecodedText {
  text: string;
  encoding: ImportEncoding;
}

export function decodeText(bytes: Uint8Array, wanted?: ImportEncoding): DecodedText {
  if (wanted === 'gb18030') return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  try {
    // TextDecoder drops a UTF-8 BOM by itself (ignoreBOM defaults to false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (wanted === 'utf-8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
