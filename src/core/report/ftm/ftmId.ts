// FollowTheMoney ids: letters, digits, `.` and `-` only (FtM's id rule), stable, and never shared by two keys.

import { sha256Hex40 } from './shortSha256.ts';

/** FtM's own id rule (followthemoney `registry.entity`): what Aleph's cleaner keeps; anything else is dropped. */
export const FTM_ID_PATTERN = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;

// NOTE: the old ids escaped keys as `_` + hex; FtM refuses `_`, and Aleph silently dropped every reference
// to such an id (39% of Calls lost a party). A hash of kind and key (like FtM's own `make_id`) fits the
// rule whatever the key holds — Burmese names, `+`, spaces — and stays well under FtM's 200-character limit.
/** `simpul-<kind>-<40 hex>`: SHA-256 of kind, NUL and key, first 160 bits. Same kind and key, same id. */
export function ftmId(kind: string, key: string): string {
  const memoKey = `${kind}\u0000${key}`;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const id = hashedFtmId(kind, key);
  memo.set(memoKey, id);
  return id;
}

// NOTE: an export names each phone and person once per call, payment and holder it appears in (a few hundred
// thousand SHA-256s on a national case); recent ids are remembered, in a Map cleared when it fills.
const MEMO_SIZE = 200_000;
const memo = new Map<string, string>();

const prefixes = new Map<string, string>();

/** The same id as `ftmId`, hashed every time: for keys named once (a link's Call or Payment), where remembering costs more. */
export function hashedFtmId(kind: string, key: string): string {
  let prefix = prefixes.get(kind);
  if (prefix === undefined) prefixes.set(kind, (prefix = `simpul-${kind.toLowerCase().replace(/[^a-z0-9]/g, '')}-`));
  return prefix + sha256Hex40(`${kind}\u0000${key}`);
}
