import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../src/core/ingest/prepareFile.ts';
import { isIncoming, partyKey } from '../../src/core/ingest/readers/callParties.ts';

// Invented multi-subscriber CDR dumps (Indonesian operator style, `,`), built row by row.
const encode = (text: string) => new TextEncoder().encode(text);

interface Row { a: string; b: string; kind: 'MOC' | 'MTC'; imei: string }

function dump(rows: readonly Row[], withImei = true): string {
  const header = withImei ? 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION,IMEI' : 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION';
  const lines = rows.map((row, index) => {
    const minute = String(index % 60).padStart(2, '0');
    const cells = [row.a, row.b, row.kind, `2024-07-${String(1 + (index % 28)).padStart(2, '0')} 10:${minute}:00`, String(30 + (index % 90))];
    return (withImei ? [...cells, row.imei] : cells).join(',');
  });
  return [header, ...lines].join('\n');
}

const subscriber = (n: number) => `62812${String(3000000 + n * 7919).padStart(7, '0')}`;
const outsider = (n: number) => `62857${String(1000000 + n * 104729).padStart(7, '0')}`;
const handset = (n: number) => `35${String(100000000000 + n * 7777).padStart(13, '0')}`;

/** Subscribers 0..count-1, each with its own handset; the served side of incoming rows is `served`. */
function subscriberDump(count: number, served: 'a' | 'b', incomingFirst: number): Row[] {
  const incoming: Row[] = [];
  const outgoing: Row[] = [];
  for (let n = 0; n < count; n += 1) {
    for (let k = 0; k < incomingFirst; k += 1) {
      const caller = outsider(n * 10 + k);
      incoming.push(served === 'a' ? { a: subscriber(n), b: caller, kind: 'MTC', imei: handset(n) } : { a: caller, b: subscriber(n), kind: 'MTC', imei: handset(n) });
    }
    outgoing.push({ a: subscriber(n), b: outsider(n + 50000), kind: 'MOC', imei: handset(n) });
  }
  // NOTE: incoming rows first, so a sample of the first rows sees no outgoing caller at all.
  return [...incoming, ...outgoing];
}

function plan(text: string) {
  return prepareFile({ name: 'cdr_dump.csv', bytes: encode(text) });
}

/** How many handsets the served sides give to more than one number. */
function sharedHandsets(rows: readonly Row[], served: 'a' | 'b'): number {
  const owners = new Map<string, Set<string>>();
  for (const row of rows) {
    const side = isIncoming(row.kind, '') && served === 'b' ? row.b : row.a;
    const set = owners.get(row.imei) ?? new Set<string>();
    set.add(partyKey(side));
    owners.set(row.imei, set);
  }
  return [...owners.values()].filter((set) => set.size > 1).length;
}

describe('detectCallParties: the served side of incoming rows', () => {
  it.each([['a' as const, 'calls-incoming-subscriber'], ['b' as const, 'calls-incoming-called']])(
    'finds the subscriber on side %s from the whole file and the handsets, even when the first rows are all incoming', (served, code) => {
      const rows = subscriberDump(1300, served, 5);
      const prepared = plan(dump(rows));
      const parties = prepared.settings.callParties;
      expect(parties?.target).toBeUndefined();
      expect(parties?.incomingServed).toBe(served);
      expect(parties?.note?.code).toBe(code);
      expect(parties?.note?.params).toMatchObject(served === 'a' ? { handsetsA: 6500, handsetsB: 0 } : { handsetsA: 0, handsetsB: 6500 });
      expect(prepared.fileWarnings).toEqual([]);
      expect(sharedHandsets(rows, parties?.incomingServed ?? 'a')).toBe(0);
    });

  it('reads the side from the numbers alone when the file has no handset column', () => {
    const rows = subscriberDump(40, 'a', 3);
    const parties = plan(dump(rows, false)).settings.callParties;
    expect(parties?.incomingServed).toBe('a');
    expect(parties?.note?.params).toMatchObject({ numbersA: 120, numbersB: 0, handsetsA: 0 });
  });

  it('says it is unsure, with the counts, when the evidence is split', () => {
    // Half the subscribers are on A on their incoming rows, half on B; no handsets.
    const rows = [...subscriberDump(20, 'a', 3), ...subscriberDump(40, 'b', 3).slice(60)];
    const unsure = (text: string) => {
      const prepared = plan(text);
      expect(prepared.settings.callParties?.note?.code).toBe('calls-incoming-unsure');
      expect(prepared.fileWarnings.map((note) => note.code)).toEqual(['calls-incoming-unsure']);
      return prepared.fileWarnings[0]?.params;
    };
    expect(unsure(dump(rows, false))).toMatchObject({ count: 120, headerA: 'A_NUMBER', headerB: 'B_NUMBER' });
  });

  it('says it is unsure when too few incoming rows carry any evidence', () => {
    const rows: Row[] = [
      ...Array.from({ length: 200 }, (_, n): Row => ({ a: outsider(n), b: outsider(n + 900), kind: 'MTC', imei: handset(n + 400) })),
      { a: subscriber(1), b: outsider(1), kind: 'MTC', imei: handset(1) },
      { a: subscriber(1), b: outsider(7), kind: 'MOC', imei: handset(1) },
    ];
    const prepared = plan(dump(rows));
    expect(prepared.settings.callParties?.note?.code).toBe('calls-incoming-unsure');
    expect(prepared.fileWarnings[0]?.params).toMatchObject({ count: 201, handsetsA: 1, handsetsB: 0 });
  });

  it('keeps the file target path: one number on (nearly) every row', () => {
    const rows: Row[] = Array.from({ length: 30 }, (_, n): Row => (n % 2 === 0
      ? { a: subscriber(1), b: outsider(n), kind: 'MOC', imei: handset(1) }
      : { a: outsider(n), b: subscriber(1), kind: 'MTC', imei: handset(1) }));
    const parties = plan(dump(rows)).settings.callParties;
    expect(parties?.note?.code).toBe('calls-target');
    expect(parties?.target).toBe(partyKey(subscriber(1)));
  });
});
