/** 汇总: rollups by one dimension. */

import { z } from 'zod';
import type { RollupTable } from '../domain/rollup';
import { isoMonth, projectFilterSchema, rollupDimensionSchema } from '../schemas';
import { query } from './method';

export const rollupMethods = {
  'rollups.by': query<RollupTable>()(z.object({ by: rollupDimensionSchema, month: isoMonth.optional(), filter: projectFilterSchema.strict().optional() }).strict()),
};
