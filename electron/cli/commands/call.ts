import { METHOD_NAMES, isMethodName } from '../../../shared/contract';
import { UsageError, type CliCommand } from '../command';

/** Any contract method by name with a JSON input: the CLI's transport, derived from the method list. */
export const callCommand: CliCommand = {
  name: 'call',
  usage: 'call METHOD [JSON]',
  summary: '调用任一接口，输出 JSON / call any API method, print JSON',
  options: {},
  positionals: 2,
  async run(ledger, _values, positionals, io) {
    const [method, json] = positionals;
    if (!method || !isMethodName(method)) {
      throw new UsageError(`未知接口：${method ?? ''}；可用：${METHOD_NAMES.join(' ')}`, `unknown method: ${method ?? ''}; available: ${METHOD_NAMES.join(' ')}`);
    }
    let input: unknown = {};
    if (json !== undefined) {
      try {
        input = JSON.parse(json) as unknown;
      } catch {
        throw new UsageError(`输入不是有效的 JSON：${json}`, `the input is not valid JSON: ${json}`);
      }
    }
    const result = await ledger.dispatch(method, input);
    if (!result.ok) {
      io.err(`${result.error.message}\n${result.error.messageEn}`);
      return 1;
    }
    io.out(JSON.stringify(result.value, null, 2));
    return 0;
  },
};
