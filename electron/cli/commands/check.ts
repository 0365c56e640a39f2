import type { CliCommand } from '../command';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check',
  summary: '检查数据库完整性与外键 / integrity and foreign-key check',
  readsOnly: true,
  options: {},
  async run(ledger, _values, _pos, io) {
    const report = await ledger.send('data.check', {});
    if (report.ok) {
      const info = await ledger.send('data.info', {});
      io.out(`数据库完好：完整性检查通过，外键无误，结构版本 ${report.schemaVersion}，${info.projectCount} 个项目 / database sound: integrity ok, foreign keys ok`);
      return 0;
    }
    io.err(`数据库有问题 / database has problems:`);
    for (const line of report.integrity.filter((l) => l !== 'ok')) io.err(`  完整性 / integrity: ${line}`);
    for (const fk of report.foreignKeys) io.err(`  外键 / foreign key: ${fk.table} 第 ${fk.rowid} 行指向不存在的 ${fk.parent}`);
    return 1;
  },
};
