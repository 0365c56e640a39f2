/**
 * Audit and batch times are stored as UTC instants (ISO with Z); people read their own clock. This
 * shows one in the local time zone: the OS's in services and the CLI (the process's TZ), the
 * browser's in the renderer (the same machine).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-22T08:34:00.000Z` → `2026-11-22 16:34` in Asia/Shanghai; with seconds, `… 16:34:00`. */
export function formatLocalDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${options.seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${date} ${time}`;
}
