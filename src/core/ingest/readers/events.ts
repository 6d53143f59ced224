// Readers for things that happened between two parties: calls, transfers, sightings, associations, links.

import { parseAmount } from '../../normalize/amount.ts';
import { callNotConnected, parseDuration } from '../../normalize/duration.ts';
import type { RowReader } from './entityLists.ts';
import { isIncoming, partyKey, type CallParties } from './callParties.ts';
import { notMoved, readCurrency } from './money.ts';
import { because, type Problem, type Reason } from './reasons.ts';
import type { CellResult, RowContext } from './rowContext.ts';
import type { ColumnRole } from '../roles.ts';

// What each reader makes into the link itself; every other column of the row is kept on the link (linkAttributes).
const TIME: readonly ColumnRole[] = ['datetime', 'date', 'time'];
const CALL_MADE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([...TIME, 'phone_a', 'phone_b', 'duration', 'imei', 'imsi', 'cell_id', 'transaction_id']);
const TRANSFER_MADE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([...TIME, 'account_from', 'account_to', 'amount', 'currency', 'transaction_id']);
const SIGHTING_MADE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([...TIME, 'person_id', 'person_name', 'phone', 'location_id', 'location_name', 'evidence']);
const ASSOCIATION_MADE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([...TIME, 'person_a', 'person_b', 'relationship']);
const LINK_MADE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([...TIME, 'source', 'target', 'link_type', 'weight']);

/**
 * A call or message between two phones. The handset (IMEI), SIM (IMSI) and cell on the row are the
 * served subscriber's (see detectCallParties): the file's target whichever side it is on, else A on
 * outgoing rows and the file's served side on incoming ones.
 */
export const readCall: RowReader = (row) => {
  const incoming = isIncoming(row.get('call_type'), row.get('direction'));
  const parties = row.settings.callParties ?? { incomingServed: row.settings.subjectCentric ? 'a' : 'b' };
  const served = servedSide(row, parties, incoming);
  const handset = handsetAttributes(row);
  const a = row.phone('phone_a', served === 'a' ? handset : {});
  const b = row.phone('phone_b', served === 'b' ? handset : {});
  if (!a.ok || !b.ok) return failing('call-parties', 'call needs both parties', a, b);
  // NOTE: when the served subscriber is written in A on an incoming row, the caller is B.
  const flip = incoming && served === 'a';
  const duration = readDuration(row);
  row.link({ type: 'called', source: flip ? b.value : a.value, target: flip ? a.value : b.value, time: row.time(), durationSeconds: duration, transactionId: row.get('transaction_id') || undefined, attributes: row.linkAttributes(CALL_MADE) });
  const imei = row.get('imei');
  if (imei !== '' && /^\d{14,16}$/.test(imei.replace(/\D/g, ''))) {
    const device = row.entity({ type: 'device', key: imei.replace(/\D/g, '').slice(0, 14), label: `IMEI ${imei}`, raw: imei });
    row.link({ type: 'uses_device', source: served === 'a' ? a.value : b.value, target: device });
  }
  return undefined;
};

function servedSide(row: RowContext, parties: CallParties, incoming: boolean): 'a' | 'b' {
  if (parties.target !== undefined) {
    if (partyKey(row.get('phone_a')) === parties.target) return 'a';
    if (partyKey(row.get('phone_b')) === parties.target) return 'b';
  }
  return incoming ? parties.incomingServed : 'a';
}

function handsetAttributes(row: RowContext): Record<string, string | undefined> {
  return { imsi: row.get('imsi') || undefined, cell: row.get('cell_id') || undefined };
}

export const readTransfer: RowReader = (row) => {
  const failed = notMoved(row);
  if (failed) return failed;
  const from = row.account('account_from');
  const to = row.account('account_to');
  if (!from.ok || !to.ok) return failing('transfer-accounts', 'transfer needs both accounts', from, to);
  const rawAmount = row.get('amount');
  const amount = rawAmount === '' ? undefined : parseAmount(rawAmount) ?? undefined;
  if (rawAmount !== '' && amount === undefined) row.warnings.push(because('amount-not-number', `amount "${rawAmount}" is not a number; kept the transfer without it`, { value: rawAmount }));
  const currency = readCurrency(row, ['amount'], false);
  // NOTE: a negative amount between a debit and a credit account is money that went the other way
  // (a reversal or a refund): the direction is reversed and the amount kept positive, with a warning.
  const reversed = amount !== undefined && amount < 0;
  if (reversed) {
    row.warnings.push(because('amount-negative', `amount "${rawAmount}" is negative: read as ${row.header('account_to')} paying ${row.header('account_from')} ${-amount}`,
      { value: rawAmount, to: row.header('account_to'), from: row.header('account_from'), amount: -amount }));
  }
  row.link({
    type: 'transferred', source: reversed ? to.value : from.value, target: reversed ? from.value : to.value,
    time: row.time(), amount: amount === undefined ? undefined : Math.abs(amount), currency, transactionId: row.get('transaction_id') || undefined,
    attributes: row.linkAttributes(TRANSFER_MADE),
  });
  return undefined;
};

