// Words the interface uses for the model's codes: entity and link types, file kinds, column roles.

import type { EntityType, LinkType } from '../../core/model/types.ts';
import type { FileKind } from '../../core/ingest/roles.ts';
import type { PipelineStage } from '../../core/pipeline.ts';

export const ENTITY_LABELS: Record<EntityType, string> = {
  person: 'Person', phone: 'Phone', account: 'Account', location: 'Location', device: 'Device',
};

export const ENTITY_SINGULARS: Record<EntityType, string> = {
  person: 'person', phone: 'phone', account: 'account', location: 'place', device: 'device',
};

export const ENTITY_PLURALS: Record<EntityType, string> = {
  person: 'people', phone: 'phones', account: 'accounts', location: 'places', device: 'devices',
};

export const LINK_LABELS: Record<LinkType, string> = {
  uses_phone: 'uses phone', holds_account: 'holds account', called: 'call', transferred: 'transfer',
  seen_at: 'seen at', associated: 'associated', uses_device: 'uses device', linked: 'linked',
};

export const KIND_LABELS: Record<FileKind, string> = {
  people: 'People list', subscribers: 'Subscriber list', account_holders: 'Account holders', locations: 'Places',
  calls: 'Call records (CDR)', transfers: 'Transfers', statement: 'Account statement (one account)', sightings: 'Sightings', associations: 'Associations', links: 'Generic links',
};

export const STAGE_LABELS: Record<PipelineStage, string> = {
  read: 'Read', parse: 'Parse', plan: 'Plan', normalise: 'Normalise', resolve: 'Resolve', cluster: 'Cluster', stability: 'Stability', profile: 'Profile',
};

export const DATE_FORMAT_LABELS = { iso: 'ISO  2024-03-31', dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year/month/day' } as const;

/** `1 person`, `3 phones`. */
export function countOf(type: EntityType, count: number): string {
  return `${count} ${count === 1 ? ENTITY_SINGULARS[type] : ENTITY_PLURALS[type]}`;
}

/** `phone_a` → `phone a`. */
export function roleLabel(role: string): string {
  return role.replace(/_/g, ' ');
}
