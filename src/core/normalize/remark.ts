// Remarks written into a name cell: `Pham Quoc Bao (arrested)` is a person and a note about him.

/** A remark in brackets after a name: the name, and the remark (none when the cell has no closing bracket remark). */
export function splitNameRemark(cell: string): { name: string; remark?: string } {
  const text = cell.trim();
  const match = /^(.*?\S)\s*\(([^()]+)\)$/u.exec(text);
  // NOTE: a cell that is only a bracket, or whose part before it has no letter (`(arrested)`, `12 (x)`), is not a name with a remark.
  if (!match?.[1] || !match[2] || !/\p{L}/u.test(match[1])) return { name: text };
  return { name: match[1].trim(), remark: match[2].trim() };
}
