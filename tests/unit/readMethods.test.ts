/**
 * The renderer tells writes from reads without loading the contract's schemas while the app starts
 * (renderer/src/api/client.ts): a method anyone may call to read never writes.
 */
import { describe, expect, it } from 'vitest';
import { METHOD_ACCESS } from '../../shared/api/access';
import { contract, METHOD_NAMES } from '../../shared/contract';

describe('methods open to reading', () => {
  it('never write', () => {
    const reads = METHOD_NAMES.filter((m) => METHOD_ACCESS[m] === 'read');
    expect(reads.length).toBeGreaterThan(20);
    expect(reads.filter((m) => contract[m].writes)).toEqual([]);
  });
});
