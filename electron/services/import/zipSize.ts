/**
 * The entries an .xlsx (a zip) declares, read from its central directory before anything is
 * inflated: their names tell an .xlsx from another zip, and their sizes let a zip bomb be refused
 * up front. Only the fixed-layout directory records are read.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const ZIP64_MARK = 0xffffffff;

export interface ZipEntry {
  name: string;
  /** Declared uncompressed size; Infinity for a ZIP64 entry (4 GB or more). */
  size: number;
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
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), size: size === ZIP64_MARK ? Number.POSITIVE_INFINITY : size });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Sum of the declared uncompressed sizes, or undefined when the bytes are not a readable zip. */
export function declaredUnpackedSize(bytes: Uint8Array): number | undefined {
  return zipEntries(bytes)?.reduce((total, e) => total + e.size, 0);
}
