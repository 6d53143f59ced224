// Cases for export tests: the bundled sample case, and a small hand-made case full of hostile names.

import { readInputs } from '../../src/cli/readInputs.ts';
import type { AnalysisResult } from '../../src/core/analysis/types.ts';
import { entityId, linkId, type CaseModel, type Entity, type EntityType, type Link, type LinkType } from '../../src/core/model/types.ts';
import { analyseModel, runPipeline, type PipelineResult } from '../../src/core/pipeline.ts';
import { buildReport, type Report } from '../../src/core/report/reportModel.ts';

export interface ExportCase {
  model: CaseModel;
  analysis: AnalysisResult;
  report: Report;
}

const GENERATED_AT = '2025-01-31T09:00:00.000Z';
let sample: (PipelineResult & { report: Report }) | undefined;

/** The bundled training case, analysed once per test file (seed 42). */
export function sampleCase(): PipelineResult & { report: Report } {
  if (!sample) {
    const result = runPipeline(readInputs(['sample-data/case']), { strict: true, seed: 42 });
    sample = { ...result, report: buildReport(result.model, result.analysis, result.ledger, { generatorVersion: 'test', generatedAt: GENERATED_AT }) };
  }
  return sample;
}

/** Names as scraped from social media by someone who wants to hurt the analyst. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  rlo: '\u202Egnp.exe',
  hyperlink: '=HYPERLINK("http://x","click")',
  sum: '+SUM(1,2)',
  at: '@cmd',
  minus: '-2+3',
  tab: '\tTAB',
  cr: '\rCR',
  dde: "=cmd|' /C calc'!A0",
  quotes: `"double" & 'single' <b>bold</b>`,
  /** NUL, U+FFFE and a lone surrogate: illegal in XML 1.0. */
  illegalXml: 'bad\u0000chars\uFFFE\uD800here',
} as const;

function entity(type: EntityType, key: string, label: string, attributes: Record<string, string> = {}, country?: string): Entity {
  return { id: entityId(type, key), type, key, label, ...(country ? { country } : {}), variants: [key], attributes, sources: [{ file: '=evil.csv', lines: [2, 3, 4, 9] }] };
}

function link(type: LinkType, source: Entity, target: Entity, extra: Partial<Link> = {}): Link {
  return {
    id: linkId(type, source.id, target.id), type, source: source.id, target: target.id, count: 1, durationSeconds: 0, amounts: {},
    sources: [{ file: '@calls.csv', lines: [5] }], ...extra,
  };
}

/** A hand-made case: every hostile string sits in a label, key, attribute, link label, currency or file name. */
export function hostileCase(): ExportCase {
  const boss = entity('person', 'P-1', HOSTILE.script, { role: 'boss', alias: HOSTILE.sum, nationality: 'Thai' }, 'TH');
  const victim = entity('person', 'P-2', HOSTILE.img, { role: 'victim', status: HOSTILE.minus }, 'MM');
  const rlo = entity('person', 'P-3', HOSTILE.rlo, { role: HOSTILE.at }, 'KH');
  const link1 = entity('person', 'P-4', HOSTILE.hyperlink, { alias: HOSTILE.tab, status: HOSTILE.cr }, 'ID');
  const phoneA = entity('phone', '+66812345678', '+66 81 234 5678', { operator: HOSTILE.dde }, 'TH');
  const phoneB = entity('phone', '+855123456789', HOSTILE.quotes, {}, 'KH');
  const account = entity('account', HOSTILE.dde, HOSTILE.dde, { accountKind: 'bank', bank: HOSTILE.at }, 'TH');
  const wallet = entity('account', 'TQ1hostile', 'TQ1hostile', { accountKind: 'crypto', network: 'TRON' });
  const place = entity('location', 'L-1', HOSTILE.illegalXml, { latitude: '16.6' }, 'MM');
  const device = entity('device', '35209911998457', HOSTILE.tab);
  const entities = [boss, victim, rlo, link1, phoneA, phoneB, account, wallet, place, device];
  const links = [
    link('uses_phone', boss, phoneA),
    link('called', phoneA, phoneB, { count: 3, durationSeconds: 120, firstTime: '2024-01-01T10:00:00', lastTime: '2024-02-01' }),
    link('associated', boss, victim, { label: HOSTILE.hyperlink }),
    link('associated', rlo, link1, { label: HOSTILE.cr }),
    link('holds_account', link1, account),
    link('holds_account', boss, wallet),
    link('transferred', account, wallet, { count: 2, amounts: { '=USD': 100, USDT: 5 }, firstTime: '2024-03-01' }),
    link('seen_at', victim, place, { label: HOSTILE.illegalXml }),
    link('uses_device', phoneB, device),
    link('linked', rlo, boss, { label: HOSTILE.script }),
  ];
  const model: CaseModel = { entities, links };
  const analysis = analyseModel(model, { seed: 1 });
  const report = buildReport(model, analysis, [{ file: HOSTILE.hyperlink, rows: 3, imported: 2, rejected: [{ line: 3, reason: HOSTILE.script }], warnings: [], assumptions: [] }], {
    generatorVersion: 'test', generatedAt: GENERATED_AT,
  });
  return { model, analysis, report };
}

/** Splits a CSV document (BOM, CRLF, RFC 4180 quotes) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (char === '"') quoted = false; else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; } else if (char === '\r' && body[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += char;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}
