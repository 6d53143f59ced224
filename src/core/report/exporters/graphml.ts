// graph.graphml: the case graph for Gephi, yEd, Cytoscape desktop and networkx `read_graphml`.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel } from '../../model/types.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, graphElements, type AttributeSpec, type AttributeValues } from './graphAttributes.ts';
import { xmlText } from './xml.ts';

// NOTE: one directed graph. Associations are stored once with `directed=false` as data, not as a GraphML
// per-edge `directed` attribute: networkx refuses undirected edges inside a directed graph.
/** GraphML with a `<key>` declared for every attribute (`n_<name>` on nodes, `e_<name>` on edges). */
export function graphml(model: CaseModel, analysis: AnalysisResult): string {
  const { nodes, edges } = graphElements(model, analysis);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_ATTRIBUTES.map((spec) => keyLine('n', 'node', spec)),
    ...EDGE_ATTRIBUTES.map((spec) => keyLine('e', 'edge', spec)),
    '  <graph id="simpul" edgedefault="directed">',
  ];
  for (const node of nodes) {
    out.push(`    <node id="${xmlText(node.id)}">${dataOf('n', NODE_ATTRIBUTES, node.values)}</node>`);
  }
  for (const edge of edges) {
    out.push(`    <edge id="${edge.id}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">${dataOf('e', EDGE_ATTRIBUTES, edge.values)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function keyLine(prefix: string, domain: 'node' | 'edge', spec: AttributeSpec): string {
  return `  <key id="${prefix}_${spec.name}" for="${domain}" attr.name="${spec.name}" attr.type="${spec.type}"/>`;
}

function dataOf(prefix: string, specs: readonly AttributeSpec[], values: AttributeValues): string {
  return specs
    .map((spec) => {
      const value = values[spec.name];
      return value === undefined ? '' : `<data key="${prefix}_${spec.name}">${xmlText(value)}</data>`;
    })
    .join('');
}
