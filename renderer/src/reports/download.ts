/**
 * Saving a file the service produced: a Blob and a download link. In the browser host the browser
 * asks where to save (or saves to Downloads); inside Electron the same download shows a save dialog.
 */

export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, not before the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** CSV text (BOM included) saved as UTF-8: what Excel on Chinese Windows opens without garbling. */
export function downloadCsv(text: string, fileName: string): void {
  downloadBytes(new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>, fileName, 'text/csv;charset=utf-8');
}
