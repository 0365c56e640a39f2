import { isIsoMonth } from '../../../shared/domain/dates';
import { monthLabel } from '../../../shared/domain/monthEnd';
import { UsageError, type CliCommand } from '../command';

export const closeMonthCommand: CliCommand = {
  name: 'close-month',
  usage: 'close-month YYYY-MM [--replace]',
  summary: '月结：冻结该月各项目的数据（已月结的月份须加 --replace 才重新月结）/ close a month: freeze its figures',
  options: { replace: { type: 'boolean' } },
  positionals: 1,
  async run(ledger, values, positionals, io) {
    const month = positionals[0];
    if (!month || !isIsoMonth(month)) throw new UsageError(`请给出要月结的月份 YYYY-MM：${month ?? '（缺少）'}`, `give the month to close as YYYY-MM: ${month ?? '(missing)'}`);
    const closing = await ledger.send('months.close', { month, ...(values.replace ? { replace: true } : {}) });
    io.out(`已月结 ${monthLabel(month)}：${closing.projects} 个项目，截至 ${closing.asOf} / closed ${month}: ${closing.projects} projects as of ${closing.asOf}`);
    return 0;
  },
};
