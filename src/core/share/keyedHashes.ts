// Keyed hashes of identifiers for partner agencies: each side can tell which phones, accounts, wallets and
// passports they both hold, and neither hands over a number in clear.

import type { AnalysisResult } from '../analysis/types.ts';
import type { CaseModel, Entity } from '../model/types.ts';

export type ShareKind = 'phone' | 'account' | 'wallet' | 'passport';

/** What both sides must compute the same way (node:crypto in the CLI, Web Crypto in the browser). */
export interface KeyedHasher {
  /** HMAC-SHA-256 under the key derived from the passphrase (see `SHARE_KDF`), as lower-case hex. */
  hmacHex(passphrase: string, message: string): Promise<string>;
}

// NOTE: identifiers have little entropy (a phone is ~10 digits), so a plain hash could be reversed by trying
// every number. The HMAC key is the agreed passphrase stretched with PBKDF2: without it a hash list says
// nothing; with a weak passphrase each guess costs 210,000 SHA-256 rounds before a single number is tried.
export const SHARE_KDF = { name: 'PBKDF2-SHA-256', iterations: 210_000, salt: 'simpul-keyed-hashes-v1', bytes: 32 } as const;
const CHECK_MESSAGE = 'simpul-passphrase-check';

export interface KeyedHashFile {
  type: 'simpul-keyed-hashes';
  version: 1;
  generator: { name: 'simpul'; version: string };
  algorithm: 'HMAC-SHA-256';
  kdf: typeof SHARE_KDF;
  /** HMAC of a fixed text: tells the receiver whether the passphrase typed is the one used, nothing else. */
  check: string;
  /** Sorted by hash, so the order says nothing about the case. */
  hashes: { kind: ShareKind; hash: string }[];
}

export interface ShareableIdentifier {
  kind: ShareKind;
  /** The normalised key: E.164 phone, account number, wallet address, passport number in capitals. */
  key: string;
  entityId: string;
}

/** `kind:key`: what is hashed. The kind keeps a passport and an account with the same digits apart. */
export function hashMessage(identifier: Pick<ShareableIdentifier, 'kind' | 'key'>): string {
  return `${identifier.kind}:${identifier.key}`;
}

/** Every phone, bank/e-wallet account, crypto wallet and passport of the case, normalised. */
export function shareableIdentifiers(model: CaseModel): ShareableIdentifier[] {
  const out: ShareableIdentifier[] = [];
  for (const entity of model.entities) {
    if (entity.type === 'phone') out.push({ kind: 'phone', key: entity.key, entityId: entity.id });
    else if (entity.type === 'account') out.push({ kind: entity.attributes.accountKind === 'crypto' ? 'wallet' : 'account', key: entity.key, entityId: entity.id });
    else if (entity.type === 'person' && entity.attributes.passport) {
      const passport = normalisePassport(entity.attributes.passport);
      if (passport) out.push({ kind: 'passport', key: passport, entityId: entity.id });
    }
  }
  return out;
}

/** `eb 123-456` → `EB123456`: passports are written with spaces, dashes and any case. */
export function normalisePassport(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The file a partner receives: keyed hashes only. */
export async function keyedHashFile(model: CaseModel, passphrase: string, hasher: KeyedHasher, generatorVersion: string): Promise<KeyedHashFile> {
  const seen = new Set<string>();
  const hashes: KeyedHashFile['hashes'] = [];
  for (const identifier of shareableIdentifiers(model)) {
    const hash = await hasher.hmacHex(passphrase, hashMessage(identifier));
    if (seen.has(hash)) continue;
    seen.add(hash);
    hashes.push({ kind: identifier.kind, hash });
  }
  hashes.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  return {
    type: 'simpul-keyed-hashes', version: 1, generator: { name: 'simpul', version: generatorVersion },
    algorithm: 'HMAC-SHA-256', kdf: SHARE_KDF, check: await hasher.hmacHex(passphrase, CHECK_MESSAGE), hashes,
  };
}

export interface SharedEntity {
  entity: Entity;
  kind: ShareKind;
  cluster?: string;
}

export interface MatchResult {
  /** False when the passphrase typed is not the one the file was made with: then nothing can match. */
  passphraseMatches: boolean;
  shared: SharedEntity[];
  /** How many hashes the partner's file holds. */
  theirs: number;
}

/** Which of our entities the partner also holds, in which of our clusters. */
export async function matchKeyedHashes(file: KeyedHashFile, passphrase: string, model: CaseModel, analysis: AnalysisResult | undefined, hasher: KeyedHasher): Promise<MatchResult> {
  const theirs = new Set(file.hashes.map((item) => `${item.kind}:${item.hash}`));
  const passphraseMatches = (await hasher.hmacHex(passphrase, CHECK_MESSAGE)) === file.check;
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const shared: SharedEntity[] = [];
  if (passphraseMatches) {
    for (const identifier of shareableIdentifiers(model)) {
      const hash = await hasher.hmacHex(passphrase, hashMessage(identifier));
      const entity = byId.get(identifier.entityId);
      if (!entity || !theirs.has(`${identifier.kind}:${hash}`)) continue;
      const cluster = analysis?.clusterOf[entity.id];
      shared.push({ entity, kind: identifier.kind, ...(cluster ? { cluster } : {}) });
    }
  }
  return { passphraseMatches, shared, theirs: file.hashes.length };
}
