/** What the start scripts (serve, team) share: leaving with a message in both languages, and the port check. */

export function fail(zh: string, en: string, code: number): never {
  console.error(`${zh}\n${en}`);
  process.exit(code);
}

/** A --port value as a number, or exit 2 naming it. */
export function portOf(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port 应为 0–65535 的整数：${value}`, `--port must be an integer 0-65535: ${value}`, 2);
  return port;
}
