/** The sample register shipped in resources/: read, validated and turned into project graphs. */

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { monthlyFieldsSchema, nodeFieldsSchema, projectFieldsSchema, isoDate, isoMonth } from '../../shared/schemas';
import type { ProjectGraph } from './projectGraph';
import { EMPTY_PROJECT } from './projectGraph';

export const sampleRegisterSchema = z.object({
  /** The day the sample's illustrative dates were written against. */
  asOf: isoDate,
  note: z.string(),
  projects: z.array(
    projectFieldsSchema.partial().required({ code: true, name: true }).extend({
      nodes: z.array(nodeFieldsSchema).default([]),
      monthly: z.array(monthlyFieldsSchema.extend({ month: isoMonth })).default([]),
      /** 卡点 (problems; `problems` is the free-text 存在问题), each on the node of that name (null: the whole project). */
      blockers: z.array(z.object({
        node: z.string().nullable(),
        text: z.string().min(1),
        department: z.string().min(1),
        promisedOn: isoDate.nullable(),
        resolvedOn: isoDate.nullable().default(null),
        resolution: z.string().default(''),
      }).strict()).default([]),
    }),
  ),
});

export type SampleRegister = z.output<typeof sampleRegisterSchema>;

export const SAMPLE_FILE = 'sample-register.json';

export function readSampleRegister(resourcesDir: string): SampleRegister {
  const file = path.join(resourcesDir, SAMPLE_FILE);
  return sampleRegisterSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function sampleGraphs(sample: SampleRegister): ProjectGraph[] {
  return sample.projects.map(({ nodes, monthly, blockers, ...fields }) => ({
    fields: { ...EMPTY_PROJECT, ...fields },
    nodes,
    monthly,
    problems: blockers,
  }));
}
