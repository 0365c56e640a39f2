/** A typed `send` over any function that returns an ApiResult: the dispatcher, HTTP or IPC. */

import type { MethodName, SendFn } from './contract';
import { ApiCallError, type ApiResult } from './errors';

export type RawCall = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export function sendVia(call: RawCall): SendFn {
  return (async (method: MethodName, input: unknown) => {
    const result = await call(method, input);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value;
  }) as SendFn;
}
