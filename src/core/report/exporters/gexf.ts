// graph.gexf: the case graph in GEXF 1.3 for Gephi (and networkx `read_gexf`), attributes declared.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel } from '../../model/types.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, graphElements, type AttributeSpec, type AttributeValues } from './graphAttributes.ts';
import { xmlText } from './xml.ts';

export interface GexfContext {
  generator: string;
  /** ISO date (the date part is written as GEXF `lastmodifieddate`). */
  generatedAt: string;
}

const GEXF_TYPES: Record<AttributeSpec['type'], string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

// NOTE: Gephi's own node and edge tables already have Label, Type and Weight columns; label and weight are
// written as GEXF's built-in XML attributes, and the link's type and label get titles that cannot clash.
const NODE_SPECS = NODE_ATTRIBUTES.filter((spec) => spec.name !== 'label');
const EDGE_SPECS = EDGE_ATTRIBUTES.filter((spec) => spec.name !== 'weight');
const TITLES: Record<string, string> = { type: 'linkType', label: 'linkLabel' };

// NOTE: like the GraphML, one directed graph; undirected associations carry `directed=false` as data,
// because networkx refuses `type="undirected"` edges in a directed graph.
/** GEXF 1.3: nodes with label and attributes, weighted edges labelled by type. */
export function gexf(model: CaseModel, analysis: AnalysisResult, context: GexfContext): string {
  const { nodes, edges } = graphElements(model, analysis);
  const date = /^\d{4}-\d{2}-\d{2}/.exec(context.generatedAt)?.[0];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${date ? ` lastmodifieddate="${date}"` : ''}><creator>${xmlText(context.generator)}</creator><description>Simpul case graph</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_SPECS.map((spec, index) => attributeLine(index, spec.name, spec)),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_SPECS.map((spec, index) => attributeLine(index, TITLES[spec.name] ?? spec.name, spec)),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of nodes) {
    out.push(`      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}">${attvalues(NODE_SPECS, node.values)}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const edge of edges) {
    const label = typeof edge.values.type === 'string' ? edge.values.type : '';
    out.push(`      <edge id="${edge.id}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" weight="${edge.weight}" label="${xmlText(label)}">`
      + `${attvalues(EDGE_SPECS, edge.values)}</edge>`);
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function attributeLine(index: number, title: string, spec: AttributeSpec): string {
  return `      <attribute id="${index}" title="${title}" type="${GEXF_TYPES[spec.type]}"/>`;
}

function attvalues(specs: readonly AttributeSpec[], values: AttributeValues): string {
  const parts = specs.flatMap((spec, index) => {
    const value = values[spec.name];
    return value === undefined ? [] : [`<attvalue for="${index}" value="${xmlText(value)}"/>`];
  });
  return parts.length === 0 ? '' : `<attvalues>${parts.join('')}</attvalues>`;
}
