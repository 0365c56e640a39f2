/** How a contract method is declared: its input schema, its result type carried as a phantom. */

import { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Never read at run time: it carries the result type. */
  result?: R;
  /** Whether the method writes (the UI refreshes after such calls). */
  writes: boolean;
}

/** `query<Result>()(schema)`: curried so the schema type is inferred while the result is named. */
export function query<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input, writes: false });
}

export function command<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input, writes: true });
}

/** The input of a method that takes nothing. */
export const none = z.object({}).strict();
