/**
 * Values of the contract the renderer uses at run time, in a file without zod: importing them from
 * an area's file would bring every schema of the contract (and zod) into the app's first script.
 */

/** Projects per `nodes.ofProjects` call: a screen of the Gantt is a few dozen; an export asks in pages. */
export const NODES_PER_CALL_PROJECTS = 5000;

/** The status filters of `problems.list`. */
export const PROBLEM_STATUSES = ['open', 'overdue', 'resolved', 'all'] as const;
export type ProblemStatusFilter = (typeof PROBLEM_STATUSES)[number];
