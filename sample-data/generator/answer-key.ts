// The answer key: who belongs to which syndicate, the broker, the decoys and the hubs, in canonical keys.

import type { Crew } from './cast.ts';
import type { BrokerKind } from './shape.ts';
import type { BadRow, Iso2, Role, World } from './types.ts';

export interface KeyMember {
  type: 'person' | 'phone' | 'account' | 'location';
  key: string;
  role?: Role;
}

export interface AnswerKey {
  type: 'simpul-answer-key';
  version: 1;
  generator: string;
  seed: number;
  syndicates: { id: string; name: string; hub: string; countries: Iso2[]; crossBorder: boolean; members: KeyMember[] }[];
  /** The training case's OTC trader has no `kind`; brokers planted by a case shape say theirs. */
  brokers: (KeyMember & { bridges: string[]; kind?: BrokerKind })[];
  decoys: (KeyMember & { why: string })[];
  hubs: (KeyMember & { why: string })[];
  badRows: BadRow[];
  files: Record<string, number>;
}

export function buildAnswerKey(seed: number, world: World, crews: Crew[], badRows: BadRow[], files: Record<string, number>): AnswerKey {
  const syndicates = crews.map(({ syndicate: s }) => {
    const members: KeyMember[] = [
      ...s.persons.slice().sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => ({ type: 'person' as const, key: p.id, role: p.role })),
      ...s.phones.map((p) => ({ type: 'phone' as const, key: p.e164 })),
      ...s.accounts.map((a) => ({ type: 'account' as const, key: a.key })),
      ...s.places.map((p) => ({ type: 'location' as const, key: p.id })),
    ];
    const countries = new Set<Iso2>([
      ...s.persons.map((p) => p.nationality), ...s.phones.map((p) => p.country),
      ...s.accounts.map((a) => a.country), ...s.places.map((p) => p.country),
    ]);
    const sorted = [...countries].sort();
    return { id: s.id, name: s.name, hub: s.hub, countries: sorted, crossBorder: sorted.length > 1, members };
  });
  const { broker } = world;
  const bridges = broker.bridges;
  return {
    type: 'simpul-answer-key',
    version: 1,
    generator: 'sample-data/generate.ts',
    seed,
    syndicates,
    brokers: [
      { type: 'person', key: broker.person.id, role: 'broker', bridges },
      { type: 'phone', key: broker.phone.e164, bridges },
      ...broker.accounts.map((a) => ({ type: 'account' as const, key: a.key, bridges })),
      ...(world.planted ?? []).flatMap((p) => [
        { type: 'person' as const, key: p.person.id, role: p.person.role, bridges: p.bridges, kind: p.kind },
        ...p.phones.map((phone) => ({ type: 'phone' as const, key: phone.e164, bridges: p.bridges, kind: p.kind })),
        ...p.accounts.map((a) => ({ type: 'account' as const, key: a.key, bridges: p.bridges, kind: p.kind })),
      ]),
    ],
    decoys: world.decoys.map((d) => ({ type: 'person' as const, key: d.person.id, role: d.person.role, why: d.why })),
    hubs: [
      ...world.hubs.phones.map((p) => ({ type: 'phone' as const, key: p.e164, why: `${p.service ?? 'service number'}: called from most syndicates` })),
      ...world.hubs.places.map((p) => ({ type: 'location' as const, key: p.id, why: `${p.name}: transit point where people of many syndicates are sighted` })),
    ],
    badRows: badRows.slice().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    files,
  };
}
