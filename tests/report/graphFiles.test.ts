// GraphML and GEXF as Gephi and networkx read them: typed numbers, colours, positions, coordinates, mutual ties.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { gexf } from '../../src/core/report/exporters/gexf.ts';
import { graphml } from '../../src/core/report/exporters/graphml.ts';
import { xmlNameToken } from '../../src/core/report/exporters/xml.ts';
import { clusterColour } from '../../src/core/report/palette.ts';
import { sampleCase } from './fixtures.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, isArray: (name) => ['node', 'edge', 'data', 'key', 'attvalue', 'attribute', 'attributes'].includes(name) });

interface GexfNode { '@id': string; '@label': string; attvalues?: { attvalue: { '@for': string; '@value': string }[] }; 'viz:color': Record<string, string>; 'viz:position'?: Record<string, string> }
interface GexfEdge { '@id': string; '@type'?: string; '@source': string; '@target': string; attvalues?: { attvalue: { '@for': string; '@value': string }[] } }

function readGexf(text: string) {
  const root = xml.parse(text).gexf;
  const titles = (cls: string) => new Map<string, { id: string; type: string }>((root.graph.attributes as { '@class': string; attribute: { '@id': string; '@title': string; '@type': string }[] }[])
    .find((block) => block['@class'] === cls)?.attribute.map((a) => [a['@title'], { id: a['@id'], type: a['@type'] }]) ?? []);
  return { root, nodeAttributes: titles('node'), edgeAttributes: titles('edge'), nodes: root.graph.nodes.node as GexfNode[], edges: root.graph.edges.edge as GexfEdge[] };
}

function value(element: GexfNode | GexfEdge, id: string | undefined): string | undefined {
  return element.attvalues?.attvalue.find((attvalue) => attvalue['@for'] === id)?.['@value'];
}

describe('GEXF', () => {
  const { model, analysis } = sampleCase();
  const positions = new Map(model.entities.slice(0, 5).map((entity, i) => [entity.id, { x: i * 10, y: i * 20 }]));
  const read = readGexf(gexf(model, analysis, { generator: 't', generatedAt: '2025-01-31', positions }));

  it('declares money per currency, counts and durations as numbers, and writes them as numbers', () => {
    expect(read.edgeAttributes.get('amount_USD')?.type).toBe('double');
    expect(read.edgeAttributes.get('count')?.type).toBe('integer');
    expect(read.edgeAttributes.get('durationSeconds')?.type).toBe('double');
    const transfer = model.links.findIndex((link) => link.type === 'transferred' && link.amounts.USD !== undefined);
    const edge = read.edges[transfer];
    expect(edge && Number(value(edge, read.edgeAttributes.get('amount_USD')?.id))).toBe(model.links[transfer]?.amounts.USD);
    expect(read.edgeAttributes.has('amounts')).toBe(false);
  });

  it('colours every node by its cluster and places the drawn ones where the drawing had them', () => {
    model.entities.forEach((entity, i) => {
      const node = read.nodes[i];
      const hub = analysis.hubs.some((h) => h.id === entity.id);
      const hex = `#${['r', 'g', 'b'].map((c) => Number(node?.['viz:color'][`@${c}`]).toString(16).padStart(2, '0')).join('')}`;
      if (!hub) expect(hex).toBe(clusterColour(analysis.clusterOf[entity.id]));
    });
    expect(read.nodes[2]?.['viz:position']).toMatchObject({ '@x': '20', '@y': '-40' });
    expect(read.nodes[7]?.['viz:position']).toBeUndefined();
  });

  it('gives places their coordinates as numbers', () => {
    const place = model.entities.findIndex((entity) => entity.type === 'location' && entity.attributes.latitude);
    expect(read.nodeAttributes.get('latitude')?.type).toBe('double');
    const node = read.nodes[place];
    expect(node && Number(value(node, read.nodeAttributes.get('latitude')?.id))).toBe(Number(model.entities[place]?.attributes.latitude));
  });

  it('writes associations as mutual edges and calls as directed ones', () => {
    model.links.forEach((link, i) => expect(read.edges[i]?.['@type'], link.type).toBe(link.type === 'associated' || link.type === 'linked' ? 'mutual' : undefined));
    expect(model.links.some((link) => link.type === 'associated')).toBe(true);
  });

  it('writes GEXF 1.2 for older readers with the 1.2 namespaces', () => {
    const text = gexf(model, analysis, { generator: 't', generatedAt: '2025-01-31', version: '1.2' });
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(text).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(readGexf(text).root['@version']).toBe('1.2');
  });
});

describe('GraphML', () => {
  const { model, analysis } = sampleCase();

  it('uses XML-safe generated ids and keys, with money as doubles', () => {
    const root = xml.parse(graphml(model, analysis)).graphml;
    const keys = root.key as { '@id': string; '@attr.name': string; '@attr.type': string; '@for': string }[];
    for (const key of keys) expect(key['@id']).toMatch(/^[ne]_\d+$/);
    expect(keys.find((key) => key['@attr.name'] === 'amount_THB')).toMatchObject({ '@attr.type': 'double', '@for': 'edge' });
    for (const node of root.graph.node as { '@id': string }[]) expect(node['@id']).toMatch(/^n\d+$/);
  });
});

describe('xmlNameToken', () => {
  it.each([
    ['amount_USD', 'amount_USD'],
    ['amount_US D', 'amount_US_x0020_D'],
    ['amount_=USD', 'amount__x003D_USD'],
    ['amount_ကျပ်', 'amount__x1000__x103B__x1015__x103A_'],
    ['amount_💰', 'amount__x1F4B0_'],
    ['', '_'],
  ])('writes %j as the NMTOKEN %j', (name, token) => {
    expect(xmlNameToken(name)).toBe(token);
  });
});
