// A case's entities or links cut into messages the page receives in short tasks (see pipeline.worker's postParts).

// NOTE: entities and links per message. 2,000 were 60–140 ms each to receive and index on the page at a quarter of
// the national case (a busy machine), 500 still up to 100 ms under heavy load: the page's tasks must stay under 100 ms.
const SLICE = 250;

// NOTE: a slice is cut by what it weighs, not only by count: an entity or link seen on thousands of rows carries thousands
// of line numbers, and 250 of those were one long task to receive (an entity of a national case is up to 35 kB).
/** Source lines (and rows of detail) a slice carries at most, unless one record alone carries more. */
const SLICE_LINES = 5000;

/**
 * Where each slice of `items` starts, and the end: at most SLICE records and about SLICE_LINES source lines each.
 */
export function sliceStarts(items: readonly { sources: readonly { lines: readonly number[] }[]; rows?: readonly unknown[] }[]): number[] {
  const starts = [0];
  let count = 0;
  let lines = 0;
  items.forEach((item, index) => {
    let weight = item.rows?.length ?? 0;
    for (const source of item.sources) weight += source.lines.length;
    if (count > 0 && (count === SLICE || lines + weight > SLICE_LINES)) {
      starts.push(index);
      count = 0;
      lines = 0;
    }
    count += 1;
    lines += weight;
  });
  if (items.length > 0) starts.push(items.length);
  return starts;
}

