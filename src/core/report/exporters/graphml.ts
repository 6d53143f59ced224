// graph.graphml: the case graph for Gephi, yEd, Cytoscape desktop and networkx `read_graphml`.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel } from '../../model/types.ts';
import { graphElements, type AttributeSpec, type AttributeValues, type GraphElements, type Positions } from './graphAttributes.ts';
import { xmlNameToken, xmlText } from './xml.ts';

// NOTE: node ids are generated (`n0`…): GraphML ids are XML NMTOKENs, and a phone's `+` broke the schema.
// The entity's own id travels as the `simpulId` attribute. Key ids are generated too (`n_3`, `e_9`) because
// an attribute name may hold data (a currency). One directed graph; associations carry `directed=false` as
// data rather than GraphML's per-edge `directed`, which networkx refuses inside a directed graph.
/**
 * GraphML 1.0 with a `<key>` declared for every attribute, valid against the GraphML schema. `elements`, when
 * given, are this case's `graphElements` (with these positions) already built for another export.
 */
export function graphml(model: CaseModel, analysis: AnalysisResult, positions?: Positions, elements?: GraphElements): string {
  const { nodeSpecs, edgeSpecs, nodes, edges } = elements ?? graphElements(model, analysis, positions);
  const withLayout = nodes.some((node) => node.position);
  const layoutSpecs: AttributeSpec[] = withLayout ? [{ name: 'x', type: 'double' }, { name: 'y', type: 'double' }] : [];
  const allNodeSpecs = [...nodeSpecs, { name: 'r', type: 'int' } as const, { name: 'g', type: 'int' } as const, { name: 'b', type: 'int' } as const, ...layoutSpecs];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...allNodeSpecs.map((spec, index) => keyLine(`n_${index}`, 'node', spec)),
    ...edgeSpecs.map((spec, index) => keyLine(`e_${index}`, 'edge', spec)),
    '  <graph id="simpul" edgedefault="directed">',
  ];
  for (const node of nodes) {
    const values = new Map<string, string | number | boolean>([...node.values, ['r', node.colour.r], ['g', node.colour.g], ['b', node.colour.b]]);
    if (node.position) values.set('x', node.position.x).set('y', node.position.y);
    out.push(`    <node id="${node.id}">${dataOf('n', allNodeSpecs, values)}</node>`);
  }
  for (const edge of edges) {
    out.push(`    <edge id="${edge.id}" source="${edge.source}" target="${edge.target}">${dataOf('e', edgeSpecs, edge.values)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function keyLine(id: string, domain: 'node' | 'edge', spec: AttributeSpec): string {
  return `  <key id="${id}" for="${domain}" attr.name="${xmlNameToken(spec.name)}" attr.type="${spec.type}"/>`;
}

function dataOf(prefix: string, specs: readonly AttributeSpec[], values: AttributeValues): string {
  return specs
    .map((spec, index) => {
      const value = values.get(spec.name);
      return value === undefined ? '' : `<data key="${prefix}_${index}">${xmlText(value)}</data>`;
    })
    .join('');
}
