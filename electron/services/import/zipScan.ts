/**
 * An .xlsx inflated once under caps before exceljs sees it: exceljs unzips and parses a workbook
 * whole, so a zip bomb (entries lying about their size) or an oversized sheet would fill memory
 * before any limit applied. Here every entry is inflated as a stream, the bytes actually produced
 * are counted and inflation stops at the cap; shared strings and each sheet's rows are counted in
 * the same stream. Nothing inflated is kept, so a refused file costs a few chunks of memory.
 */

import zlib from 'node:zlib';
import type { ZipEntry } from './zipSize';

export interface XlsxCaps {
  /** All entries together, as actually inflated. */
  unpackedBytes: number;
  sharedStrings: number;
  /** Row elements in any one worksheet. */
  rowsPerSheet: number;
}

export type ScanRefusal =
  | { kind: 'unpacked' }
  | { kind: 'sharedStrings' }
  | { kind: 'rows'; sheet: string }
  | { kind: 'damaged' };

const LOCAL_SIGNATURE = 0x04034b50;
const INFLATE_CHUNK = 256 * 1024;
/** workbook.xml and its relationships name the sheets; they are small in any real workbook. */
const NAMING_PART_CAP = 4 * 1024 * 1024;
/** Longest element start counted (a 16-character namespace prefix), less one: what a chunk carries over. */
const CARRY = 32;

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';

const LT = 0x3c;
const COLON = 0x3a;

function isNameByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x2d || b === 0x2e;
}

/** After the element name: blank, '>' or '/' ends it (so <rowBreaks> is not a row). */
function endsName(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Counts starts of one element (<row …>, <x:row …>) across chunks by byte search, fast enough for
 * 200 MB: a start split between two chunks is counted once.
 */
class StartCounter {
  count = 0;
  private carry: Buffer = Buffer.alloc(0);
  private readonly name: Buffer;
  constructor(name: string) {
    this.name = Buffer.from(name, 'latin1');
  }

  add(chunk: Buffer): number {
    const text = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const carried = this.carry.length;
    for (let at = text.indexOf(this.name); at >= 0; at = text.indexOf(this.name, at + 1)) {
      const after = at + this.name.length;
      if (after >= text.length || !endsName(text[after]) || after + 1 <= carried) continue;
      let before = at - 1;
      if (text[before] === COLON) {
        // A namespace prefix: up to 16 name characters, then '<'.
        let n = 0;
        for (before--; before >= 0 && n < 16 && isNameByte(text[before]!); before--) n++;
        if (n === 0) continue;
      }
      if (before >= 0 && text[before] === LT) this.count++;
    }
    this.carry = Buffer.from(text.subarray(Math.max(0, text.length - CARRY)));
    return this.count;
  }
}

/** The entry's compressed bytes, located through its local header; undefined when they lie outside the file. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (!Number.isSafeInteger(at) || at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (!Number.isSafeInteger(end) || end > bytes.length) return undefined;
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry, handing each produced chunk to `onChunk` until it returns false (stop).
 * Resolves 'stopped', 'done' or 'damaged'.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Buffer) => boolean): Promise<'done' | 'stopped' | 'damaged'> {
  const data = compressedData(bytes, entry);
  if (!data) return Promise.resolve('damaged');
  if (entry.method === 0) return Promise.resolve(onChunk(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) ? 'done' : 'stopped');
  if (entry.method !== 8) return Promise.resolve('damaged');
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
    let settled = false;
    const settle = (how: 'done' | 'stopped' | 'damaged') => {
      if (settled) return;
      settled = true;
      resolve(how);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (!onChunk(chunk)) {
        settle('stopped');
        inflate.destroy();
      }
    });
    inflate.on('end', () => settle('done'));
    inflate.on('error', () => settle('damaged'));
    inflate.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
}

/** A small part's text, or '' when it is absent, damaged or larger than the naming cap. */
async function smallPart(bytes: Uint8Array, entries: ZipEntry[], name: string): Promise<string> {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  const how = await inflateEntry(bytes, entry, (chunk) => {
    size += chunk.length;
    chunks.push(chunk);
    return size <= NAMING_PART_CAP;
  });
  return how === 'done' ? Buffer.concat(chunks).toString('utf8') : '';
}

function xmlUnescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

/** The tab name of a worksheet part (xl/worksheets/sheet3.xml → 汇总), else the part's file name. */
async function sheetName(bytes: Uint8Array, entries: ZipEntry[], part: string): Promise<string> {
  const rels = await smallPart(bytes, entries, 'xl/_rels/workbook.xml.rels');
  const target = part.slice('xl/'.length);
  const rel = [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => {
    const t = /\bTarget="([^"]*)"/.exec(tag)?.[1] ?? '';
    return t === target || t === `/${part}`;
  });
  const id = rel && /\bId="([^"]*)"/.exec(rel)?.[1];
  if (id) {
    const workbook = await smallPart(bytes, entries, 'xl/workbook.xml');
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      if (new RegExp(`\\b(?:\\w+:)?id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(m[0])) {
        const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
        if (name) return xmlUnescape(name);
      }
    }
  }
  return part.slice(part.lastIndexOf('/') + 1);
}

/**
 * Inflates every entry once, counting; the first cap passed stops everything and is returned.
 * Undefined means the workbook is within every cap and exceljs may read it.
 */
export async function scanXlsx(bytes: Uint8Array, entries: ZipEntry[], caps: XlsxCaps): Promise<ScanRefusal | undefined> {
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.compressedSize === 0) continue;
    let refusal: ScanRefusal | undefined;
    const strings = entry.name === SHARED_STRINGS_PART;
    const counter = strings ? new StartCounter('si') : SHEET_PART.test(entry.name) ? new StartCounter('row') : undefined;
    const cap = strings ? caps.sharedStrings : caps.rowsPerSheet;
    const how = await inflateEntry(bytes, entry, (chunk) => {
      unpacked += chunk.length;
      if (unpacked > caps.unpackedBytes) refusal = { kind: 'unpacked' };
      else if (counter && counter.add(chunk) > cap) refusal = strings ? { kind: 'sharedStrings' } : { kind: 'rows', sheet: entry.name };
      return refusal === undefined;
    });
    if (refusal?.kind === 'rows') return { kind: 'rows', sheet: await sheetName(bytes, entries, refusal.sheet) };
    if (refusal) return refusal;
    if (how === 'damaged') return { kind: 'damaged' };
  }
  return undefined;
}
