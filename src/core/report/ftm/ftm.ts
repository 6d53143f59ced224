// entities.ftm.json: the case as FollowTheMoney entities, one JSON object a line, for Aleph and the `ftm` tools.

import type { AnalysisResult } from '../../analysis/types.ts';
import { normalizeCountry } from '../../normalize/country.ts';
import type { CaseModel, Entity, Link } from '../../model/types.ts';
import { formatSources } from '../exporters/sourceRanges.ts';
import { ftmId, hashedFtmId } from './ftmId.ts';
import { ExportFacts } from '../exportFacts.ts';
import { findingsOf, type Findings } from './findings.ts';
import { writeLinkEntities, type Parties } from './ftmLinks.ts';
import { FtmLine, ftmText, lowerCountry, type FtmEntity } from './ftmValues.ts';
import { collectText, type TextOut } from '../textOut.ts';

export type { FtmEntity } from './ftmValues.ts';
export { ftmId } from './ftmId.ts';

/**
 * How Simpul's types map to FtM schemas:
 * person → Person; bank or e-wallet account → BankAccount; crypto account → CryptoWallet, held by its holders or,
 * when nobody is known to hold it, by a LegalEntity standing for its holder; location → Address;
 * phone → the `phone` property of its holders, or a LegalEntity named by the number when nobody holds it
 * (FtM has no phone schema, and Call parties must be LegalEntities); holds_account → Ownership (bank) or
 * CryptoWallet.holder; called → Call; transferred → Payment (a crypto wallet's side is its holder: FtM's Payment
 * names BankAccounts only); associated → Associate; seen_at and generic links → UnknownLink. Devices (IMEI) have
 * no FtM schema and are left out.
 *
 * Every entity carries Simpul's findings in properties FtM allows: `keywords` (the cluster), `summary`
 * (cluster, key-player, broker and centrality scores) and `notes` (the `file:line` sources); intervals
 * (Call, Payment, …) carry them in `summary`, `description` and `recordId`.
 */
export function ftmEntities(model: CaseModel, analysis?: AnalysisResult): FtmEntity[] {
  const entities: FtmEntity[] = [];
  writeFtmLines(model, analysis, (line) => entities.push(JSON.parse(line) as FtmEntity));
  return entities;
}

/** One JSON object a line (the `ftm` CLI and Aleph's bulk loader read this). */
export function ftmJsonLines(model: CaseModel, analysis?: AnalysisResult): string {
  return collectText((out) => writeFtmJsonLines(out, model, analysis));
}

/** The same lines, written an entity at a time. */
export function writeFtmJsonLines(out: TextOut, model: CaseModel, analysis?: AnalysisResult, facts = new ExportFacts(model, analysis)): void {
  let any = false;
  writeFtmLines(model, analysis, (line) => {
    out.write(line);
    any = true;
  }, facts);
  // NOTE: as before, a case with no entity is one empty line.
  if (!any) out.write('\n');
}

/** Each entity's JSON line (newline included), things first, then what links become, in model order. */
function writeFtmLines(model: CaseModel, analysis: AnalysisResult | undefined, write: (line: string) => void, facts = new ExportFacts(model, analysis)): void {
  const { entities, links } = model;
  const { sources, targets } = facts.linkEnds();
  const parties = partiesIndex(model, sources, targets);
  const findings = findingsOf(analysis, facts);
  const line = new FtmLine();
  for (let index = 0; index < entities.length; index++) writeEntity(entities[index] as Entity, index, parties, findings, line, write);
  for (let index = 0; index < links.length; index++) {
    const source = sources[index] as number;
    const target = targets[index] as number;
    if (source < 0 || target < 0) continue;
    writeLinkEntities(links[index] as Link, source, target, entities, parties, findings, line, write);
  }
}

/** The FtM id of an entity. */
export function ftmIdOf(entity: Pick<Entity, 'type' | 'key'>): string {
  return ftmId(entity.type, entity.key);
}

/**
 * Who stands for phones and accounts in FtM: their holders (people), from uses_phone and holds_account; for a crypto
 * wallet nobody is known to hold, a LegalEntity standing for its holder (`walletHolderId`).
 * NOTE: FtM's Payment names its accounts only as BankAccounts (`payerAccount`, `beneficiaryAccount`), and a
 * CryptoWallet is none; an explorer's transfers between unheld wallets had no party at all. The wallet's holder is
 * the Payment's payer or beneficiary, and the wallet hangs on that holder (`CryptoWallet.holder`), as an unheld
 * phone is the LegalEntity named by its number for a Call.
 */
