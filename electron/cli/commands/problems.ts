import fs from 'node:fs';
import path from 'node:path';
import { problemDueText, type ProblemRow } from '../../../shared/domain/problems';
import { UsageError, type CliCommand } from '../command';

/** Pads to a display width: a Chinese character takes two columns in a terminal. */
function pad(text: string, width: number): string {
  const shown = [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - shown));
}

function line(p: ProblemRow): string {
  return [pad(problemDueText(p.due, false), 12), pad(p.promisedOn ?? '未定', 10), p.department, `${p.projectCode} ${p.projectName}`, p.nodeName ?? '（全项目）', p.text].join('  ');
}

export const problemsCommand: CliCommand = {
  name: 'problems',
  usage: 'problems [--overdue] [--department X] [--json] [--out FILE|DIR]',
  summary: '督办清单：未解决的卡点，逾期的在前；--out 导出督办单 / open problems, overdue first; --out writes the 督办单 xlsx',
  readsOnly: true,
  options: { overdue: { type: 'boolean' }, department: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } },
  async run(ledger, values, _pos, io) {
    const department = typeof values.department === 'string' ? values.department.trim() : undefined;
    if (department === '') throw new UsageError('--department 不能为空', '--department must not be empty');
    if (typeof values.out === 'string') {
      if (values.overdue) throw new UsageError('--out 导出全部未解决卡点，不与 --overdue 同用', '--out exports every open problem; it does not go with --overdue');
      const file = await ledger.send('problems.export', department ? { department } : {});
      const out = values.out;
      const target = fs.existsSync(out) && fs.statSync(out).isDirectory() ? path.join(out, file.fileName) : out;
      // Written beside and renamed, so a failed write never leaves half a workbook under the name.
      fs.writeFileSync(`${target}.partial`, Buffer.from(file.base64, 'base64'));
      fs.renameSync(`${target}.partial`, target);
      io.out(`已导出督办单（${file.projects} 个项目）：${target} / exported the 督办单 (${file.projects} projects) to ${target}`);
      return 0;
    }
    const list = await ledger.send('problems.list', { status: values.overdue ? 'overdue' : 'open', ...(department ? { department } : {}) });
    if (values.json) {
      io.out(JSON.stringify({ today: list.today, open: list.open, overdue: list.overdue, departments: list.departments, problems: list.rows }, null, 2));
      return 0;
    }
    io.out(`督办清单（截至 ${list.today}）：未解决 ${list.open} 项，其中逾期 ${list.overdue} 项${department ? `；责任单位：${department}` : ''}`);
    for (const p of list.rows) io.out(line(p));
    if (!list.rows.length) io.out(values.overdue ? '没有逾期的卡点 / no overdue problems' : '没有未解决的卡点 / no open problems');
    return 0;
  },
};
