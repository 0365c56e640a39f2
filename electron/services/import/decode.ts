/**
 * Text files from Chinese Windows: UTF-8 (with or without BOM) or GBK/GB18030 as WPS and Excel save
 * "CSV", and UTF-16 with its BOM as Excel saves "Unicode 文本 (*.txt)". A UTF-16 BOM settles it.
 * Otherwise strict UTF-8 is tried first: GB18030 bytes of Chinese text are almost never valid UTF-8,
 * so a clean decode settles it. No guessing library: the user can switch the encoding in the wizard.
 */

import type { ImportEncoding, ImportEncodingChoice } from '../../../shared/import/types';

export interface DecodedText {
  text: string;
  encoding: ImportEncoding;
}

export function decodeText(bytes: Uint8Array, wanted?: ImportEncodingChoice): DecodedText {
  // TextDecoder drops the BOM it recognises (ignoreBOM defaults to false).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (wanted === 'gb18030') return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (wanted === 'utf-8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
