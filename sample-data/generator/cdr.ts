// Call records, one telco per file, each in its own shape; a call lands in the file of a telco that saw it.

import type { Rng } from './prng.ts';
import { CsvSink } from './csv.ts';
import { assertReadsBack } from './phones.ts';
import { dmy, hhmmss, hms, isoDateTime, isoWithOffset, stamp } from './format.ts';
import { hash } from './schedule.ts';
import type { BadRow, Iso2, Phone } from './types.ts';

export interface CallEvent {
  t: number;
  from: Phone;
  to: Phone;
  seconds: number;
  sms: boolean;
}

type Telco = 'mytel' | 'telkomsel' | 'smart' | 'globe';
const TELCO_OF: Partial<Record<Iso2, Telco>> = { MM: 'mytel', TH: 'mytel', ID: 'telkomsel', KH: 'smart', PH: 'globe' };

function telcoOf(p: Phone): Telco | undefined {
  return p.service ? undefined : TELCO_OF[p.country];
}

export class CdrWriters {
  private readonly mytel: CsvSink;
  private readonly telkomsel: CsvSink;
  private readonly smart: CsvSink;
  private readonly globe: CsvSink;
  private mytelRows = 0;
  readonly bad: BadRow[] = [];

  constructor(dir: string, private readonly rng: Rng, private readonly check: boolean) {
    this.mytel = new CsvSink(`${dir}/cdr_mytel_MM.csv`, ['A_NUMBER', 'B_NUMBER', 'CALL_TYPE', 'START_TIME', 'DURATION', 'IMEI', 'CELL_ID'], { delimiter: ',' });
    this.telkomsel = new CsvSink(`${dir}/cdr_telkomsel_ID.csv`, ['CALLING_PARTY', 'CALLED_PARTY', 'CALL_DATE', 'CALL_TIME', 'DURATION', 'CALL_TYPE'], { delimiter: '\t', eol: '\r\n' });
    this.smart = new CsvSink(`${dir}/cdr_smart_KH.csv`, ['A_PARTY', 'B_PARTY', 'DATE_TIME', 'DUR_SEC', 'TYPE'], { delimiter: '|' });
    this.globe = new CsvSink(`${dir}/cdr_globe_PH.csv`, ['MSISDN', 'OTHER_PARTY', 'DIRECTION', 'EVENT_TYPE', 'EVENT_DATE', 'DURATION', 'IMSI'], { delimiter: ',' });
  }

  /** Pick one of `forms` at random and, in checked mode, prove it reads back as the same number. */
  private written(phone: Phone, fileCountry: Iso2, forms: string[]): string {
    const text = this.rng.pick(forms);
    return this.check ? assertReadsBack(text, fileCountry, phone) : text;
  }

  write(e: CallEvent): void {
    const telco = telcoOf(e.from) ?? telcoOf(e.to);
    const outgoing = telcoOf(e.from) !== undefined;
    const sub = outgoing ? e.from : e.to;
    const other = outgoing ? e.to : e.from;
    if (telco === 'mytel') this.writeMytel(e, sub, other, outgoing);
    else if (telco === 'telkomsel') this.writeTelkomsel(e);
    else if (telco === 'smart') this.writeSmart(e);
    else if (telco === 'globe') this.writeGlobe(e, sub, other, outgoing);
    else throw new Error(`no telco saw a call ${e.from.e164} → ${e.to.e164}`);
  }

  private writeMytel(e: CallEvent, sub: Phone, other: Phone, outgoing: boolean): void {
    const f = other.forms;
    const b = this.written(other, 'MM', other.country === 'MM' ? [f.msisdn, f.national, f.e164] : [f.e164, f.idd, f.msisdn]);
    const type = e.sms ? (outgoing ? 'SMS-MO' : 'SMS-MT') : outgoing ? 'MOC' : 'MTC';
    const h = hash(sub.syndicate ?? sub.e164);
    const cell = `414-09-${String(1100 + (h % 800)).padStart(4, '0')}-${(h % 7) * 10 + this.rng.int(1, 3)}`;
    this.mytel.row([sub.forms.msisdn, b, type, isoDateTime(stamp(e.t, 390)), String(e.seconds), sub.imei, cell]);
    if (++this.mytelRows === 41) {
      const line = this.mytel.raw(`N/A,,MOC,${isoDateTime(stamp(e.t + 7, 390))},0,,`);
      this.bad.push({ file: 'cdr_mytel_MM.csv', line, what: 'A_NUMBER is N/A and B_NUMBER is empty: nothing usable, the row is rejected' });
    }
  }

  private telkomselForm(p: Phone): string {
    const f = p.forms;
    // NOTE: a foreign hotline in national form would read as an Indonesian number.
    if (p.service && p.country === 'ID') return this.written(p, 'ID', [f.national]);
    return this.written(p, 'ID', p.country === 'ID' ? [f.national, f.national, f.msisdn] : [f.e164, f.msisdn]);
  }

  private writeTelkomsel(e: CallEvent): void {
    const t = stamp(e.t, 420);
    this.telkomsel.row([this.telkomselForm(e.from), this.telkomselForm(e.to), dmy(t), hms(t), hhmmss(e.seconds), e.sms ? 'SMS' : 'VOICE']);
  }

  private smartForm(p: Phone): string {
    const f = p.forms;
    return this.written(p, 'KH', p.country === 'KH' ? [f.nationalGrouped, f.msisdn] : [f.e164, f.msisdn]);
  }

  private writeSmart(e: CallEvent): void {
    const t = stamp(e.t, 420);
    this.smart.row([this.smartForm(e.from), this.smartForm(e.to), `${dmy(t, '-')} ${hms(t)}`, String(e.seconds), e.sms ? 'SMS' : 'VOICE']);
  }

  private writeGlobe(e: CallEvent, sub: Phone, other: Phone, outgoing: boolean): void {
    const f = other.forms;
    const o = this.written(other, 'PH', other.country === 'PH' ? [f.national, f.e164] : [f.e164, f.idd]);
    const imsi = `51502${String(hash(sub.e164)).padStart(10, '0').slice(-10)}`;
    this.globe.row([sub.forms.msisdn, o, outgoing ? 'OUT' : 'IN', e.sms ? 'SMS' : 'VOICE', isoWithOffset(stamp(e.t, 480), 480), String(e.seconds), imsi]);
  }

  async flush(): Promise<void> {
    await Promise.all([this.mytel, this.telkomsel, this.smart, this.globe].map((s) => s.flush()));
  }

  async close(): Promise<Record<string, number>> {
    const sinks = [this.mytel, this.telkomsel, this.smart, this.globe];
    await Promise.all(sinks.map((s) => s.close()));
    return Object.fromEntries(sinks.map((s) => [s.path.split('/').pop() ?? s.path, s.line - 1]));
  }
}
