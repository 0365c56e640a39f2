import type { CliCommand } from '../command';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup [--out FILE]',
  summary: '备份数据库到文件（默认放在数据库旁的 backups 文件夹）/ back up the database',
  options: { out: { type: 'string' } },
  async run(ledger, values, _pos, io) {
    const out = typeof values.out === 'string' ? values.out : undefined;
    const { path } = await ledger.send('data.backup', out ? { out } : {});
    io.out(`已备份到 / backed up to: ${path}`);
    return 0;
  },
};
