/** One family of the stress suite: it runs, throws StressFailure on a finding, and returns its counts. */
export interface StressFamily {
  name: string;
  /** Longest the family may run before it counts as hung. */
  budgetMs: number;
  run(): Promise<string>;
}
