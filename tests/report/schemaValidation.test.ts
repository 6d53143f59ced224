// GraphML and GEXF checked by libxml2 (xmllint-wasm) against the formats' own schemas, vendored in tests/fixtures/schemas.
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { entityId, linkId, type CaseModel, type Entity, type EntityType, type Link, type LinkType } from '../../src/core/model/types.ts';
import { analyseModel } from '../../src/core/pipeline.ts';
import { gexf } from '../../src/core/report/exporters/gexf.ts';
import { graphml } from '../../src/core/report/exporters/graphml.ts';
import type { Positions } from '../../src/core/report/exporters/graphAttributes.ts';
import { hostileCase, sampleCase } from './fixtures.ts';

const SCHEMAS = new URL('../fixtures/schemas/', import.meta.url);
const MEMORY = { maxMemoryPages: 16384 } as const;

function schemaFile(folder: string, name: string) {
  return { fileName: name, contents: readFileSync(new URL(`${folder}/${name}`, SCHEMAS), 'utf8') };
}

const GRAPHML = ['graphml.xsd', 'graphml-structure.xsd', 'xlink.xsd'].map((name) => schemaFile('graphml-1.0', name));
const GEXF_12 = ['gexf.xsd', 'data.xsd', 'dynamics.xsd', 'hierarchy.xsd', 'phylogenics.xsd', 'viz.xsd'].map((name) => schemaFile('gexf-1.2', name));
const GEXF_13 = ['gexf.rng', 'dynamics.rng', 'viz.rng'].map((name) => schemaFile('gexf-1.3', name));

type Kind = 'graphml' | 'gexf-1.2' | 'gexf-1.3';

/** Validates several files of one kind in one xmllint run; the errors of each file, by file name (none: valid). */
async function validateAll(kind: Kind, files: readonly { name: string; text: string }[]): Promise<Map<string, string[]>> {
  const [schema, ...preload] = kind === 'graphml' ? GRAPHML : kind === 'gexf-1.2' ? GEXF_12 : GEXF_13;
  const xml = files.map(({ name, text }) => ({ fileName: name, contents: kind === 'gexf-1.2' ? asOfficial12(text) : text }));
  const result = await validateXML({ xml, schema: [schema!], preload, extension: kind === 'gexf-1.3' ? 'relaxng' : 'schema', ...MEMORY });
  const errors = new Map(files.map(({ name }) => [name, [] as string[]]));
  // NOTE: xmllint checks the files one after another and closes each failing one with `NAME fails to validate`;
  // some RelaxNG messages carry no file name, so they belong to the next file that is said to fail.
  let pending: string[] = [];
  for (const error of result.errors) {
    const failed = /^(.+) fails to validate$/.exec(error.rawMessage.trim())?.[1];
    const list = errors.get(failed ?? error.loc?.fileName ?? '');
    if (failed !== undefined && list) {
      list.push(...pending, 'fails to validate');
      pending = [];
    } else if (list) list.push(error.message);
    else pending.push(error.rawMessage);
  }
  expect(pending, 'messages xmllint gave for no file').toEqual([]);
  expect(result.valid).toBe([...errors.values()].every((list) => list.length === 0));
  return errors;
}

// NOTE: Simpul writes GEXF 1.2 under the `1.2draft` namespace, the only 1.2 namespace networkx 2.x reads; gexf.net
// publishes the same 1.2 grammar under `…/1.2`, the files vendored here. Their XSD (generated from the RelaxNG
// grammar by trang) also declares viz's colour, position and size in the GEXF namespace, where the grammar and
// every reader (Gephi, networkx) put them in the viz namespace: so the check moves them to where the XSD wants them.
function asOfficial12(text: string): string {
  return text.replaceAll('http://www.gexf.net/1.2draft', 'http://www.gexf.net/1.2').replace(/<viz:(color|position|size)\b/g, '<$1');
}

function entity(type: EntityType, key: string, label: string, attributes: Record<string, string> = {}): Entity {
  return { id: entityId(type, key), type, key, label, variants: [key], attributes, sources: [{ file: 'ids with spaces/and slashes.csv', lines: [2] }] };
}

function link(type: LinkType, source: Entity, target: Entity, extra: Partial<Link> = {}): Link {
  return { id: linkId(type, source.id, target.id), type, source: source.id, target: target.id, count: 1, durationSeconds: 0, amounts: {}, sources: [], ...extra };
}

