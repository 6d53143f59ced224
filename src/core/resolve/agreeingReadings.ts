// Ambiguous phone readings settled by the case: `0084…` is 00 + Vietnam or carrier 008 + Germany;
// the reading the rest of the case already knows wins.

import { compareIds, mergeById, roundMoney, sortKeys, valuesById } from '../model/order.ts';
import { UNDIRECTED_LINKS, joinLinkValues, linkId, type CaseModel, type Entity, type Link, type SourceLines } from '../model/types.ts';

/** Per entity id: how often it was read firmly, and the other readings offered when it was not. */
export interface ReadingEvidence {
  firm: number;
  /** Made on the first other reading (most numbers are read one way only). */
  alternatives: Set<string> | undefined;
}

/**
 * Moves each entity that was only ever an ambiguous reading, and whose single alternative the case
 * knows firmly (written unambiguously somewhere), onto that alternative: variants, sources,
 * attributes and links follow; links that now coincide are aggregated. Everything else is untouched.
 * `model`'s entities and links are in id order (as CaseBuilder makes them); so are the ones returned.
 */
export function preferAgreeingReadings(model: CaseModel, evidence: ReadonlyMap<string, ReadingEvidence>): CaseModel {
  const moves = new Map<string, string>();
  for (const [id, reading] of evidence) {
    if (reading.firm > 0) continue;
    // NOTE: of several other readings, only one the case knows firmly settles it; two known ones leave it as read.
    const known = [...(reading.alternatives ?? [])].filter((alternative) => (evidence.get(alternative)?.firm ?? 0) > 0);
    const [alternative] = known;
    if (known.length === 1 && alternative) moves.set(id, alternative);
  }
  if (moves.size === 0) return model;
  const movedTo = new Set(moves.values());

  // NOTE: a national case has a million links and a few hundred moved readings: the case's lists (in id order) are
  // walked once, and only what a move touches is merged and put back in order; no map and no sort of the whole case.
  const involved = new Map<string, Entity>();
  for (const entity of model.entities) if (moves.has(entity.id) || movedTo.has(entity.id)) involved.set(entity.id, entity);
  const gone = new Set<string>();
  for (const [from, to] of moves) {
    const source = involved.get(from);
    const target = involved.get(to);
    if (!source || !target) continue;
    involved.set(to, mergeEntity(target, source));
    involved.delete(from);
    gone.add(from);
  }
  const entities = model.entities.filter((entity) => !gone.has(entity.id)).map((entity) => involved.get(entity.id) ?? entity);
  return { entities, links: movedLinks(model.links, moves) };
}

/**
 * The case's links (in id order) with each moved end replaced, in id order; links that come to coincide are merged in
 * the order of the case's links, as they come.
 */
function movedLinks(links: readonly Link[], moves: ReadonlyMap<string, string>): Link[] {
  // Each moved link as it becomes (undefined: it joins an entity to itself and goes); every id one of them takes.
  const becomes = new Map<Link, Link | undefined>();
  const taken = new Set<string>();
  for (const link of links) {
    if (!moves.has(link.source) && !moves.has(link.target)) continue;
    let [a, b] = [moves.get(link.source) ?? link.source, moves.get(link.target) ?? link.target];
    if (a === b) {
      becomes.set(link, undefined);
      continue;
    }
    if (UNDIRECTED_LINKS.has(link.type) && a > b) [a, b] = [b, a];
    const moved: Link = { ...link, id: linkId(link.type, a, b), source: a, target: b };
    becomes.set(link, moved);
    taken.add(moved.id);
  }
  const kept: Link[] = [];
  const joined = new Map<string, Link>();
  for (const link of links) {
    const moved = becomes.has(link) ? becomes.get(link) : link;
    if (!moved) continue;
    if (!taken.has(moved.id)) {
      kept.push(moved);
      continue;
    }
    const existing = joined.get(moved.id);
    joined.set(moved.id, existing ? mergeLink(existing, moved) : moved);
  }
  // NOTE: the kept links keep their ids, so their order; the joined ones are merged into it.
  return mergeById(kept, valuesById(joined));
}

/** One entity merged into another (exported for the reference test). */
export function mergeEntity(into: Entity, from: Entity): Entity {
  const attributes = { ...from.attributes, ...into.attributes };
  attributes.reading = `also written ${from.variants.join(', ')}: another valid reading of it (a carrier prefix, or a plan taken from a nationality), as the number the case knows`;
  return {
    ...into,
    variants: [...new Set([...into.variants, ...from.variants])],
    attributes: sortKeys(attributes),
    sources: mergeSources(into.sources, from.sources),
  };
}

/** One link merged into another with the same id (exported for the reference test). */
export function mergeLink(into: Link, from: Link): Link {
  // NOTE: a null-prototype record: a currency written `constructor` is data, not Object's.
  const amounts: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, into.amounts);
  for (const [currency, amount] of Object.entries(from.amounts)) amounts[currency] = roundMoney((amounts[currency] ?? 0) + amount);
  const weight = into.weight === undefined && from.weight === undefined ? undefined : (into.weight ?? 0) + (from.weight ?? 0);
  const first = [into.firstTime, from.firstTime].filter((time): time is string => !!time).sort()[0];
  const last = [into.lastTime, from.lastTime].filter((time): time is string => !!time).sort().at(-1);
  return {
    ...into,
    count: into.count + from.count,
    durationSeconds: into.durationSeconds + from.durationSeconds,
    ...(weight !== undefined ? { weight } : {}),
    amounts: sortKeys(amounts),
    ...(first ? { firstTime: first } : {}),
    ...(last ? { lastTime: last } : {}),
    ...mergeLinkAttributes(into.attributes, from.attributes),
    sources: mergeSources(into.sources, from.sources),
    ...(into.rows && from.rows ? { rows: [...into.rows, ...from.rows].sort((x, y) => compareIds(x.file, y.file) || x.line - y.line) } : {}),
  };
}

/** Both links' column values, each header's distinct values listed once (a count of more is not re-counted). */
function mergeLinkAttributes(a: Link['attributes'], b: Link['attributes']): Pick<Link, 'attributes'> {
  if (!a || !b) return a ?? b ? { attributes: (a ?? b) as Record<string, string> } : {};
  const merged: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, a);
  for (const [name, value] of Object.entries(b)) {
    const values = [...(merged[name]?.split(' | ') ?? []), ...value.split(' | ')].filter((item) => !item.startsWith('… ('));
    merged[name] = joinLinkValues([...new Set(values)]);
  }
  return { attributes: sortKeys(merged) };
}

function mergeSources(a: SourceLines[], b: SourceLines[]): SourceLines[] {
  const files = new Map<string, Set<number>>();
  for (const { file, lines } of [...a, ...b]) {
    const set = files.get(file) ?? new Set<number>();
    for (const line of lines) set.add(line);
    files.set(file, set);
  }
  return [...files.entries()].sort(([x], [y]) => compareIds(x, y)).map(([file, lines]) => ({ file, lines: [...lines].sort((x, y) => x - y) }));
}
