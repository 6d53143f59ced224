// Case files written by older versions of Simpul, brought to the current layout step by step.

import type { Check } from './check.ts';

/**
 * Version 1 kept notes in one flat map keyed `entity:<entity id>` or `cluster:<cluster id>` and had no
 * `view.hidden`. Works on unvalidated data (the v2 reader checks the result); returns a new object.
 */
export function migrateV1toV2(check: Check, v1: Record<string, unknown>): Record<string, unknown> {
  // NOTE: ids come from data: null-prototype records, so an id such as `__proto__` is just a key.
  const entities: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const clusters: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const notes = v1.notes === undefined ? {} : check.record(v1.notes, 'notes');
  for (const [key, text] of Object.entries(notes)) {
    const colon = key.indexOf(':');
    const scope = colon < 0 ? '' : key.slice(0, colon);
    const id = key.slice(colon + 1);
    if (scope === 'entity') entities[id] = text;
    else if (scope === 'cluster') clusters[id] = text;
    else check.fail(`notes["${key}"]`, 'must be keyed "entity:<id>" or "cluster:<id>" in a version 1 case file');
  }
  const view = v1.view === undefined ? {} : check.record(v1.view, 'view');
  return { ...v1, version: 2, notes: { entities, clusters }, view: { positions: view.positions ?? {}, hidden: [] } };
}

/** Version 3 is version 2 sealed with the SHA-256 of its content (checked when opening): nothing else moves. */
export function migrateV2toV3(v2: Record<string, unknown>): Record<string, unknown> {
  return { ...v2, version: 3 };
}
