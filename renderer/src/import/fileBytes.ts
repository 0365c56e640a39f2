/** A chosen file's bytes as base64, the form file contents travel in through every transport. */

const CHUNK = 0x8000;

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // String.fromCharCode takes arguments on the stack: feed it in slices.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
