// entities.ftm.json: the case as FollowTheMoney entities, one JSON object a line, for Aleph and the `ftm` tools.

import type { AnalysisResult } from '../../analysis/types.ts';
import { normalizeCountry } from '../../normalize/country.ts';
import type { CaseModel, Entity, Link } from '../../model/types.ts';
import { formatSources } from '../exporters/sourceRanges.ts';
import { ftmId, hashedFtmId } from './ftmId.ts';
import { findingsOf, type Findings } from './findings.ts';
import { linkEntities, type Parties } from './ftmLinks.ts';
import { ftmText, list, lowerCountry, make, type FtmEntity } from './ftmValues.ts';
import { collectText, type TextOut } from '../textOut.ts';

export type { FtmEntity } from './ftmValues.ts';
export { ftmId } from './ftmId.ts';

/**
 * How Simpul's types map to FtM schemas:
 * person → Person; bank or e-wallet account → BankAccount; crypto account → CryptoWallet; location → Address;
 * phone → the `phone` property of its holders, or a LegalEntity named by the number when nobody holds it
 * (FtM has no phone schema, and Call parties must be LegalEntities); holds_account → Ownership (bank) or
 * CryptoWallet.holder; called → Call; transferred → Payment; associated → Associate; seen_at and generic
 * links → UnknownLink. Devices (IMEI) have no FtM schema and are left out.
 *
 * Every entity carries Simpul's findings in properties FtM allows: `keywords` (the cluster), `summary`
 * (cluster, key-player, broker and centrality scores) and `notes` (the `file:line` sources); intervals
 * (Call, Payment, …) carry them in `summary`, `description` and `recordId`.
 */
export function ftmEntities(model: CaseModel, analysis?: AnalysisResult): FtmEntity[] {
  return [...eachFtmEntity(model, analysis)];
}

/** The same entities one at a time (the export writes each and lets it go). */
export function* eachFtmEntity(model: CaseModel, analysis?: AnalysisResult): Generator<FtmEntity> {
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const parties = partiesIndex(model.links, byId);
  const findings = findingsOf(analysis);
  for (const entity of model.entities) {
    const made = entityFor(entity, parties, findings);
    if (made) yield made;
  }
  for (const link of model.links) yield* linkEntities(link, parties, findings, byId);
}

/** One JSON object a line (the `ftm` CLI and Aleph's bulk loader read this). */
export function ftmJsonLines(model: CaseModel, analysis?: AnalysisResult): string {
  return collectText((out) => writeFtmJsonLines(out, model, analysis));
}

/** The same lines, written an entity at a time. */
export function writeFtmJsonLines(out: TextOut, model: CaseModel, analysis?: AnalysisResult): void {
  let any = false;
  for (const entity of eachFtmEntity(model, analysis)) {
    out.write(`${JSON.stringify(entity)}\n`);
    any = true;
  }
  // NOTE: as before, a case with no entity is one empty line.
  if (!any) out.write('\n');
}

/** The FtM id of an entity. */
export function ftmIdOf(entity: Pick<Entity, 'type' | 'key'>): string {
  return ftmId(entity.type, entity.key);
}

/** Who stands for phones and accounts in FtM: their holders (people), from uses_phone and holds_account. */
function partiesIndex(links: readonly Link[], byId: ReadonlyMap<string, Entity>): Parties {
  // NOTE: every phone and person is named once per call, payment and holding it takes part in: its id is hashed once.
  const ids = new Map<Entity, string>();
  const idOf = (entity: Entity): string => {
    let id = ids.get(entity);
    if (id === undefined) ids.set(entity, (id = hashedFtmId(entity.type, entity.key)));
    return id;
  };
  const holders = new Map<string, string[]>();
  const phonesOf = new Map<string, string[]>();
  for (const link of links) {
    if (link.type !== 'uses_phone' && link.type !== 'holds_account') continue;
    const holder = byId.get(link.source);
    const thing = byId.get(link.target);
    if (holder?.type !== 'person' || !thing) continue;
    push(holders, thing.id, idOf(holder));
    if (thing.type === 'phone') push(phonesOf, holder.id, thing.key);
  }
  return { holders, phonesOf, idOf };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function entityFor(entity: Entity, parties: Parties, findings: Findings): FtmEntity | undefined {
  const a = entity.attributes;
  const country = list(lowerCountry(entity.country));
  const about = {
    keywords: findings.keywords(entity.id), summary: list(findings.summary(entity.id)),
    notes: [ftmText(`Sources: ${formatSources(entity.sources)}`)],
  };
  const id = parties.idOf(entity);
  switch (entity.type) {
    case 'person': {
      const nationality = a.nationality ? lowerCountry(normalizeCountry(a.nationality) ?? undefined) : undefined;
      const role = [a.role, a.status].filter((value): value is string => Boolean(value));
      return make('Person', id, {
        name: [entity.label], alias: list(a.alias), nationality: list(nationality), country,
        passportNumber: list(a.passport), birthDate: list(a.birthDate), phone: [...(parties.phonesOf.get(entity.id) ?? [])].sort(),
        description: role.length > 0 ? [role.join('; ')] : [], ...about,
      });
    }
    case 'account':
      if (a.accountKind === 'crypto') {
        return make('CryptoWallet', id, {
          name: [entity.label], publicKey: [entity.key], currencySymbol: list(a.currency ?? a.network),
          holder: parties.holders.get(entity.id) ?? [], country, ...about,
        });
      }
      return make('BankAccount', id, {
        name: [entity.label], accountNumber: [entity.key], bankName: list(a.bank), accountType: list(a.accountKind), country, ...about,
      });
    case 'location':
      return make('Address', id, {
        full: [entity.label], country, latitude: list(numberText(a.latitude)), longitude: list(numberText(a.longitude)), ...about,
      });
    case 'phone':
      // NOTE: a held phone lives on as its holders' `phone` property; only unheld phones become entities.
      if ((parties.holders.get(entity.id) ?? []).length > 0) return undefined;
      return make('LegalEntity', id, { name: [entity.label], phone: [entity.key], country, ...about });
    case 'device':
      return undefined;
  }
}

/** A coordinate FtM's number type accepts (`16.6276`), else nothing. */
function numberText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) ? String(number) : undefined;
}
