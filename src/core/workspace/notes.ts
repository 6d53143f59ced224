// Analyst notes on entities and clusters: kept in the case file, printed in the dossier.

/** Free-text notes keyed by entity id (`person:P-0001`) and cluster id (`C3`). */
export interface CaseNotes {
  entities: Record<string, string>;
  clusters: Record<string, string>;
}

export function emptyNotes(): CaseNotes {
  return { entities: {}, clusters: {} };
}

/** Returns new notes with one entity note set; blank text removes it. */
export function setEntityNote(notes: CaseNotes, entityId: string, text: string): CaseNotes {
  return { ...notes, entities: withNote(notes.entities, entityId, text) };
}

/** Returns new notes with one cluster note set; blank text removes it. */
export function setClusterNote(notes: CaseNotes, clusterId: string, text: string): CaseNotes {
  return { ...notes, clusters: withNote(notes.clusters, clusterId, text) };
}

/** True when no note has any text. */
export function notesAreEmpty(notes: CaseNotes): boolean {
  return Object.keys(notes.entities).length === 0 && Object.keys(notes.clusters).length === 0;
}

function withNote(record: Record<string, string>, id: string, text: string): Record<string, string> {
  const next = { ...record };
  if (text.trim() === '') delete next[id];
  else Object.defineProperty(next, id, { value: text, enumerable: true, writable: true, configurable: true });
  return next;
}
