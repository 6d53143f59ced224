// Links as FtM intervals: one Call or Payment per source row while the case is small enough, else per pair.

import type { Entity, Link, LinkRow } from '../../model/types.ts';
import { ROW_DETAIL_LIMIT } from '../../model/types.ts';
import { formatSources } from '../exporters/sourceRanges.ts';
import type { Findings } from './findings.ts';
import { hashedFtmId } from './ftmId.ts';
import { ftmDate, ftmText, type FtmLine } from './ftmValues.ts';

/** FtM ids of the people who stand for a phone or account, and the phones each person holds, by entity position. */
export interface Parties {
  holders: readonly (readonly string[] | undefined)[];
  phonesOf: readonly (readonly string[] | undefined)[];
  /** The FtM id of an entity (hashed once per entity and export). */
  idOf(entity: Entity): string;
}

/** Calls and transfers are written row by row when each link kept its rows (cases up to this many rows). */
export const FTM_ROW_LIMIT = ROW_DETAIL_LIMIT;

const NONE: readonly string[] = [];

// NOTE: properties are given in name order (see FtmLine), so each line comes out as FtM's sorted record.
/**
 * Writes the FtM entities a link becomes (none for uses_phone, uses_device and ends FtM cannot name), one line each;
 * `sourceAt` and `targetAt` are its ends' positions in `entities`.
 */
export function writeLinkEntities(
  link: Link, sourceAt: number, targetAt: number, entities: readonly Entity[], parties: Parties, findings: Findings, line: FtmLine,
  write: (text: string) => void,
): void {
  // NOTE: a handset or device held is written on its holder (FtM has no link for it): nothing to work out.
  if (link.type === 'uses_phone' || link.type === 'uses_device') return;
  const source = entities[sourceAt];
  const target = entities[targetAt];
  if (!source || !target) return;
  const idOf = parties.idOf;
  const summary = clusterSentence(findings.clusterAt(sourceAt), findings.clusterAt(targetAt));
  const startDate = ftmDate(link.firstTime);
  const endDate = ftmDate(link.lastTime);
  switch (link.type) {
    case 'holds_account':
      if (target.type !== 'account' || target.attributes.accountKind === 'crypto') return;
      write(line.start('Ownership', hashedFtmId('Ownership', link.id))
        .one('asset', idOf(target)).one('description', ftmText(evidence(link))).one('endDate', endDate)
        .one('owner', idOf(source)).one('startDate', startDate).one('summary', summary).line());
      return;
    case 'called': {
      const caller = partiesOf(source, sourceAt, parties);
      const receiver = partiesOf(target, targetAt, parties);
      if (link.rows) {
        for (const row of link.rows) {
          const date = ftmDate(row.time);
          write(line.start('Call', rowId('Call', link, row))
            .many('caller', caller).one('callerNumber', source.key).one('date', date).one('description', `call, ${row.file} line ${row.line}`)
            .one('duration', numberOf(row.durationSeconds)).many('receiver', receiver).one('receiverNumber', target.key)
            .one('recordId', `${row.file}:${row.line}`).one('startDate', date).one('summary', summary).line());
        }
        return;
      }
      write(line.start('Call', hashedFtmId('Call', link.id))
        .many('caller', caller).one('callerNumber', source.key)
        .one('description', ftmText(`${link.count} call(s) in total, ${link.durationSeconds} s; ${evidence(link)}`))
        .one('duration', String(link.durationSeconds)).one('endDate', endDate).many('receiver', receiver).one('receiverNumber', target.key)
        .one('startDate', startDate).one('summary', summary).line());
      return;
    }
    case 'transferred': {
      const payer = partiesOf(source, sourceAt, parties);
      const beneficiary = partiesOf(target, targetAt, parties);
      const payerAccount = bankAccount(source, parties);
      const beneficiaryAccount = bankAccount(target, parties);
      if (link.rows) {
        for (const row of link.rows) {
          const date = ftmDate(row.time);
          write(line.start('Payment', rowId('Payment', link, row))
            .one('amount', numberOf(row.amount)).many('beneficiary', beneficiary).one('beneficiaryAccount', beneficiaryAccount)
            .one('currency', row.currency === 'unspecified' ? undefined : row.currency).one('date', date)
            .one('description', `transfer from ${source.key} to ${target.key}, ${row.file} line ${row.line}`)
            .many('payer', payer).one('payerAccount', payerAccount).one('recordId', `${row.file}:${row.line}`)
            .one('startDate', date).one('summary', summary).one('transactionNumber', row.transactionId).line());
        }
        return;
      }
      const description = ftmText(`${link.count} transfer(s) from ${source.key} to ${target.key} in total; ${evidence(link)}`);
      const currencies = Object.keys(link.amounts).sort();
      const perCurrency = currencies.length > 0 ? currencies : [undefined];
      for (const currency of perCurrency) {
        write(line.start('Payment', currency ? hashedFtmId('Payment', `${link.id}|${currency}`) : hashedFtmId('Payment', link.id))
          .one('amount', currency ? numberOf(link.amounts[currency]) : undefined).many('beneficiary', beneficiary)
          .one('beneficiaryAccount', beneficiaryAccount).one('currency', currency === 'unspecified' ? undefined : currency)
          .one('description', description).one('endDate', endDate).many('payer', payer).one('payerAccount', payerAccount)
          .one('startDate', startDate).one('summary', summary).line());
      }
      return;
    }
    case 'associated':
      if (source.type !== 'person' || target.type !== 'person') return;
      write(line.start('Associate', hashedFtmId('Associate', link.id))
        .one('associate', idOf(target)).one('description', ftmText(evidence(link))).one('endDate', endDate)
        .one('person', idOf(source)).one('relationship', link.label).one('startDate', startDate).one('summary', summary).line());
      return;
    case 'seen_at':
    case 'linked': {
      const subject = thingOf(source, sourceAt, parties);
      const object = thingOf(target, targetAt, parties);
      if (!subject || !object) return;
      const role = link.type === 'seen_at' ? (link.label === undefined ? 'seen at' : `seen at: ${link.label}`) : link.label ?? 'linked';
      write(line.start('UnknownLink', hashedFtmId('UnknownLink', link.id))
        .one('description', ftmText(evidence(link))).one('endDate', endDate).one('object', object).one('role', role)
        .one('startDate', startDate).one('subject', subject).one('summary', summary).line());
      return;
    }
  }
}

