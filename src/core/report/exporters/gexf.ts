// graph.gexf: the case graph in GEXF 1.3 (or 1.2 for older readers) for Gephi and networkx `read_gexf`.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel } from '../../model/types.ts';
import { graphElements, type AttributeSpec, type AttributeValues, type GraphElements, type Positions } from './graphAttributes.ts';
import { xmlText } from './xml.ts';
import { collectText, type TextOut } from '../textOut.ts';

export interface GexfContext {
  generator: string;
  /** ISO date (the date part is written as GEXF `lastmodifieddate`). */
  generatedAt: string;
  /** 1.3 (default, Gephi 0.9+) or 1.2 (networkx before 3.0 and other older readers). */
  version?: '1.3' | '1.2';
  positions?: Positions;
}

// NOTE: only the 1.2 file names its XSD (xsi:schemaLocation). GEXF 1.3's published XSD does not compile
// (gephi/gexf issue 19), so 1.3 is checked against its RelaxNG grammar, which has no xsi: attribute: a 1.3 file
// carrying one would be invalid against the one grammar that works.
const NAMESPACES = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', schema: undefined },
  '1.2': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', schema: 'http://www.gexf.net/1.2draft/gexf.xsd' },
} as const;

const GEXF_TYPES: Record<AttributeSpec['type'], string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

// NOTE: Gephi's own node and edge tables already have Label, Type and Weight columns; label and weight are
// written as GEXF's built-in XML attributes, and the link's type and label get titles that cannot clash.
const TITLES = new Map([['type', 'linkType'], ['label', 'linkLabel']]);

// NOTE: undirected associations are `type="mutual"` edges inside the directed graph: GEXF's word for a tie
// that runs both ways. networkx reads them as two arcs; an `undirected` edge in a directed graph it refuses.
/**
 * GEXF: nodes with label, attributes, viz colour (by cluster), position (when drawn) and typed, weighted edges.
 * `elements`, when given, are this case's `graphElements` (with the positions) already built for another export.
 */
export function gexf(model: CaseModel, analysis: AnalysisResult, context: GexfContext, given?: GraphElements): string {
  return collectText((out) => writeGexf(out, given ?? graphElements(model, analysis, context.positions), context));
}

/** The same GEXF, written a node and an edge at a time. */
export function writeGexf(out: TextOut, elements: GraphElements, context: GexfContext): void {
  out.write(gexfHead(elements, context));
  writeGexfBody(out, elements);
}

// NOTE: GEXF 1.3 and 1.2 differ only in their head (version, namespaces, schema): the nodes and edges below it are the
// same text, so the CLI writes both files from one visit of the graph (see exportGexfVersions).
/** Everything before the first node: declaration, namespaces of the version, meta, attribute columns, `<nodes>`. */
export function gexfHead(elements: GraphElements, context: GexfContext): string {
  const version = context.version ?? '1.3';
  const ns = NAMESPACES[version];
  const { nodeColumns, edgeColumns } = gexfColumns(elements);
  const date = /^\d{4}-\d{2}-\d{2}/.exec(context.generatedAt)?.[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}"`
      + `${ns.schema ? ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ns.gexf} ${ns.schema}"` : ''} version="${version}">`,
    `  <meta${date ? ` lastmodifieddate="${date}"` : ''}><creator>${xmlText(context.generator)}</creator><description>Simpul case graph</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...nodeColumns.map(({ spec }, index) => attributeLine(index, spec.name, spec)),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeColumns.map(({ spec }, index) => attributeLine(index, TITLES.get(spec.name) ?? spec.name, spec)),
    '    </attributes>',
    '    <nodes>',
    '',
  ].join('\n');
}

/** The nodes, the edges and the closing tags: the same in every GEXF version. */
export function writeGexfBody(out: TextOut, elements: GraphElements): void {
  const { nodeColumns, edgeColumns } = gexfColumns(elements);
  const typeIndex = elements.edgeSpecs.findIndex((spec) => spec.name === 'type');
  elements.eachNode((node) => {
    const { r, g, b } = node.colour;
    const position = node.position ? `<viz:position x="${node.position.x}" y="${-node.position.y}" z="0"/>` : '';
    out.write(`      <node id="${node.id}" label="${xmlText(node.label)}">${attvalues(nodeColumns, node.values)}`
      + `<viz:color r="${r}" g="${g}" b="${b}"/>${position}</node>\n`);
  });
  out.write('    </nodes>\n    <edges>\n');
  elements.eachEdge((edge) => {
    const label = edge.values[typeIndex];
    out.write(`      <edge id="${edge.id}" source="${edge.source}" target="${edge.target}"${edge.directed ? '' : ' type="mutual"'}`
      + ` weight="${edge.weight}" label="${xmlText(typeof label === 'string' ? label : '')}">${attvalues(edgeColumns, edge.values)}</edge>\n`);
  });
  out.write('    </edges>\n  </graph>\n</gexf>\n');
}

// NOTE: label and weight are GEXF's own XML attributes: their values are left out of the attvalues.
function gexfColumns(elements: GraphElements): { nodeColumns: Column[]; edgeColumns: Column[] } {
  return { nodeColumns: columnsWithout(elements.nodeSpecs, 'label'), edgeColumns: columnsWithout(elements.edgeSpecs, 'weight') };
}

interface Column {
  spec: AttributeSpec;
  /** Where the column's value sits in an element's values. */
  at: number;
  /** `<attvalue for="3" value="`: the column's opening, made once per file. */
  open: string;
}

function columnsWithout(specs: readonly AttributeSpec[], name: string): Column[] {
  const kept = specs.flatMap((spec, at) => (spec.name === name ? [] : [{ spec, at }]));
  return kept.map((column, index) => ({ ...column, open: `<attvalue for="${index}" value="` }));
}

function attributeLine(index: number, title: string, spec: AttributeSpec): string {
  return `      <attribute id="${index}" title="${xmlText(title)}" type="${GEXF_TYPES[spec.type]}"/>`;
}

function attvalues(columns: readonly Column[], values: AttributeValues): string {
  let parts = '';
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index] as Column;
    const value = values[column.at];
    if (value !== undefined) parts += `${column.open}${xmlText(value)}"/>`;
  }
  return parts === '' ? '' : `<attvalues>${parts}</attvalues>`;
}
