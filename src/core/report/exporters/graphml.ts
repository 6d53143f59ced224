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
  const { nodeSpecs, edgeSpecs } = elements;
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
  const nodeKeys = dataTags('n', allNodeSpecs.length);
  const edgeKeys = dataTags('e', edgeSpecs.length);
  const [red, green, blue, x, y] = nodeKeys.slice(base);
  elements.eachNode((node) => {
    let data = dataOf(nodeKeys, node.values);
    data += `${red}${node.colour.r}</data>${green}${node.colour.g}</data>${blue}${node.colour.b}</data>`;
    if (node.position) data += `${x}${node.position.x}</data>${y}${node.position.y}</data>`;
    out.write(`    <node id="${node.id}">${data}</node>\n`);
  });
  elements.eachEdge((edge) => out.write(`    <edge id="${edge.id}" source="${edge.source}" target="${edge.target}">${dataOf(edgeKeys, edge.values)}</edge>\n`));
  out.write('  </graph>\n</graphml>\n');
}

/** `<data key="n_0">`, `<data key="n_1">`, …: each key's opening tag, made once per file. */
function dataTags(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `<data key="${prefix}_${index}">`);
}

function keyLine(id: string, domain: 'node' | 'edge', spec: AttributeSpec): string {
  return `  <key id="${id}" for="${domain}" attr.name="${xmlNameToken(spec.name)}" attr.type="${spec.type}"/>`;
}

function dataOf(tags: readonly string[], values: AttributeValues): string {
  let data = '';
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value !== undefined) data += `${tags[index]}${xmlText(value)}</data>`;
  }
  return data;
}