/** Keys and names that are not XML names: `+`, `/`, spaces, Burmese, Thai, Chinese, Arabic; odd currencies. */
function oddIdsCase(): { model: CaseModel; positions: Positions } {
  const burmese = entity('person', 'P 1/ မောင်မောင်', 'မောင်မောင်');
  const thai = entity('person', 'บุญมี ใจดี', 'บุญมี ใจดี', { role: 'boss' });
  const chinese = entity('person', '王伟涛', '王伟涛', { role: 'victim' });
  const phone = entity('phone', '+95 9 123 456 789', '+95 9 123 456 789');
  const account = entity('account', '0158/19105 +x', 'محمد عبد الله');
  const place = entity('location', 'Shwe Kokko / ရွှေကုက္ကို', 'Shwe Kokko', { latitude: '-16.7', longitude: '98.5' });
  const entities = [burmese, thai, chinese, phone, account, place];
  const links = [
    link('uses_phone', burmese, phone),
    link('called', phone, phone, { count: 2, durationSeconds: 61.5, firstTime: '2024-01-01T10:00:00', lastTime: '2024-01-02' }),
    link('holds_account', thai, account),
    link('transferred', account, account, { count: 1, amounts: { 'US D': 5, 'ကျပ်': 1000, THB: 2.5 } }),
    link('associated', burmese, chinese, { label: 'သူငယ်ချင်း / friend' }),
    link('seen_at', chinese, place),
  ];
  const positions = new Map([[burmese.id, { x: -12.5, y: 3 }], [place.id, { x: 0, y: 1e-7 }]]);
  return { model: { entities, links }, positions };
}

const EMPTY: CaseModel = { entities: [], links: [] };
const CONTEXT = { generator: 'Simpul test', generatedAt: '2025-01-31T09:00:00.000Z' };

describe('graph files against the official schemas', () => {
  const sample = sampleCase();
  const samplePositions = new Map(sample.model.entities.slice(0, 20).map((e, i) => [e.id, { x: i * 7.25, y: -i * 3 }]));
  const hostile = hostileCase();
  const odd = oddIdsCase();
  const cases: [string, CaseModel, Positions | undefined][] = [
    ['the sample case', sample.model, samplePositions],
    ['the hostile-names case', hostile.model, undefined],
    ['a case whose keys hold +, /, spaces and non-Latin script', odd.model, odd.positions],
    ['an empty case', EMPTY, undefined],
  ];

  const analysisOf = (model: CaseModel) => (model === sample.model ? sample.analysis : model === hostile.model ? hostile.analysis : analyseModel(model, { seed: 1 }));
  const noErrors = new Map(cases.map(([name]) => [name, [] as string[]]));

  it('GraphML of every case is valid GraphML 1.0', async () => {
    const files = cases.map(([name, model, positions]) => ({ name, text: graphml(model, analysisOf(model), positions) }));
    expect(await validateAll('graphml', files)).toEqual(noErrors);
  }, 60_000);

  it('GEXF 1.3 of every case is valid against the GEXF 1.3 grammar', async () => {
    const files = cases.map(([name, model, positions]) => ({ name, text: gexf(model, analysisOf(model), { ...CONTEXT, ...(positions ? { positions } : {}) }) }));
    expect(await validateAll('gexf-1.3', files)).toEqual(noErrors);
  }, 60_000);

  it('GEXF 1.2 of every case is valid against the GEXF 1.2 schema', async () => {
    const files = cases.map(([name, model, positions]) => ({ name, text: gexf(model, analysisOf(model), { ...CONTEXT, version: '1.2', ...(positions ? { positions } : {}) }) }));
    expect(await validateAll('gexf-1.2', files)).toEqual(noErrors);
  }, 60_000);

  // The validators must be able to say no, or the checks above prove nothing: each file breaks one rule.
  const BROKEN: Record<Kind, [string, string][]> = {
    graphml: [
      ['<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="+66812345678"/></graph></graphml>', 'NMTOKEN'],
      ['<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="n0"/><edge source="n0" target="n9"/></graph></graphml>', 'n9'],
      ['<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="k" for="edge" attr.name="amount_=USD" attr.type="double"/><graph edgedefault="directed"/></graphml>', 'attr.name'],
    ],
    'gexf-1.3': [
      ['<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes><node id="a"><viz:color r="300" g="0" b="0"/></node></nodes><edges/></graph></gexf>', 'color'],
      ['<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes/><edges><edge source="a" target="b" type="sideways"/></edges></graph></gexf>', 'edge'],
      ['<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3"><graph><nodes/><edges/></graph></gexf>', 'schemaLocation'],
    ],
    'gexf-1.2': [
      ['<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph><nodes/><edges><edge source="a" target="b"/></edges></graph></gexf>', 'id'],
      ['<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2"><graph><nodes><node id="a"><viz:position x="left" y="0" z="0"/></node></nodes></graph></gexf>', 'x'],
    ],
  };

  it.each(Object.keys(BROKEN) as Kind[])('%s: rejects every file that breaks the schema, for the right reason', async (kind) => {
    const files = BROKEN[kind].map(([text], i) => ({ name: `broken-${i}.xml`, text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}` }));
    const errors = await validateAll(kind, files);
    BROKEN[kind].forEach(([, needle], i) => expect(errors.get(`broken-${i}.xml`)?.join('\n'), `broken-${i}`).toContain(needle));
  }, 60_000);
});
