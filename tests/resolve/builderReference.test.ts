import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CaseBuilder, type LinkObservation } from '../../src/core/resolve/caseBuilder.ts';
import { compareIds, roundMoney, sortKeys } from '../../src/core/model/order.ts';
import { UNDIRECTED_LINKS, linkId, type Link, type LinkType, type SourceLines } from '../../src/core/model/types.ts';

// NOTE: the case builder keeps its drafts lean for national cases (a one-file source list without a Map, amounts and
// labels made on first use, links written field by field). This reference aggregates the same rows the plain way:
// every row kept, then summed. Both must give the same links, key order included (exports write them as they are).

interface Row {
  file: string;
  line: number;
  link: LinkObservation;
}

const FILES = ['b.csv', 'a.csv', 'c.csv'];
const TYPES: LinkType[] = ['called', 'transferred', 'associated', 'seen_at'];
const PHONES = ['phone:+6281', 'phone:+6282', 'phone:+6283', 'phone:+6284'];

const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  file: fc.constantFrom(...FILES),
  line: fc.integer({ min: 2, max: 40 }),
  link: fc.record({
    type: fc.constantFrom(...TYPES),
    source: fc.constantFrom(...PHONES),
    target: fc.constantFrom(...PHONES),
    time: fc.option(fc.constantFrom('2024-03-01T08:00:00', '2024-02-01T09:30:00', '2024-04-11T23:59:00'), { nil: undefined }),
    durationSeconds: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    amount: fc.option(fc.integer({ min: 1, max: 100_000 }).map((cents) => cents / 100), { nil: undefined }),
    currency: fc.option(fc.constantFrom('IDR', 'THB', 'constructor'), { nil: undefined }),
    label: fc.option(fc.constantFrom('cousin', 'boss', 'CCTV'), { nil: undefined }),
    weight: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  }, { requiredKeys: ['type', 'source', 'target'] }),
});

/** Links as the plain aggregation gives them: keys in the order the builder has always written them. */
function referenceLinks(rows: readonly Row[]): Omit<Link, 'rows'>[] {
  const groups = new Map<string, { type: LinkType; source: string; target: string; rows: Row[] }>();
  for (const row of rows) {
    const { type } = row.link;
    if (row.link.source === row.link.target) continue;
    const [source, target] = UNDIRECTED_LINKS.has(type) && row.link.source > row.link.target ? [row.link.target, row.link.source] : [row.link.source, row.link.target];
    const id = linkId(type, source, target);
    const group = groups.get(id) ?? { type, source, target, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  return [...groups.entries()].sort(([a], [b]) => compareIds(a, b)).map(([id, { type, source, target, rows: seen }]) => {
    const amounts: Record<string, number> = Object.create(null) as Record<string, number>;
    const labels = new Map<string, number>();
    const lines = new Map<string, number[]>();
    // The optional fields in the order a row first gave them: weight before the times within one row.
    const optional: [string, unknown][] = [];
    let weight: number | undefined;
    let firstTime: string | undefined;
    let lastTime: string | undefined;
    for (const { file, line, link } of seen) {
      if (link.weight !== undefined) {
        weight = (weight ?? 0) + link.weight;
        if (!optional.some(([name]) => name === 'weight')) optional.push(['weight', undefined]);
      }
      if (link.amount !== undefined) {
        const currency = link.currency ?? 'unspecified';
        amounts[currency] = roundMoney((amounts[currency] ?? 0) + link.amount);
      }
      if (link.time) {
        if (!firstTime || link.time < firstTime) firstTime = link.time;
        if (!lastTime || link.time > lastTime) lastTime = link.time;
        if (!optional.some(([name]) => name === 'firstTime')) optional.push(['firstTime', undefined], ['lastTime', undefined]);
      }
      if (link.label) labels.set(link.label, (labels.get(link.label) ?? 0) + 1);
      const list = lines.get(file) ?? [];
      if (list[list.length - 1] !== line) list.push(line);
      lines.set(file, list);
    }
    const label = [...labels].sort(([a, n], [b, m]) => m - n || compareIds(a, b))[0]?.[0];
    const link: Record<string, unknown> = {
      id, type, source, target, count: seen.length, durationSeconds: seen.reduce((sum, row) => sum + (row.link.durationSeconds ?? 0), 0), amounts: sortKeys(amounts),
    };
    for (const [name] of optional) link[name] = name === 'weight' ? weight : name === 'firstTime' ? firstTime : lastTime;
    if (label) link.label = label;
    const sources: SourceLines[] = [...lines].sort(([a], [b]) => compareIds(a, b)).map(([file, list]) => ({ file, lines: list }));
    link.sources = sources;
    return link as unknown as Omit<Link, 'rows'>;
  });
}

function built(rows: readonly Row[]): Omit<Link, 'rows'>[] {
  const builder = new CaseBuilder();
  for (const { file, line, link } of rows) builder.addLink(link, { file, line });
  return builder.build().links.map(({ rows: _rows, ...link }) => link);
}

describe('CaseBuilder links against a plain aggregation', () => {
  it('gives the same links, sources, sums, times, labels and key order for any rows', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 60 }), (rows) => {
        const links = built(rows);
        const reference = referenceLinks(rows);
        expect(links).toEqual(reference);
        expect(links.map((link) => Object.keys(link))).toEqual(reference.map((link) => Object.keys(link)));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('keeps each file\'s lines in reading order and lists files in name order', () => {
    const rows: Row[] = [
      { file: 'b.csv', line: 7, link: { type: 'called', source: 'phone:+6281', target: 'phone:+6282' } },
      { file: 'a.csv', line: 3, link: { type: 'called', source: 'phone:+6281', target: 'phone:+6282' } },
      { file: 'b.csv', line: 2, link: { type: 'called', source: 'phone:+6281', target: 'phone:+6282' } },
      { file: 'b.csv', line: 2, link: { type: 'called', source: 'phone:+6281', target: 'phone:+6282' } },
    ];
    expect(built(rows)[0]?.sources).toEqual([{ file: 'a.csv', lines: [3] }, { file: 'b.csv', lines: [7, 2] }]);
    expect(built(rows)[0]?.count).toBe(4);
  });
});
