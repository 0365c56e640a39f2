/**
 * Which calls are long enough to run on a worker thread, so the thread that answers the window and
 * the browser host stays free: imports of a large file (reading, planning against the register and
 * writing it), and register-wide work (reports, fill-in templates, a month's closing, generating)
 * on a large register. Small calls stay where they are: starting a thread costs more than they take.
 */

import type { MethodName } from '../../../shared/contract';

/** An import file this big (as base64 in the call) takes seconds to plan and write at 50,000 rows. */
export const OFF_THREAD_FILE_CHARS = Math.ceil((256 * 1024 * 4) / 3);
/** Register-wide work on this many projects takes over a second. */
export const OFF_THREAD_PROJECTS = 2000;

type Rule = { kind: 'file' } | { kind: 'register' } | { kind: 'generate' };

const RULES: Partial<Record<MethodName, Rule>> = {
  'imports.preview': { kind: 'file' },
  'imports.commit': { kind: 'file' },
  'rounds.preview': { kind: 'file' },
  'rounds.collect': { kind: 'file' },
  'reports.export': { kind: 'register' },
  'reports.csv': { kind: 'register' },
  'problems.export': { kind: 'register' },
  'rounds.templates': { kind: 'register' },
  'months.close': { kind: 'register' },
  'nodes.applyTemplateBulk': { kind: 'register' },
  'data.generate': { kind: 'generate' },
};

/** The largest base64 file in a call's input (`file` or `files`), in characters. */
function largestFileChars(input: unknown): number {
  if (!input || typeof input !== 'object') return 0;
  const record = input as { file?: unknown; files?: unknown };
  const files = [record.file, ...(Array.isArray(record.files) ? record.files : [])];
  let largest = 0;
  for (const file of files) {
    const base64 = file && typeof file === 'object' ? (file as { base64?: unknown }).base64 : undefined;
    if (typeof base64 === 'string') largest = Math.max(largest, base64.length);
  }
  return largest;
}

export async function runsOffThread(method: string, input: unknown, projectCount: () => Promise<number>): Promise<boolean> {
  const rule = RULES[method as MethodName];
  if (!rule) return false;
  switch (rule.kind) {
    case 'file':
      return largestFileChars(input) >= OFF_THREAD_FILE_CHARS;
    case 'register':
      return (await projectCount()) >= OFF_THREAD_PROJECTS;
    case 'generate': {
      const wanted = input && typeof input === 'object' ? (input as { projects?: unknown }).projects : undefined;
      return typeof wanted === 'number' && wanted >= OFF_THREAD_PROJECTS;
    }
  }
}
