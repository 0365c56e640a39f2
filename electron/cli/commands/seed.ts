import type { CliCommand } from '../command';

export const seedCommand: CliCommand = {
  name: 'seed',
  usage: 'seed',
  summary: '载入示例台账 / load the sample register',
  options: {},
  async run(ledger, _values, _pos, io) {
    const { projects } = await ledger.send('data.seedSample', {});
    io.out(`已载入示例台账 ${projects} 个项目 / loaded ${projects} sample projects`);
    return 0;
  },
};
