// Analyst notes on entities and clusters: kept in the case file, printed in the dossier.

/** Free-text notes keyed by entity id (`person:P-0001`) and cluster id (`C3`). */
export interface CaseNotes {
  entities: Record<string, string>;
  clusters: Record<string, string>;
}

export function emptyNotes(): CaseNotes {
  return { entities: Object.create(null) as Record<string, string>, clusters: Object.create(null) as Record<string, string> };
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

/** A copy with one note set or removed; null-prototype, so an id from data is only ever a key. */
function withNote(record: Record<string, string>, id: string, text: string): Record<string, string> {
  const next: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(record)) if (key !== id) next[key] = value;
  if (text.trim() !== '') next[id] = text;
  return next;
}

// NOTE: cluster ids are renumbered by every re-run (they follow size); a note belongs to the group of
// people it was written about, so it moves to the new cluster holding most of the old one's members.
/**
 * Moves cluster notes after a re-analysis: each note goes to the new cluster that holds the largest
 * share of its old cluster's members (ties: the lower id). Notes landing on one cluster are joined.
 */
export function followClusterNotes(
  notes: CaseNotes,
  before: { clusters: readonly { id: string; memberIds: readonly string[] }[] },
  after: { clusterOf: Readonly<Record<string, string>> },
): CaseNotes {
  const moved = new Map<string, string[]>();
  for (const [clusterId, text] of Object.entries(notes.clusters)) {
    const members = before.clusters.find((cluster) => cluster.id === clusterId)?.memberIds ?? [];
    const votes = new Map<string, number>();
    for (const member of members) {
      const target = after.clusterOf[member];
      if (target !== undefined) votes.set(target, (votes.get(target) ?? 0) + 1);
    }
    const [target] = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [clusterId];
    moved.set(target, [...(moved.get(target) ?? []), text]);
  }
  let clusters: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [clusterId, texts] of moved) clusters = withNote(clusters, clusterId, texts.join('\n\n'));
  return { ...notes, clusters };
}
