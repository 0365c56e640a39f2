import { requireInt, UsageError, type CliCommand } from '../command';

export const generateCommand: CliCommand = {
  name: 'generate',
  usage: 'generate --projects N [--seed S]',
  summary: '生成 N 个模拟项目（可复现）/ generate N realistic projects, deterministic per seed',
  options: { projects: { type: 'string' }, seed: { type: 'string' } },
  async run(ledger, values, _pos, io) {
    const projects = requireInt(values, 'projects', 1, 100_000);
    if (projects === undefined) throw new UsageError('缺少 --projects N', 'missing --projects N');
    const seed = requireInt(values, 'seed', 0, 2 ** 31) ?? 1;
    const started = Date.now();
    const result = await ledger.send('data.generate', { projects, seed });
    io.out(`已生成 ${result.projects} 个项目（种子 ${seed}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）/ generated ${result.projects} projects (seed ${seed})`);
    return 0;
  },
};
