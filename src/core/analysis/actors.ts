// Actors: a person with the phones, accounts and handsets they hold is one actor, ranked as one.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { compareIds } from '../model/order.ts';
import { isIdentityEdge } from './identity.ts';
import { pulse } from '../progressPulse.ts';

/** Who stands behind each node. */
export interface Actors {
  /** Node id → actor id (the person's id, or the first identifier's id when nobody is known). */
  actorOf: Map<string, string>;
  /** Actor id → its node ids, the actor first, then sorted. */
  members: Map<string, string[]>;
}

/**
 * Groups the nodes of `graph` into actors along identity edges (person–phone, person–account,
 * phone–handset), never joining two people: a handset shared by two people's SIMs, or a phone two
 * people are listed as using, stays with the first person met in graph order.
 *
 * NOTE: graph order is model order, so the same case always gives the same actors.
 */
export function groupActors(graph: CaseGraph): Actors {
  const parent = new Map<string, string>();
  const hasPerson = new Map<string, boolean>();
  graph.forEachNode((node, attributes) => {
    parent.set(node, node);
    hasPerson.set(node, attributes.type === 'person');
  });
  const find = (node: string): string => {
    let root = node;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    let cursor = node;
    while (cursor !== root) {
      const next = parent.get(cursor) as string;
      parent.set(cursor, root);
      cursor = next;
    }
    return root;
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    pulse();
    if (!isIdentityEdge(attributes.types)) return;
    const [a, b] = [find(source), find(target)];
    if (a === b || (hasPerson.get(a) && hasPerson.get(b))) return;
    // Keep a person at the root, so the actor is named after them.
    const [root, child] = hasPerson.get(b) ? [b, a] : [a, b];
    parent.set(child, root);
    hasPerson.set(root, (hasPerson.get(root) ?? false) || (hasPerson.get(child) ?? false));
  });

  const groups = new Map<string, string[]>();
  graph.forEachNode((node) => {
    const root = find(node);
    const list = groups.get(root) ?? [];
    list.push(node);
    groups.set(root, list);
  });
  const actorOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const nodes of groups.values()) {
    const person = nodes.find((node) => graph.getNodeAttribute(node, 'type') === 'person');
    const sorted = [...nodes].sort(compareIds);
    const id = person ?? (sorted[0] as string);
    members.set(id, [id, ...sorted.filter((node) => node !== id)]);
    for (const node of nodes) actorOf.set(node, id);
  }
  return { actorOf, members };
}
