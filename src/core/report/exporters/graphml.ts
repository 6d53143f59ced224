// graph.graphml: the case graph for Gephi, yEd, Cytoscape desktop and networkx `read_graphml`.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel } from '../../model/types.ts';
import { graphElements, type AttributeSpec, type AttributeValues, type GraphElements, type Positions } from './graphAttributes.ts';
import { xmlNameToken, xmlText } from './xml.ts';
import { collectText, type TextOut } from '../textOut.ts';

// NOTE: node ids are generated (`n0`…): GraphML ids are XML NMTOKENs, and a phone's `+` broke the schema.
// The entity's own id travels as the `simpulId` attribute. Key ids are generated too (`n_3`, `e_9`) because
// an attribute name may hold data (a currency). One directed graph; associations carry `directed=false` as
// data rather than GraphML's per-edge `directed`, which networkx refuses inside a directed graph.
/**
 * GraphML 1.0 with a `<key>` declared for every attribute, valid against the GraphML schema. `elements`, when
 * given, are this case's `graphElements` (with these positions) already built for another export.
 */
export function graphml(model: CaseModel, analysis: AnalysisResult, positions?: Positions, elements?: GraphElements): string {
  return collectText((out) => writeGraphml(out, elements ?? graphElements(model, analysis, positions)));
}

/** The same GraphML, written a node and an edge at a time. */
export function writeGraphml(out: TextOut, elements: GraphElements): void {
  const { nodeSpecs, edgeSpecs, nodes, edges } = elements;
  const layoutSpecs: AttributeSpec[] = elements.positioned ? [{ name: 'x', type: 'double' }, { name: 'y', type: 'double' }] : [];
  const allNodeSpecs = [...nodeSpecs, { name: 'r', type: 'int' } as const, { name: 'g', type: 'int' } as const, { name: 'b', type: 'int' } as const, ...layoutSpecs];
  out.write([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...allNodeSpecs.map((spec, index) => keyLine(`n_${index}`, 'node', spec)),
    ...edgeSpecs.map((spec, index) => keyLine(`e_${index}`, 'edge', spec)),
    '  <graph id="simpul" edgedefault="directed">',
    '',
  ].join('\n'));
  const base = nodeSpecs.length;
  for (const node of nodes) {
    let data = dataOf('n', node.values);
    data += `<data key="n_${base}">${node.colour.r}</data><data key="n_${base + 1}">${node.colour.g}</data><data key="n_${base + 2}">${node.colour.b}</data>`;
    if (node.position) data += `<data key="n_${base + 3}">${node.position.x}</data><data key="n_${base + 4}">${node.position.y}</data>`;
    out.write(`    <node id="${node.id}">${data}</node>\n`);
  }
  for (const edge of edges) out.write(`    <edge id="${edge.id}" source="${edge.source}" target="${edge.target}">${dataOf('e', edge.values)}</edge>\n`);
  out.write('  </graph>\n</graphml>\n');
}

function keyLine(id: string, domain: 'node' | 'edge', spec: AttributeSpec): string {
  return `  <key id="${id}" for="${domain}" attr.name="${xmlNameToken(spec.name)}" attr.type="${spec.type}"/>`;
}

function dataOf(prefix: string, values: AttributeValues): string {
  let data = '';
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value !== undefined) data += `<data key="${prefix}_${index}">${xmlText(value)}</data>`;
  }
  return data;
}
