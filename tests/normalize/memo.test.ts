import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/core/normalize/memo.ts';

describe('BoundedMemo', () => {
  it('gives every key its own value across generations, computing a kept key once', () => {
    const computed: string[] = [];
    const memo = new BoundedMemo<string | null>(3);
    const read = (key: string) => memo.get(key, (k) => {
      computed.push(k);
      return k === 'none' ? null : `value of ${k}`;
    });
    const keys = ['a', 'b', 'none', 'a', 'c', 'd', 'e', 'a', 'f', 'g', 'h', 'i', 'none', 'b'];
    expect(keys.map(read)).toEqual(keys.map((k) => (k === 'none' ? null : `value of ${k}`)));
    // `a` stays in use (moved back from the old generation); `none` (a null) and `b` were dropped and computed again.
    expect(computed.filter((k) => k === 'a')).toEqual(['a']);
    expect(computed.filter((k) => k === 'none')).toEqual(['none', 'none']);
    expect(computed.filter((k) => k === 'b')).toEqual(['b', 'b']);
  });

  it('remembers a null value without computing it again', () => {
    let calls = 0;
    const memo = new BoundedMemo<null>(10);
    memo.get('x', () => { calls += 1; return null; });
    memo.get('x', () => { calls += 1; return null; });
    expect(calls).toBe(1);
  });
});
