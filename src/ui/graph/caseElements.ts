// A subgraph as cytoscape elements: size by strength, colour by cluster or country, line style by link type.
import type { Subgraph } from '../../core/workbench/subgraph.ts';
import { LINK_LABELS } from '../format/labels.ts';
import type { ElementDefinition } from './cytoscapeSetup.ts';
import { clusterColour, countryColour, HUB_COLOUR, LINK_STYLES, NODE_SHAPES } from './palette.ts';
import { visibleText } from '../format/visibleText.ts';

export type ColourBy = 'cluster' | 'country';

/** `say` gives an entity's label in the reader's language (the names Simpul made up); the label as stored when absent. */
export function caseElements(
  subgraph: Subgraph, colourBy: ColourBy, say: (entity: { type: string; key: string; label: string }) => string = (entity) => entity.label,
): ElementDefinition[] {
  const maxStrength = Math.max(1, ...subgraph.nodes.map((node) => node.strength));
  const nodes: ElementDefinition[] = subgraph.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id, label: visibleText(say({ type: node.type, key: node.id.slice(node.type.length + 1), label: node.label })), type: node.type, ...(node.cluster ? { cluster: node.cluster } : {}),
      colour: node.hub ? HUB_COLOUR : colourBy === 'cluster' ? clusterColour(node.cluster) : countryColour(node.country),
      shape: NODE_SHAPES[node.type],
      size: Math.round(14 + 22 * Math.sqrt(node.strength / maxStrength)),
    },
    classes: [node.hub ? 'hub' : '', node.victim ? 'victim' : '', node.unstable ? 'unstable' : ''].filter(Boolean).join(' '),
  }));
  const edges: ElementDefinition[] = subgraph.edges.map((edge) => {
    const style = LINK_STYLES[edge.link.type];
    return {
      group: 'edges',
      data: {
        id: edge.id, source: edge.source, target: edge.target, type: edge.link.type, label: LINK_LABELS[edge.link.type],
        colour: style.colour, line: style.line, weight: edge.weight, width: Math.min(8, 0.8 + Math.log2(1 + edge.weight)),
      },
      classes: style.arrow ? 'directed' : '',
    };
  });
  return [...nodes, ...edges];
}
