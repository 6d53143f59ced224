// The dossier: standalone, printable, and every name from the evidence shown as text, never as markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/analysis/types.ts';
import { isVictim } from '../../src/core/model/roles.ts';
import { LINK_TYPES, entityId, type Entity, type Link } from '../../src/core/model/types.ts';
import { buildDossierHtml } from '../../src/core/report/dossier/buildDossierHtml.ts';
import { SVG_NODE_CAP, clusterSvg } from '../../src/core/report/dossier/clusterSvg.ts';
import { escapeHtml, nameText, pictureLabel, showBidiControls, userText } from '../../src/core/report/dossier/html.ts';
import { sha256Hex } from '../../src/core/report/fingerprints.ts';
import { reportJson } from '../../src/core/report/reportJson.ts';
import { buildReport } from '../../src/core/report/reportModel.ts';
import { HOSTILE, hostileCase, sampleCase } from './fixtures.ts';

/** The tags the dossier itself writes; anything else would have come from the evidence. */
const OUR_TAGS = new Set([
  '!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'section', 'table', 'thead', 'tbody',
  'tr', 'th', 'td', 'span', 'a', 'bdi', 'div', 'ul', 'ol', 'li', 'nav', 'footer', 'strong', 'figure', 'figcaption',
  'svg', 'rect', 'line', 'circle', 'polygon', 'g', 'text',
]);

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([!a-zA-Z][\w-]*)([^>]*)>/g)].map((match) => `${match[1]?.toLowerCase()}${match[2] ?? ''}`);
}

describe('escaping', () => {
  it.each([
    ['<script>', '&lt;script&gt;'], [`"'&`, '&quot;&#39;&amp;'], ['Su Min (စုမင်း)', 'Su Min (စုမင်း)'],
  ])('escapeHtml(%j) is %j', (value, expected) => {
    expect(escapeHtml(value)).toBe(expected);
  });

  it('shows bidi overrides and isolates as visible code points', () => {
    expect(showBidiControls('\u202Egnp.exe')).toBe('[U+202E]gnp.exe');
    expect(showBidiControls('a\u2066b\u2069c\u202Ad')).toBe('a[U+2066]b[U+2069]c[U+202A]d');
    expect(showBidiControls('nul\u0000bel\u0007 tab\tok')).toBe('nul[U+0000]bel[U+0007] tab\tok');
    expect(userText('\u202E<b>')).toBe('<bdi>[U+202E]&lt;b&gt;</bdi>');
  });
});

describe('buildDossierHtml with hostile names', () => {
  const { report, model, analysis } = hostileCase();
  const notes = { entities: { [entityId('person', 'P-1')]: `${HOSTILE.img} note` }, clusters: { C1: HOSTILE.script } };
  const html = buildDossierHtml({ report, model, analysis, notes, generatedAt: '<b>2025</b>' });

  it('writes no tag and no attribute of its own making from the evidence', () => {
    const tags = tagsOf(html);
    expect(tags.filter((tag) => !OUR_TAGS.has(tag.split(/[\s/]/)[0] ?? ''))).toEqual([]);
    expect(tags.filter((tag) => /\son\w+\s*=/i.test(tag))).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
  });

  it('shows every hostile name as escaped text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[U+202E]gnp.exe');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;click&quot;)');
    expect(html).not.toContain('\u202E');
  });

  it('prints analyst notes, escaped', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; note');
  });

  it('shows victims with a badge and never with the role the sources wrote', () => {
    expect(html).toContain('<span class="badge victim">victim</span>');
    expect(html).not.toContain(`<bdi>${HOSTILE.minus}</bdi>`);
  });
});

