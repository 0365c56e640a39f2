/**
 * The entries an .xlsx (a zip) declares, read from its central directory before anything is
 * inflated: their names tell an .xlsx from another zip, and where each entry's data lies lets
 * zipScan.ts inflate it under a cap. Only the fixed-layout directory records are read; declared
 * uncompressed sizes are kept for a cheap first refusal but never trusted (a bomb lies about them).
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const ZIP64_MARK = 0xffffffff;
const ZIP64_EXTRA = 0x0001;

export interface ZipEntry {
  name: string;
  /** Declared uncompressed size; Infinity for a ZIP64 entry (4 GB or more). */
  size: number;
  /** 0 stored, 8 deflated; anything else no xlsx reader supports. */
  method: number;
  compressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

/** ZIP64 extra field: the 8-byte values present are those whose 32-bit field holds the mark, in this order. */
function zip64Values(view: DataView, at: number, length: number, wanted: number): number[] {
  const end = at + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      for (let i = 0; i < wanted && 8 * (i + 1) <= size; i++) values.push(Number(view.getBigUint64(at + 4 + 8 * i, true)));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

/** The central directory's entries, or undefined when the bytes are not a readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - EOCD_MIN - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const size = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let localOffset = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    if (at + 46 + nameLength + extraLength > bytes.length) return undefined;
    const marked = [size, compressedSize, localOffset].filter((v) => v === ZIP64_MARK).length;
    if (marked > 0) {
      const values = zip64Values(view, at + 46 + nameLength, extraLength, marked);
      let next = size === ZIP64_MARK ? 1 : 0;
      if (compressedSize === ZIP64_MARK) compressedSize = values[next++] ?? Number.POSITIVE_INFINITY;
      if (localOffset === ZIP64_MARK) localOffset = values[next] ?? Number.POSITIVE_INFINITY;
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      size: size === ZIP64_MARK ? Number.POSITIVE_INFINITY : size,
      method: view.getUint16(at + 10, true),
      compressedSize,
      localOffset,
    });
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}

