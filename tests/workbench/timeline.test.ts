import { describe, expect, it } from 'vitest';
import { countsAtFirstTimes, formatInZone, guessZones, histogram, linksOutsideRange, timeSpan, timedRows, zoneLabel } from '../../src/core/workbench/timeline.ts';
import type { CaseModel, Link } from '../../src/core/model/types.ts';

const call = (a: string, b: string, times: string[], file = 'cdr.csv'): Link => ({
  id: `called|phone:${a}|phone:${b}`, type: 'called', source: `phone:${a}`, target: `phone:${b}`, count: times.length, durationSeconds: 0, amounts: {},
  sources: [{ file, lines: times.map((_t, i) => i + 2) }], rows: times.map((time, i) => ({ file, line: i + 2, time })),
});

describe('timeSpan', () => {
  it.each([
    ['2024-03-01T08:00:00', 420, '2024-03-01T01:00:00.000Z', '2024-03-01T01:00:00.000Z'],
    ['2024-03-01T08:00', 390, '2024-03-01T01:30:00.000Z', '2024-03-01T01:30:00.000Z'],
    ['2024-03-01', 480, '2024-02-29T16:00:00.000Z', '2024-03-01T15:59:59.999Z'],
    ['2024-03-01T08:00:00', 0, '2024-03-01T08:00:00.000Z', '2024-03-01T08:00:00.000Z'],
  ])('reads %s in UTC%+i min as %s … %s', (time, zone, lo, hi) => {
    const span = timeSpan(time, zone);
    expect(span && [new Date(span.lo).toISOString(), new Date(span.hi).toISOString()]).toEqual([lo, hi]);
  });

  it('refuses what is not a date', () => {
    expect(timeSpan('yesterday', 0)).toBeUndefined();
  });
});

describe('histogram', () => {
  it('bins calls by day in the display zone and counts every row once', () => {
    const model: CaseModel = { entities: [], links: [call('a', 'b', ['2024-03-01T23:30', '2024-03-02T00:30', '2024-03-04T12:00'])] };
    const rows = timedRows(model, new Map([['cdr.csv', 420]]));
    const bins = histogram(rows, 420, 10);
    expect(bins.unit).toBe('day');
    expect(bins.calls).toEqual([1, 1, 0, 1]);
    expect(formatInZone(bins.edges[0] ?? 0, 420, false)).toBe('2024-03-01');
    expect(bins.transfers.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('picks weeks or months when days would be too many bins', () => {
    const model: CaseModel = { entities: [], links: [call('a', 'b', ['2024-01-01T10:00', '2024-12-30T10:00'])] };
    expect(histogram(timedRows(model, new Map()), 0, 60).unit).toBe('week');
    const bins = histogram(timedRows(model, new Map()), 0, 40);
    expect(bins.unit).toBe('month');
    expect(bins.calls.reduce((a, b) => a + b, 0)).toBe(2);
    expect(bins.calls).toHaveLength(12);
  });
});

describe('linksOutsideRange', () => {
  it('leaves out calls with no row in the range and keeps undated identity links', () => {
    const holds: Link = { id: 'uses_phone|person:p|phone:a', type: 'uses_phone', source: 'person:p', target: 'phone:a', count: 1, durationSeconds: 0, amounts: {}, sources: [] };
    const model: CaseModel = { entities: [], links: [call('a', 'b', ['2024-03-01T10:00']), call('a', 'c', ['2024-03-09T10:00', '2024-03-20T10:00']), holds] };
    const zones = new Map([['cdr.csv', 0]]);
    const range = { from: Date.UTC(2024, 2, 8), to: Date.UTC(2024, 2, 10) };
    expect([...linksOutsideRange(model, zones, range)]).toEqual([0]);
  });
});

describe('zones', () => {
  it.each([[0, 'UTC'], [390, 'UTC+6:30'], [420, 'UTC+7'], [-180, 'UTC-3']])('labels %i minutes %s', (minutes, label) => {
    expect(zoneLabel(minutes)).toBe(label);
  });

  it('guesses a file\'s zone from its entities\' countries, UTC without any', () => {
    const model: CaseModel = {
      entities: [
        { id: 'phone:+95', type: 'phone', key: '+95', label: '', country: 'MM', variants: [], attributes: {}, sources: [{ file: 'mytel.csv', lines: [2, 3] }] },
        { id: 'phone:+66', type: 'phone', key: '+66', label: '', country: 'TH', variants: [], attributes: {}, sources: [{ file: 'mytel.csv', lines: [2] }] },
        { id: 'account:T1', type: 'account', key: 'T1', label: '', variants: [], attributes: {}, sources: [{ file: 'chain.csv', lines: [2] }] },
      ],
      links: [],
    };
    expect(Object.fromEntries(guessZones(model))).toEqual({ 'mytel.csv': 390, 'chain.csv': 0 });
  });
});

describe('countsAtFirstTimes', () => {
  const summed = (link: Link): Link => {
    const { rows, ...rest } = link;
    return { ...rest, firstTime: rows?.[0]?.time, lastTime: rows?.[rows.length - 1]?.time };
  };

  it('is false while the case keeps every row, true once links keep only totals (then the chart must say so)', () => {
    const rows = call('a', 'b', ['2024-03-01T10:00', '2024-03-09T10:00', '2024-03-20T10:00']);
    expect(countsAtFirstTimes({ entities: [], links: [rows] })).toBe(false);
    const totals: CaseModel = { entities: [], links: [summed(rows)] };
    expect(countsAtFirstTimes(totals)).toBe(true);
    // NOTE: what the warning is about: the three rows of March 1, 9 and 20 all fall on March 1.
    expect(timedRows(totals, new Map()).map((row) => new Date(row.span.lo).toISOString().slice(0, 10))).toEqual(['2024-03-01', '2024-03-01', '2024-03-01']);
  });

  it('is false for a case without calls or transfers', () => {
    expect(countsAtFirstTimes({ entities: [], links: [] })).toBe(false);
  });
});