describe('buildDossierHtml: possible duplicates', () => {
  const { model, analysis, report } = hostileCase();

  it('has no such section when nothing is suggested', () => {
    expect(report.possibleDuplicates).toEqual([]);
    expect(buildDossierHtml({ report, model, analysis, generatedAt: '2025' })).not.toContain('Possible duplicates');
  });

  it('lists each pair with its reasons, every name escaped', () => {
    const suggested = buildReport(model, analysis, report.ledger, { generatorVersion: 'test', generatedAt: '2025' }, [
      { a: entityId('person', 'P-1'), b: entityId('person', 'P-3'), strength: 'strong', reasons: [`same passport ${HOSTILE.img}`, 'same name'] },
    ]);
    expect(suggested.possibleDuplicates).toEqual([{
      a: { type: 'person', key: 'P-1', label: HOSTILE.script }, b: { type: 'person', key: 'P-3', label: HOSTILE.rlo },
      strength: 'strong', reasons: [`same passport ${HOSTILE.img}`, 'same name'],
    }]);
    const html = buildDossierHtml({ report: suggested, model, analysis, generatedAt: '2025' });
    const section = html.slice(html.indexOf('<section id="possible-duplicates">'));
    expect(section).toContain('<h2>Possible duplicates to check</h2>');
    expect(section).toContain('<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>');
    expect(section).toContain('<bdi>[U+202E]gnp.exe</bdi>');
    expect(section).toContain('<bdi>same passport &lt;img src=x onerror=alert(1)&gt;</bdi>; <bdi>same name</bdi>');
    expect(tagsOf(html).filter((tag) => !OUR_TAGS.has(tag.split(/[\s/]/)[0] ?? ''))).toEqual([]);
    expect(html).not.toMatch(/<img|<script/i);
  });
});

