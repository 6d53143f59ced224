// Colours: one per cluster (stable by cluster number), one per country; shapes and line styles per type.
import type { EntityType, LinkType } from '../../core/model/types.ts';
import { CLUSTER_COLOURS, HUB_COLOUR, UNKNOWN_COLOUR, clusterColour } from '../../core/report/palette.ts';

export { HUB_COLOUR, UNKNOWN_COLOUR, clusterColour };

const COUNTRY_COLOURS: Record<string, string> = {
  ID: '#c0504d', MY: '#2f6fb0', TH: '#6a4fa3', MM: '#d08b1a', KH: '#1f9aa3', LA: '#3a9a5b', VN: '#b0673f',
  PH: '#4b5fc4', CN: '#8c2f39', SG: '#c05c93', TW: '#5f7d1f', KR: '#2e8a7a',
};


export function countryColour(country: string | undefined): string {
  if (!country) return UNKNOWN_COLOUR;
  const known = COUNTRY_COLOURS[country];
  if (known) return known;
  let hash = 0;
  for (const char of country) hash = (hash * 31 + char.charCodeAt(0)) % 9973;
  return CLUSTER_COLOURS[hash % CLUSTER_COLOURS.length] ?? UNKNOWN_COLOUR;
}

export const NODE_SHAPES: Record<EntityType, string> = {
  person: 'ellipse', phone: 'round-triangle', account: 'round-rectangle', location: 'diamond', device: 'hexagon',
};

export interface LinkStyle {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
}

export const LINK_STYLES: Record<LinkType, LinkStyle> = {
  called: { colour: '#6b8fb5', line: 'solid', arrow: true },
  transferred: { colour: '#2f8a4e', line: 'solid', arrow: true },
  holds_account: { colour: '#56606b', line: 'dashed', arrow: false },
  uses_phone: { colour: '#56606b', line: 'dashed', arrow: false },
  uses_device: { colour: '#8a7a5c', line: 'dashed', arrow: false },
  seen_at: { colour: '#a0785a', line: 'dotted', arrow: false },
  associated: { colour: '#8a5cb8', line: 'solid', arrow: false },
  linked: { colour: '#9aa3ad', line: 'dotted', arrow: false },
};
