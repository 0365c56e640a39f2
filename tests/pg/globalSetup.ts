/**
 * The PostgreSQL project of the test run: one throwaway cluster for the whole run, its address
 * handed to the tests (each test register is a database of its own on it), stopped at the end.
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster } from './cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of the test cluster, without a database name. */
    pgBase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPgCluster();
  project.provide('pgBase', cluster.url.replace(/\/[^/]*$/, ''));
  return () => cluster.stop();
}
