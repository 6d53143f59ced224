// The time zone a file's times are written in, from the evidence the file gives, and how sure that is.

import { countryName } from '../normalize/country.ts';
import { readDate, type DateFormat } from '../normalize/date.ts';
import { COUNTRY_ZONE, zoneInHeader, zoneLabel } from '../normalize/zone.ts';
import type { FileZone, LedgerNote } from './ledger.ts';

/** Time cells sampled for stated offsets. */
const SAMPLE = 2000;
/** Share of the readable time cells that must state an offset for the file's zone to be theirs. */
const STATED_SHARE = 0.5;

/** What a file offers as evidence of its zone. */
export interface ZoneEvidence {
  /** Its date-time and date cells (the first rows), as written. */
  times: readonly string[];
  dateFormat: DateFormat;
  /** The headers of its date, date-time and time columns, then its title lines. */
  texts: readonly string[];
  /** The file's numbering plan (stated or inferred), else the country its wallets or currency point to. */
  country?: string;
  /** Whether the file has a time column beside its dates (`Tanggal` + `Jam`): its times have a zone even if its dates do not. */
  timeColumn?: boolean;
}

/**
 * The zone of a file's times, strongest evidence first:
 * 1. `values`: most of its time cells state an offset (`2024-01-08T00:13:20+07:00`, `…Z`): the commonest one; a cell
 *    stating another offset is moved to it on import (the same instant), see RowContext.time;
 * 2. `header`: a time column's header or a title names a zone (`Transaction Date (PHT)`, `Time(UTC)`, `Waktu (WIB)`);
 * 3. `country`: the usual zone of the file's country (its numbering plan): a guess, said so on the file's card.
 * Undefined when none applies (the workbench then guesses from the countries of the file's entities, else UTC), with a
 * note that says the zone is unknown. A file with no time cells, or only days without a time of day, has no zone and no note.
 */
export function decideFileZone(evidence: ZoneEvidence): { zone?: FileZone; note?: LedgerNote } {
  if (evidence.times.length === 0) return {};
  const offsets = new Map<number, number>();
  let readable = 0;
  let clock = 0;
  for (const value of evidence.times.slice(0, SAMPLE)) {
    const reading = readDate(value, evidence.dateFormat);
    if (!reading) continue;
    readable += 1;
    if (reading.value.includes('T')) clock += 1;
    if (reading.offset !== undefined) offsets.set(reading.offset, (offsets.get(reading.offset) ?? 0) + 1);
  }
  // NOTE: days alone (a registration date, a statement's value dates) have no zone worth a word.
  if (clock === 0 && !evidence.timeColumn) return {};
  const [best] = [...offsets].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (best && best[1] >= STATED_SHARE * readable) {
    const zone = zoneLabel(best[0]);
    const text = `times read in ${zone}: ${best[1]} of ${readable} time cells state it (cells that state another offset are converted to it)`;
    return { zone: { minutes: best[0], from: 'values' }, note: { text, code: 'zone-stated', params: { zone, count: best[1], total: readable } } };
  }
  for (const text of evidence.texts) {
    const named = zoneInHeader(text);
    if (!named) continue;
    const zone = zoneLabel(named.minutes);
    return { zone: { minutes: named.minutes, from: 'header' }, note: { text: `times read in ${zone}: "${text}" names ${named.named}`, code: 'zone-named', params: { zone, header: text, named: named.named } } };
  }
  const minutes = evidence.country ? COUNTRY_ZONE.get(evidence.country) : undefined;
  if (evidence.country && minutes !== undefined) {
    const zone = zoneLabel(minutes);
    const text = `times read in ${zone}, the zone of ${countryName(evidence.country)}: a guess (the file states no zone); change it on the timeline if the file says otherwise`;
    return { zone: { minutes, from: 'country' }, note: { text, code: 'zone-guessed', params: { zone, country: evidence.country } } };
  }
  const text = 'the file states no time zone and its country is unknown: its times are read in the zone of the countries of its numbers, else UTC (a guess; change it on the timeline)';
  return { note: { text, code: 'zone-unknown' } };
}
