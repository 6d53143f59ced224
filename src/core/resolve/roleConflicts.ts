// Sources that disagree on whether a person is a victim: the person is protected, and the ledger says why.

import { isVictimWord } from '../model/roles.ts';
import type { RoleConflict } from '../model/types.ts';
import type { LedgerEntry } from '../ingest/ledger.ts';

/** Does what one row said of a role (`worker / korban`) mark a victim? */
export function saysVictim(said: string): boolean {
  return said.split(' / ').some(isVictimWord);
}

/** `sources disagree: "victim" (b.csv line 3) vs "worker" (a.csv line 7); treated as a victim`. */
export function describeRoleConflict(conflict: RoleConflict): string {
  const side = (victim: boolean) => conflict.readings.filter((reading) => reading.victim === victim)
    .map((reading) => `"${reading.value}" (${reading.sources.map((ref) => `${ref.file} line ${ref.line}`).join(', ')})`).join(', ');
  return `sources disagree: ${side(true)} vs ${side(false)}; treated as a victim`;
}

/**
 * Adds each conflict to the ledger of every file it cites, as a warning on the cited line, so the
 * file's own account says that this person was protected against what the line said (or with it).
 */
export function addRoleConflictsToLedger(ledger: readonly LedgerEntry[], conflicts: readonly RoleConflict[]): void {
  const byFile = new Map(ledger.map((entry) => [entry.file, entry]));
  for (const conflict of conflicts) {
    const message = `${conflict.entity}: ${describeRoleConflict(conflict)}`;
    // NOTE: each side as `"korban" (b.csv:3)`: file and line in a notation every language reads (catalogue `role-conflict`).
    const side = (victim: boolean) => conflict.readings.filter((reading) => reading.victim === victim)
      .map((reading) => `"${reading.value}" (${reading.sources.map((ref) => `${ref.file}:${ref.line}`).join(', ')})`).join(', ');
    const colon = conflict.entity.indexOf(':');
    const params = { entity: conflict.entity, type: conflict.entity.slice(0, Math.max(0, colon)), key: conflict.entity.slice(colon + 1), victims: side(true), others: side(false) };
    for (const reading of conflict.readings) {
      for (const ref of reading.sources) byFile.get(ref.file)?.warnings.push({ line: ref.line, message, code: 'role-conflict', params });
    }
  }
  for (const entry of ledger) entry.warnings.sort((a, b) => a.line - b.line);
}
