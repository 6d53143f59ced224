// Links as FtM intervals: one Call or Payment per source row while the case is small enough, else per pair.

import type { Entity, Link, LinkRow } from '../../model/types.ts';
import { ROW_DETAIL_LIMIT } from '../../model/types.ts';
import { formatSources } from '../exporters/sourceRanges.ts';
import type { Findings } from './findings.ts';
import { hashedFtmId } from './ftmId.ts';
import { ftmDate, ftmText, list, make, type FtmEntity } from './ftmValues.ts';

/** FtM ids of the people who stand for a phone or account, and the phones each person holds. */
export interface Parties {
  holders: Map<string, string[]>;
  phonesOf: Map<string, string[]>;
  /** The FtM id of an entity (hashed once per entity and export). */
  idOf(entity: Entity): string;
}

/** Calls and transfers are written row by row when each link kept its rows (cases up to this many rows). */
export const FTM_ROW_LIMIT = ROW_DETAIL_LIMIT;

export function linkEntities(link: Link, parties: Parties, findings: Findings, byId: ReadonlyMap<string, Entity>): FtmEntity[] {
  const source = byId.get(link.source);
  const target = byId.get(link.target);
  if (!source || !target) return [];
  const idOf = parties.idOf;
  const about = {
    summary: list(clusterSentence(findings.clusterOf(source.id), findings.clusterOf(target.id))),
    startDate: ftmDate(link.firstTime), endDate: ftmDate(link.lastTime),
  };
  const evidence = `sources: ${formatSources(link.sources)}`;
  const id = (schema: string) => hashedFtmId(schema, link.id);
  switch (link.type) {
    case 'holds_account':
      if (target.type !== 'account' || target.attributes.accountKind === 'crypto') return [];
      return [make('Ownership', id('Ownership'), { owner: [idOf(source)], asset: [idOf(target)], description: [ftmText(evidence)], ...about })];
    case 'called': {
      const ends = {
        caller: partiesOf(source, parties), callerNumber: [source.key],
        receiver: partiesOf(target, parties), receiverNumber: [target.key], summary: about.summary,
      };
      if (link.rows) {
        return link.rows.map((row) => make('Call', rowId('Call', link, row), {
          ...ends, date: ftmDate(row.time), startDate: ftmDate(row.time), duration: list(numberOf(row.durationSeconds)),
          recordId: [`${row.file}:${row.line}`], description: [`call, ${row.file} line ${row.line}`],
        }));
      }
      return [make('Call', id('Call'), {
        ...ends, ...about, duration: [String(link.durationSeconds)],
        description: [ftmText(`${link.count} call(s) in total, ${link.durationSeconds} s; ${evidence}`)],
      })];
    }
    case 'transferred': {
      const ends = {
        payer: partiesOf(source, parties), beneficiary: partiesOf(target, parties),
        payerAccount: bankAccount(source, parties), beneficiaryAccount: bankAccount(target, parties), summary: about.summary,
      };
      if (link.rows) {
        return link.rows.map((row) => make('Payment', rowId('Payment', link, row), {
          ...ends, date: ftmDate(row.time), startDate: ftmDate(row.time), amount: list(numberOf(row.amount)),
          currency: list(row.currency === 'unspecified' ? undefined : row.currency), transactionNumber: list(row.transactionId),
          recordId: [`${row.file}:${row.line}`], description: [`transfer from ${source.key} to ${target.key}, ${row.file} line ${row.line}`],
        }));
      }
      const currencies = Object.keys(link.amounts).sort();
      const perCurrency = currencies.length > 0 ? currencies : [undefined];
      return perCurrency.map((currency) => make('Payment', currency ? hashedFtmId('Payment', `${link.id}|${currency}`) : id('Payment'), {
        ...ends, ...about, amount: list(currency ? numberOf(link.amounts[currency]) : undefined),
        currency: list(currency === 'unspecified' ? undefined : currency),
        description: [ftmText(`${link.count} transfer(s) from ${source.key} to ${target.key} in total; ${evidence}`)],
      }));
    }
    case 'associated':
      if (source.type !== 'person' || target.type !== 'person') return [];
      return [make('Associate', id('Associate'), {
        person: [idOf(source)], associate: [idOf(target)], relationship: list(link.label), description: [ftmText(evidence)], ...about,
      })];
    case 'seen_at':
    case 'linked': {
      const subject = thingOf(source, parties);
      const object = thingOf(target, parties);
      if (!subject || !object) return [];
      return [make('UnknownLink', id('UnknownLink'), {
        subject: [subject], object: [object],
        role: [link.type === 'seen_at' ? ['seen at', link.label].filter((part) => part !== undefined).join(': ') : link.label ?? 'linked'],
        description: [ftmText(evidence)], ...about,
      })];
    }
    case 'uses_phone':
    case 'uses_device':
      return [];
  }
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
function partiesOf(entity: Entity, parties: Parties): string[] {
  if (entity.type === 'person') return [parties.idOf(entity)];
  const people = parties.holders.get(entity.id) ?? [];
  if (people.length > 0) return people;
  return entity.type === 'phone' ? [parties.idOf(entity)] : [];
}

/** The FtM entity standing for a node in a generic link; held phones stand for their holder. */
function thingOf(entity: Entity, parties: Parties): string | undefined {
  if (entity.type === 'device') return undefined;
  if (entity.type === 'phone') return partiesOf(entity, parties)[0];
  return parties.idOf(entity);
}

function bankAccount(entity: Entity, parties: Parties): string[] {
  return entity.type === 'account' && entity.attributes.accountKind !== 'crypto' ? [parties.idOf(entity)] : [];
}

function numberOf(value: number | undefined): string | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : String(value);
}
