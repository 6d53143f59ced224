// One locale-free ordering for ids, so sorted output is the same on every machine.

/**
 * Orders strings by UTF-16 code units (what `<` does).
 *
 * NOTE: not `localeCompare` — its answer depends on the browser's locale and ICU version, and a
 * result that sorts differently on a partner agency's machine is not reproducible evidence.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
