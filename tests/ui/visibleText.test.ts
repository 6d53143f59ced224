// Bidi controls from data are shown as code points in the workbench (issue 14 item 8).
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/ui/format/visibleText.ts';

describe('visibleText', () => {
  it.each([
    ['Budi\u202Egnp.exe', 'Budi[U+202E]gnp.exe'],
    ['\u202Bعلي\u202C', '[U+202B]علي[U+202C]'],
    ['P-\u2066007\u2069', 'P-[U+2066]007[U+2069]'],
    ['bell\u0007', 'bell[U+0007]'],
    ['Somchai สมชาย', 'Somchai สมชาย'],
    ['', ''],
  ])('shows %j as %j', (raw, shown) => {
    expect(visibleText(raw)).toBe(shown);
  });
});