function partiesIndex(model: CaseModel, sources: Int32Array, targets: Int32Array): Parties {
  const { entities, links } = model;
  // NOTE: every phone and person is named once per call, payment and holding it takes part in: its id is hashed once.
  const ids = new Map<Entity, string>();
  const idOf = (entity: Entity): string => {
    let id = ids.get(entity);
    if (id === undefined) ids.set(entity, (id = hashedFtmId(entity.type, entity.key)));
    return id;
  };
  const holders: (string[] | undefined)[] = new Array<undefined>(entities.length).fill(undefined);
  const phonesOf: (string[] | undefined)[] = new Array<undefined>(entities.length).fill(undefined);
  for (let index = 0; index < links.length; index++) {
    const link = links[index] as Link;
    if (link.type !== 'uses_phone' && link.type !== 'holds_account') continue;
    const holderAt = sources[index] as number;
    const thingAt = targets[index] as number;
    const holder = entities[holderAt];
    const thing = entities[thingAt];
    if (holder?.type !== 'person' || !thing) continue;
    push(holders, thingAt, idOf(holder));
    if (thing.type === 'phone') push(phonesOf, holderAt, thing.key);
  }
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index] as Entity;
    if (isCryptoWallet(entity) && !holders[index]) holders[index] = [walletHolderId(entity)];
  }
  return { holders, phonesOf, idOf };
}

function isCryptoWallet(entity: Entity): boolean {
  return entity.type === 'account' && entity.attributes.accountKind === 'crypto';
}

/** The id of the LegalEntity standing for the unknown holder of a crypto wallet. */
function walletHolderId(wallet: Entity): string {
  return hashedFtmId('LegalEntity', `holder of ${wallet.id}`);
}

function push(lists: (string[] | undefined)[], at: number, value: string): void {
  const list = lists[at];
  if (list) list.push(value);
  else lists[at] = [value];
}

// NOTE: properties are given in name order (see FtmLine), so each line comes out as FtM's sorted record.
function writeEntity(entity: Entity, at: number, parties: Parties, findings: Findings, line: FtmLine, write: (line: string) => void): void {
  const a = entity.attributes;
  const country = lowerCountry(entity.country);
  const keywords = findings.keywords(at);
  const summary = findings.summary(entity.id, at);
  const notes = ftmText(`Sources: ${formatSources(entity.sources)}`);
  const id = parties.idOf(entity);
  switch (entity.type) {
    case 'person': {
      const nationality = a.nationality ? lowerCountry(normalizeCountry(a.nationality) ?? undefined) : undefined;
      const role = [a.role, a.status].filter((value): value is string => Boolean(value));
      write(line.start('Person', id)
        .one('alias', a.alias).one('birthDate', a.birthDate).one('country', country).one('description', role.length > 0 ? role.join('; ') : undefined)
        .many('keywords', keywords).one('name', entity.label).one('nationality', nationality).one('notes', notes).one('passportNumber', a.passport)
        .many('phone', [...(parties.phonesOf[at] ?? [])].sort()).one('summary', summary).line());
      return;
    }
    case 'account':
      if (a.accountKind === 'crypto') {
        const holders = parties.holders[at] ?? [];
        if (holders.length === 1 && holders[0] === walletHolderId(entity)) {
          write(line.start('LegalEntity', holders[0])
            .one('country', country).one('description', 'holder of a crypto wallet, not known by name').many('keywords', keywords)
            .one('name', `holder of wallet ${entity.key}`).one('notes', notes).line());
        }
        write(line.start('CryptoWallet', id)
          .one('country', country).one('currencySymbol', a.currency ?? a.network).many('holder', holders)
          .many('keywords', keywords).one('name', entity.label).one('notes', notes).one('publicKey', entity.key).one('summary', summary).line());
        return;
      }
      write(line.start('BankAccount', id)
        .one('accountNumber', entity.key).one('accountType', a.accountKind).one('bankName', a.bank).one('country', country)
        .many('keywords', keywords).one('name', entity.label).one('notes', notes).one('summary', summary).line());
      return;
    case 'location':
      write(line.start('Address', id)
        .one('country', country).one('full', entity.label).many('keywords', keywords).one('latitude', numberText(a.latitude))
        .one('longitude', numberText(a.longitude)).one('notes', notes).one('summary', summary).line());
      return;
    case 'phone':
      // NOTE: a held phone lives on as its holders' `phone` property; only unheld phones become entities.
      if ((parties.holders[at] ?? []).length > 0) return;
      write(line.start('LegalEntity', id)
        .one('country', country).many('keywords', keywords).one('name', entity.label).one('notes', notes).one('phone', entity.key)
        .one('summary', summary).line());
      return;
    case 'device':
      return;
  }
}

/** A coordinate FtM's number type accepts (`16.6276`), else nothing. */
function numberText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) ? String(number) : undefined;
}
