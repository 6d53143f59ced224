// Actors: a person with the phones and accounts they hold, and the handsets only they use, is one actor, ranked as one.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import type { Entity } from '../model/types.ts';
import { compareIds } from '../model/order.ts';
import { pulse } from '../progressPulse.ts';

/** Who stands behind each node. */
export interface Actors {
  /** Node id → actor id (the person's id; else the phone or account's own id; a shared handset is its own). */
  actorOf: Map<string, string>;
  /** Actor id → its node ids, the actor first, then sorted. */
  members: Map<string, string[]>;
}

/**
 * Groups the nodes of `graph` into actors, each bounded by direct evidence — never by chains:
 * - a person is an actor with every phone and account an identity edge ties to them directly
 *   (person–phone, person–account); a phone or account listed with two people stays with the
 *   first person met in graph order, so two people are never joined;
 * - a wallet opened on a phone number goes with that number's SIM (the phone's holder, else the phone);
 * - a handset joins the actor of the phones that use it when they are all that actor's (one phone,
 *   or several phones of one person): a handset used with the SIMs of two actors is a shared device
 *   (a phone farm, a second-hand handset, or a misread file), kept as its own node — its links still
 *   shown — and never a bridge that merges the actors of the SIMs it was seen with;
 * - anything else (a phone nobody holds, a shared handset) is its own actor.
 * So an actor is a person (or an unheld identifier) with what is tied to it in one step, plus the
 * handsets only it uses: phone–handset–phone chains never grow an actor.
 *
 * NOTE: graph order is model order, so the same case always gives the same actors.
 */
export function groupActors(graph: AnalysisGraph): Actors {
  const { entities, edgeEnds, edgeIdentity, offsets, targets, identity } = graph;
  const n = entities.length;
  const isPerson = (i: number) => (entities[i] as Entity).type === 'person';
  const isDevice = (i: number) => (entities[i] as Entity).type === 'device';
  // NOTE: node index → its actor's index (-1: not yet known); `assigned` keeps the order of the map below as it always was.
  const actor = new Int32Array(n).fill(-1);
  const assigned: number[] = [];
  const assign = (node: number, to: number) => {
    actor[node] = to;
    assigned.push(node);
  };
  for (let i = 0; i < n; i++) if (isPerson(i)) assign(i, i);
  // One step from a person: the phones and accounts they hold (the first person met keeps a shared one).
  const edges = edgeEnds.length / 2;
  for (let e = 0; e < edges; e++) {
    pulse(e, edges);
    if (edgeIdentity[e] !== 1) continue;
    const source = edgeEnds[2 * e] as number;
    const target = edgeEnds[2 * e + 1] as number;
    const [person, held] = isPerson(source) ? [source, target] : [target, source];
    if (!isPerson(person) || isPerson(held) || isDevice(held) || (actor[held] as number) >= 0) continue;
    assign(held, person);
  }
  // A wallet opened on a phone number and that number's SIM (an identity edge with no person on it, see
  // tieWalletsToPhones): one subject, the phone's actor (its holder's, when a person holds it).
  for (let e = 0; e < edges; e++) {
    if (edgeIdentity[e] !== 1) continue;
    const a = edgeEnds[2 * e] as number;
    const b = edgeEnds[2 * e + 1] as number;
    if (isPerson(a) || isPerson(b) || isDevice(a) || isDevice(b)) continue;
    const [phone, wallet] = (entities[a] as Entity).type === 'phone' ? [a, b] : [b, a];
    if ((entities[phone] as Entity).type !== 'phone' || (entities[wallet] as Entity).type !== 'account') continue;
    if ((actor[phone] as number) < 0 && (actor[wallet] as number) < 0) assign(phone, phone);
    if ((actor[wallet] as number) < 0) assign(wallet, actor[phone] as number);
    else if ((actor[phone] as number) < 0) assign(phone, actor[wallet] as number);
  }
  for (let i = 0; i < n; i++) if ((actor[i] as number) < 0 && !isDevice(i)) assign(i, i);
  // A handset joins the actor all its users belong to; used by two actors' identifiers it stays its own.
  for (let i = 0; i < n; i++) {
    if ((actor[i] as number) >= 0) continue;
    let holder = -1;
    let shared = false;
    for (let s = offsets[i] as number; s < (offsets[i + 1] as number) && !shared; s++) {
      if (identity[s] !== 1) continue;
      const other = targets[s] as number;
      const of = isDevice(other) ? -1 : (actor[other] as number);
      if (of < 0 || (holder >= 0 && of !== holder)) shared = true;
      else holder = of;
    }
    assign(i, !shared && holder >= 0 ? holder : i);
  }

  const { ids } = graph;
  const actorOf = new Map<string, string>();
  for (const node of assigned) actorOf.set(ids[node] as string, ids[actor[node] as number] as string);
  const groups = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const id = ids[actor[i] as number] as string;
    const list = groups.get(id);
    if (list) list.push(ids[i] as string);
    else groups.set(id, [ids[i] as string]);
  }
  const members = new Map<string, string[]>();
  for (const [id, nodes] of groups) members.set(id, [id, ...nodes.filter((node) => node !== id).sort(compareIds)]);
  return { actorOf, members };
}

/** True when `id` is an actor that is a handset standing alone (a shared device): never ranked, see `groupActors`. */
export function isLoneHandset(graph: AnalysisGraph, actors: Actors, id: string): boolean {
  const i = graph.indexOf.get(id);
  return i !== undefined && graph.entities[i]?.type === 'device' && actors.actorOf.get(id) === id;
}