describe('buildDossierHtml on the sample case', () => {
  const { report, model, analysis } = sampleCase();
  const html = buildDossierHtml({ report, model, analysis, generatedAt: '2025-01-31T09:00:00.000Z' });

  it('stands alone: a strict CSP, no scripts, nothing loaded from outside', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(|src=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('prints one cluster a page', () => {
    expect(html).toMatch(/@media print/);
    expect(html).toMatch(/\.cluster, #summary \{ break-before: page; page-break-before: always; \}/);
  });

  it('has the case summary, the cross-border table and a section with a picture per multi-member cluster', () => {
    expect(html).toContain('<h2>Case summary</h2>');
    expect(html).toContain('<h2>Across borders</h2>');
    expect(html).toMatch(/🇲🇲 MM/);
    const main = report.clusters.filter((cluster) => !cluster.hub && cluster.size > 1);
    for (const cluster of main) expect(html).toContain(`id="cluster-${cluster.id}"`);
    expect(html.match(/<figure><svg/g)).toHaveLength(main.length);
    expect(html).toContain('<h2>Hubs and single-member clusters</h2>');
    expect(html).toContain('<h3>Where the evidence came from</h3>');
    expect(html).toContain(`Simpul ${report.generator.version}`);
  });

  it('badges every victim', () => {
    const victims = model.entities.filter(isVictim);
    expect(victims.length).toBeGreaterThan(0);
    expect(html.match(/badge victim">victim</g)?.length).toBeGreaterThanOrEqual(victims.length);
  });

  it('is the same twice over', () => {
    expect(buildDossierHtml({ report, model, analysis, generatedAt: '2025-01-31T09:00:00.000Z' })).toBe(html);
  });
});

describe('clusterSvg', () => {
  it(`draws at most ${SVG_NODE_CAP} nodes, the strongest by weighted degree`, () => {
    const entities: Entity[] = Array.from({ length: 200 }, (_, i) => ({
      id: entityId('phone', `+6681${String(i).padStart(5, '0')}`), type: 'phone', key: `+6681${String(i).padStart(5, '0')}`, label: `phone ${i}`,
      variants: [], attributes: {}, sources: [],
    }));
    const links: Link[] = entities.slice(1).map((entity, i) => ({
      id: `called|${entities[i]?.id}|${entity.id}`, type: 'called', source: entities[i]?.id ?? '', target: entity.id, count: 1, durationSeconds: 0, amounts: {}, sources: [],
    }));
    const scores = Object.fromEntries(entities.map((entity, i) => [entity.id, { weightedDegree: i, pagerank: 0, betweenness: 0 }]));
    const analysis = { scores } as unknown as AnalysisResult;
    const picture = clusterSvg(entities.map((entity) => entity.id), new Map(entities.map((entity) => [entity.id, entity])), links, analysis, 'C1');
    expect(picture).toMatchObject({ drawn: SVG_NODE_CAP, total: 200 });
    expect(picture.svg.match(/<g>/g)).toHaveLength(SVG_NODE_CAP);
    expect(picture.svg).toContain('phone 199');
    expect(picture.svg).not.toContain('phone 0 ');
    expect(picture.svg).not.toMatch(/NaN/);
  });
});

describe('the dossier as an exhibit', () => {
  const { report, model, analysis } = sampleCase();
  const reportWithHashes = { ...report, ledger: report.ledger.map((entry, i) => ({ ...entry, sha256: i.toString(16).padStart(64, 'a') })) };
  const exhibit = buildDossierHtml({
    report: reportWithHashes, model, analysis, generatedAt: report.generatedAt,
    options: { caseReference: 'BARESKRIM/TPPO/2025/014', classification: 'RAHASIA "</style><script>' },
  });

  it('prints page x of y, the case reference and the marking in every page margin, escaped into CSS', () => {
    expect(exhibit).toContain('@bottom-right { content: "page " counter(page) " of " counter(pages)');
    expect(exhibit).toContain('@top-left { content: "BARESKRIM\\2f TPPO\\2f 2025\\2f 014"');
    expect(exhibit).not.toContain('</style><script>');
    expect(exhibit).toContain('Case reference: <strong><bdi>BARESKRIM/TPPO/2025/014</bdi></strong>');
  });

  it('gives the SHA-256 of every input file and of report.json, the generator and its parameters', () => {
    for (const entry of reportWithHashes.ledger) expect(exhibit).toContain(entry.sha256);
    expect(exhibit).toContain(sha256Hex(new TextEncoder().encode(reportJson(reportWithHashes))));
    expect(exhibit).toMatch(/Generated by Simpul \S+ on .* with algorithm = <bdi>louvain<\/bdi>; seed = <bdi>42<\/bdi>/);
  });

  it('has a table of contents naming every section and cluster, and a legend for every line style', () => {
    for (const id of ['summary', 'evidence', 'legend', 'cross-border']) expect(exhibit).toContain(`<a href="#${id}">`);
    for (const cluster of report.clusters.filter((c) => !c.hub && c.size > 1)) expect(exhibit).toContain(`<a href="#cluster-${cluster.id}">`);
    for (const type of LINK_TYPES) expect(exhibit).toMatch(new RegExp(`<td>${type}</td>`));
  });

  it('fingerprints every input file as sha256sum would', () => {
    for (const entry of sampleCase().ledger) {
      expect(entry.sha256).toBe(sha256Hex(readFileSync(`sample-data/case/${entry.file}`)));
    }
  });

  it('never lets an identifier wrap inside itself', () => {
    expect(exhibit).toMatch(/\.key \{[^}]*white-space: nowrap/);
    expect(exhibit).not.toMatch(/word-break: break-all/);
  });

  it.each([
    ['မအေး', 'Burmese', 'm&#39;e', 'U+1019 U+1021 U+1031 U+1038'],
    ['สมชาย', 'Thai', 'smchay', 'U+0E2A U+0E21 U+0E0A U+0E32 U+0E22'],
    ['សុខ ដារ៉ា', 'Khmer', 'sokh dara', 'U+179F U+17BB U+1781 U+178A U+17B6 U+179A U+17C9 U+17B6'],
    ['ສົມພອນ', 'Lao', 'somphn', 'U+0EAA U+0EBB U+0EA1 U+0E9E U+0EAD U+0E99'],
    ['王伟涛', 'Chinese', 'Wang Wei Tao', 'U+738B U+4F1F U+6D9B'],
  ])('prints %s with its Latin letters and code points beside it', (name, script, latin, points) => {
    expect(nameText(name)).toBe(`<bdi>${name}</bdi> <span class="translit">[${script}: <span class="latin">${latin}</span> <span class="points">${points}</span>]</span>`);
    expect(nameText(`Wang Weitao (${name})`)).toBe(`<bdi>Wang Weitao (${name})</bdi>`);
  });

  it.each([
    ['محمد عبد الله', 'Arabic', 'mhmd `bd llh'],
    ['Иван Петров', 'Cyrillic', 'Ivan Petrov'],
  ])('prints %s (a script most machines have a font for) with its Latin letters only', (name, script, latin) => {
    expect(nameText(name)).toBe(`<bdi>${name}</bdi> <span class="translit">[${script}: <span class="latin">${latin}</span>]</span>`);
  });

  it('leaves Latin names, accented ones included, as they are', () => {
    for (const name of ['Somchai Jaidee', 'Nguyễn Văn An', 'P-0001', '+66812345678', '']) expect(nameText(name)).toBe(`<bdi>${name}</bdi>`);
  });

  it('escapes what the transliteration brings back', () => {
    expect(nameText('王<b>')).toContain('<span class="latin">Wang &lt;b&gt;</span>');
  });

  it('labels the cluster pictures in Latin letters where a name has no Latin form', () => {
    expect(pictureLabel('王伟涛')).toBe('Wang Wei Tao');
    expect(pictureLabel('Wang Weitao (王伟涛)')).toBe('Wang Weitao (王伟涛)');
    expect(pictureLabel('SRI HASIBUAN')).toBe('SRI HASIBUAN');
  });
});
