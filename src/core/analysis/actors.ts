// Actors: a person with the phones and accounts they hold, and the handsets only they use, is one actor, ranked as one.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { compareIds } from '../model/order.ts';
import { isIdentityEdge } from './identity.ts';
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
export function groupActors(graph: CaseGraph): Actors {
  const actorOf = new Map<string, string>();
  const isPerson = (node: string) => graph.getNodeAttribute(node, 'type') === 'person';
  const isDevice = (node: string) => graph.getNodeAttribute(node, 'type') === 'device';
  graph.forEachNode((node, attributes) => {
    if (attributes.type === 'person') actorOf.set(node, node);
  });
  // One step from a person: the phones and accounts they hold (the first person met keeps a shared one).
  graph.forEachEdge((_edge, attributes, source, target) => {
    pulse();
    if (!isIdentityEdge(attributes.types)) return;
    const [person, held] = isPerson(source) ? [source, target] : [target, source];
    if (!isPerson(person) || isPerson(held) || isDevice(held) || actorOf.has(held)) return;
    actorOf.set(held, person);
  });
  graph.forEachNode((node) => {
    if (!actorOf.has(node) && !isDevice(node)) actorOf.set(node, node);
  });
  // A handset joins the actor all its users belong to; used by two actors' identifiers it stays its own.
  graph.forEachNode((node) => {
    if (actorOf.has(node)) return;
    let holder: string | undefined;
    let shared = false;
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (shared || !isIdentityEdge(attributes.types)) return;
      const other = source === node ? target : source;
      const actor = isDevice(other) ? undefined : actorOf.get(other);
      if (actor === undefined || (holder !== undefined && actor !== holder)) shared = true;
      else holder = actor;
    });
    actorOf.set(node, !shared && holder !== undefined ? holder : node);
  });

  const groups = new Map<string, string[]>();
  graph.forEachNode((node) => {
    const actor = actorOf.get(node) as string;
    const list = groups.get(actor);
    if (list) list.push(node);
    else groups.set(actor, [node]);
  });
  const members = new Map<string, string[]>();
  for (const [id, nodes] of groups) members.set(id, [id, ...nodes.filter((node) => node !== id).sort(compareIds)]);
  return { actorOf, members };
}

/** True when `id` is an actor that is a handset standing alone (a shared device): never ranked, see `groupActors`. */
export function isLoneHandset(graph: CaseGraph, actors: Actors, id: string): boolean {
  return graph.hasNode(id) && graph.getNodeAttribute(id, 'type') === 'device' && actors.actorOf.get(id) === id;
}