function evidence(link: Link): string {
  return `sources: ${formatSources(link.sources)}`;
}

/** One id per source row: the link and the row's file and line. */
function rowId(schema: string, link: Link, row: LinkRow): string {
  return hashedFtmId(schema, `${link.id}\u0000${row.file}:${row.line}`);
}

function clusterSentence(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return undefined;
  return a === b ? `Within Simpul cluster ${a}.` : `Between Simpul clusters ${a} and ${b}.`;
}

/** People who hold a phone or account, else the phone's own LegalEntity; a person stands for itself. */
function partiesOf(entity: Entity, at: number, parties: Parties): readonly string[] {
  if (entity.type === 'person') return [parties.idOf(entity)];
  const people = parties.holders[at];
  if (people && people.length > 0) return people;
  return entity.type === 'phone' ? [parties.idOf(entity)] : NONE;
}

/** The FtM entity standing for a node in a generic link; held phones stand for their holder. */
function thingOf(entity: Entity, at: number, parties: Parties): string | undefined {
  if (entity.type === 'device') return undefined;
  if (entity.type === 'phone') return partiesOf(entity, at, parties)[0];
  return parties.idOf(entity);
}

function bankAccount(entity: Entity, parties: Parties): string | undefined {
  return entity.type === 'account' && entity.attributes.accountKind !== 'crypto' ? parties.idOf(entity) : undefined;
}

function numberOf(value: number | undefined): string | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : String(value);
}
