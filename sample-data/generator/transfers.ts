// Money movements: a Thai bank log, an Indonesian bank statement and a USDT-on-TRON export.

import type { Rng } from './prng.ts';
import { CsvSink } from './csv.ts';
import { writeAccount, type AccountStyle } from './accounts.ts';
import { amountEn, amountId, bankDateTime, dmy, stamp } from './format.ts';
import type { Account, BadRow, MoneyPair } from './types.ts';

export type Ledger = 'TH' | 'ID' | 'CRYPTO';

/** Which export carries a transfer: crypto stays on chain; anything touching Indonesia is in the mutasi. */
export function ledgerOf(pair: Pick<MoneyPair, 'from' | 'to'>): Ledger {
  if (pair.from.kind === 'crypto' && pair.to.kind === 'crypto') return 'CRYPTO';
  if (pair.from.kind === 'crypto' || pair.to.kind === 'crypto') throw new Error('fiat and crypto never meet in one row');
  return pair.from.country === 'ID' || pair.to.country === 'ID' ? 'ID' : 'TH';
}

const USD_TO: Record<string, number> = { THB: 36, IDR: 15800, USD: 1, USDT: 1 };

export interface TransferEvent {
  t: number;
  pair: MoneyPair;
  /** Multiplier on the pair's typical amount. */
  factor: number;
}

export class TransferWriters {
  private readonly th: CsvSink;
  private readonly id: CsvSink;
  private readonly crypto: CsvSink;
  private thRows = 0;
  private idRows = 0;
  readonly bad: BadRow[] = [];

  constructor(dir: string, private readonly rng: Rng, private readonly quiet: MoneyPair | undefined) {
    this.th = new CsvSink(`${dir}/transfers_bank_TH.csv`, ['TXN_ID', 'TXN_DATE', 'DEBIT_ACCOUNT', 'CREDIT_ACCOUNT', 'AMOUNT', 'CURRENCY', 'CHANNEL'], { delimiter: ',' });
    this.id = new CsvSink(`${dir}/mutasi_rekening_ID.csv`, ['tanggal', 'rekening_pengirim', 'rekening_penerima', 'jumlah', 'mata_uang', 'keterangan'], { delimiter: ';' });
    this.crypto = new CsvSink(`${dir}/crypto_usdt_trc20.csv`, ['tx_hash', 'timestamp', 'from_address', 'to_address', 'amount', 'token'], { delimiter: ',' });
  }

  private account(a: Account, styles: AccountStyle[]): string {
    return writeAccount(a, this.rng.pick(styles));
  }

  write(e: TransferEvent): void {
    const ledger = ledgerOf(e.pair);
    if (ledger === 'CRYPTO') return this.writeCrypto(e);
    if (ledger === 'ID') return this.writeMutasi(e);
    return this.writeThai(e);
  }

  private writeThai(e: TransferEvent): void {
    const { from, to } = e.pair;
    const currency = from.country === 'TH' && to.country === 'TH' ? 'THB' : 'USD';
    const amount = Math.round(e.pair.scale * e.factor * (USD_TO[currency] ?? 1));
    const style = (a: Account): AccountStyle[] => (a.country === 'TH' ? ['dash', 'dash', 'plain'] : ['plain', 'space']);
    const channel = currency === 'USD' ? 'REMITTANCE' : this.rng.pick(['MOBILE', 'INTERNET', 'PROMPTPAY', 'ATM', 'COUNTER']);
    const t = stamp(e.t, 420);
    const txn = `TX${String(t.y).slice(2)}${String(t.mo).padStart(2, '0')}${this.rng.digits(8)}`;
    const debit = this.account(from, style(from));
    this.th.row([txn, bankDateTime(t), debit, this.account(to, style(to)), amountEn(amount), currency, channel]);
    if (++this.thRows === 26) {
      const line = this.th.row([`TX${this.rng.digits(12)}`, bankDateTime(stamp(e.t + 60, 420)), debit, '', '', currency, channel]);
      this.bad.push({ file: 'transfers_bank_TH.csv', line, what: 'CREDIT_ACCOUNT and AMOUNT are empty: no transfer to record, the row is rejected' });
    }
  }

  private mutasiRow(date: string, e: TransferEvent, note: string): string[] {
    const { from, to } = e.pair;
    const amount = Math.round((e.pair.scale * e.factor * (USD_TO.IDR ?? 1)) / 1000) * 1000;
    const style = (a: Account): AccountStyle[] => (a.country === 'ID' ? ['dot', 'space', 'plain'] : ['plain']);
    return [date, this.account(from, style(from)), this.account(to, style(to)), amountId(amount), 'IDR', note];
  }

  private writeMutasi(e: TransferEvent): void {
    const { from, to } = e.pair;
    const note = from.country !== 'ID' ? `TRANSFER MASUK LN ${from.bank.toUpperCase()}`
      : to.kind === 'ewallet' ? `TOPUP ${to.bank} ${to.key}`
        : `${this.rng.pick(['TRSF E-BANKING DB', 'BI-FAST DB', 'TRF KE'])} ${to.holder.name.toUpperCase()}`;
    this.id.row(this.mutasiRow(dmy(stamp(e.t, 420)), e, note));
    this.idRows++;
    // NOTE: the two malformed rows repeat a small transfer between accounts already linked, so
    // keeping or dropping them changes no answer.
    if (this.quiet && this.idRows === 15) {
      const line = this.id.row(this.mutasiRow('31/02/2024', { ...e, pair: this.quiet, factor: 0.1 }, 'SETORAN TUNAI'));
      this.bad.push({ file: 'mutasi_rekening_ID.csv', line, what: 'tanggal 31/02/2024 does not exist; otherwise fine: kept with a warning' });
    }
    if (this.quiet && this.idRows === 30) {
      const line = this.id.raw(this.mutasiRow(dmy(stamp(e.t, 420)), { ...e, pair: this.quiet, factor: 0.05 }, 'TRF KE ADIK; BIAYA ADMIN 6500').join(';'));
      this.bad.push({ file: 'mutasi_rekening_ID.csv', line, what: 'an unquoted ";" in keterangan makes 7 fields instead of 6 (the first five are intact)' });
    }
  }

  private writeCrypto(e: TransferEvent): void {
    const amount = e.pair.scale * e.factor;
    this.crypto.row([this.rng.hex(64), String(e.t), e.pair.from.key, e.pair.to.key, amount.toFixed(2), 'USDT']);
  }

  async flush(): Promise<void> {
    await Promise.all([this.th, this.id, this.crypto].map((s) => s.flush()));
  }

  async close(): Promise<Record<string, number>> {
    const sinks = [this.th, this.id, this.crypto];
    await Promise.all(sinks.map((s) => s.close()));
    return Object.fromEntries(sinks.map((s) => [s.path.split('/').pop() ?? s.path, s.line - 1]));
  }
}
