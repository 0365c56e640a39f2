/**
 * A text chunk in a PNG: 导出图片 stores its title as the image's Title (iTXt, UTF-8), so the file
 * says what it shows in Windows' file properties, and a test can read it back without OCR.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typed = new TextEncoder().encode(type);
  out.set(typed, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The PNG with an iTXt chunk `keyword` = `text` right after its header chunk (IHDR). */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  // keyword, NUL, not compressed, method 0, no language tag (NUL), no translated keyword (NUL), text.
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const extra = chunk('iTXt', data);
  const afterHeader = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const out = new Uint8Array(png.length + extra.length);
  out.set(png.subarray(0, afterHeader), 0);
  out.set(extra, afterHeader);
  out.set(png.subarray(afterHeader), afterHeader + extra.length);
  return out;
}
