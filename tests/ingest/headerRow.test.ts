import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/core/ingest/parseTable.ts';

describe('a first line of values is a row, not a header', () => {
  it('keeps a headerless CDR\'s first row whose call type is a word (MO) that its column repeats', () => {
    const text = '84903111222,84912333444,20250301090000,40,MO\n84903111222,84912333444,20250302101100,49,MT\n84912333444,84903111222,20250308161700,103,MO\n';
    const table = parseTable(text, 'viettel.txt');
    expect(table.headerless).toBe(true);
    expect(table.rows).toHaveLength(3);
    expect(table.lines).toEqual([1, 2, 3]);
    expect(table.headers).toEqual(['column 1', 'column 2', 'column 3', 'column 4', 'column 5']);
  });
});