export const readSighting: RowReader = (row) => {
  const place = row.location();
  if (!place.ok) return because('sighting-place', `sighting needs a place: ${place.problem}`, {}, place.why);
  const who = row.has('person_id') || row.has('person_name') ? row.person('person_id', 'person_name') : row.phone('phone');
  if (!who.ok) return because('sighting-who', `sighting needs a person or phone: ${who.problem}`, {}, who.why);
  const evidence = row.get('evidence');
  row.link({ type: 'seen_at', source: who.value, target: place.value, time: row.time(), label: evidence || undefined, attributes: row.linkAttributes(SIGHTING_MADE) });
  return undefined;
};

export const readAssociation: RowReader = (row) => {
  const a = row.person('person_a', undefined);
  const b = row.person('person_b', undefined);
  if (!a.ok || !b.ok) return failing('association-people', 'association needs two people', a, b);
  if (a.value === b.value) return because('association-self', 'association links a person to themself');
  row.link({ type: 'associated', source: a.value, target: b.value, time: row.time(), label: row.get('relationship') || undefined, attributes: row.linkAttributes(ASSOCIATION_MADE) });
  return undefined;
};

/**
 * Generic source,target,type,weight links: each end is a person id. The weight column is a weight,
 * read exactly (`2,750` is 2750, `0.35` is 0.35) and summed on the link; it never multiplies the rows.
 */
export const readGenericLink: RowReader = (row) => {
  const source = endpoint(row, 'source');
  const target = endpoint(row, 'target');
  if (!source || !target) {
    const header = !source ? row.header('source') : row.header('target');
    return because('link-ends', `link needs a source and a target: ${header} is empty`, { header });
  }
  if (source === target) return because('link-self', 'link joins an entity to itself');
  const rawWeight = row.get('weight');
  const weight = rawWeight === '' ? undefined : parseAmount(rawWeight) ?? undefined;
  if (rawWeight !== '' && weight === undefined) row.warnings.push(because('weight-not-number', `${row.header('weight')} "${rawWeight}" is not a number; kept the link without a weight`, { header: row.header('weight'), value: rawWeight }));
  if (weight !== undefined && weight < 0) row.warnings.push(because('weight-negative', `${row.header('weight')} "${rawWeight}" is negative; kept as written`, { header: row.header('weight'), value: rawWeight }));
  row.link({ type: 'linked', source, target, time: row.time(), label: row.get('link_type') || undefined, weight, attributes: row.linkAttributes(LINK_MADE) });
  return undefined;
};

function endpoint(row: RowContext, role: 'source' | 'target'): string | undefined {
  const raw = row.get(role);
  if (raw === '') return undefined;
  return row.entity({ type: 'person', key: raw, raw });
}

function readDuration(row: RowContext): number | undefined {
  const raw = row.get('duration');
  if (raw === '') return undefined;
  const seconds = parseDuration(raw);
  // NOTE: a word saying the call never connected (未接通, no answer) is an attempt with no talk time: 0, counted in the ledger.
  if (seconds === null && callNotConnected(raw)) {
    row.notes.notConnected(row.header('duration'), raw);
    return 0;
  }
  if (seconds === null) row.warnings.push(because('duration-unreadable', `duration "${raw}" is not readable; kept the call without it`, { value: raw }));
  return seconds ?? undefined;
}

/** A rejection naming the cells that could not be read (one or both ends), `lead: problem; problem`. */
function failing(code: string, lead: string, ...results: CellResult<string>[]): Reason {
  const failed = results.flatMap((result): { problem: string; why: Problem }[] => (result.ok ? [] : [result]));
  return because(code, `${lead}: ${failed.map((result) => result.problem).join('; ')}`, {}, ...failed.map((result) => result.why));
}
