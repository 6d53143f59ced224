// Possible duplicates of one entity, for the entity panel: found once per case model, then looked up per click.

import type { CaseModel } from '../model/types.ts';
import { findPossibleDuplicates, type PossibleDuplicate } from '../resolve/possibleDuplicates.ts';

/** The other side of a suggestion that involves the selected entity. */
export interface EntityDuplicate {
  other: string;
  reasons: string[];
  reasonCodes?: PossibleDuplicate['reasonCodes'];
  strength: PossibleDuplicate['strength'];
}

// NOTE: computed from the model the page already holds, so a reopened case file (which does not carry
// the suggestions) shows them too; blocking keeps it linear, a few tens of ms for 100k-row cases.
const cache = new WeakMap<CaseModel, Map<string, EntityDuplicate[]>>();

/** Suggestions involving `id`, strong first; empty when there are none. */
export function possibleDuplicatesOf(model: CaseModel, id: string): EntityDuplicate[] {
  let byEntity = cache.get(model);
  if (!byEntity) {
    byEntity = new Map();
    for (const { a, b, reasons, reasonCodes, strength } of findPossibleDuplicates(model)) {
      push(byEntity, a, { other: b, reasons, ...(reasonCodes ? { reasonCodes } : {}), strength });
      push(byEntity, b, { other: a, reasons, ...(reasonCodes ? { reasonCodes } : {}), strength });
    }
    cache.set(model, byEntity);
  }
  return byEntity.get(id) ?? [];
}

function push(byEntity: Map<string, EntityDuplicate[]>, id: string, item: EntityDuplicate): void {
  const list = byEntity.get(id);
  if (list) list.push(item);
  else byEntity.set(id, [item]);
}
