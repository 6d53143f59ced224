// report.html: the dossier a prosecutor or partner agency reads — one standalone file, no scripts, prints to PDF.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel, Link } from '../../model/types.ts';
import { emptyNotes, type CaseNotes } from '../../workspace/notes.ts';
import type { Report } from '../reportModel.ts';
import { escapeHtml, userText } from './html.ts';
import { isMainCluster, type DossierContext } from './sections.ts';
import { DOSSIER_SECTIONS, type DossierSection } from './registry.ts';
import { reportJsonSha256 } from '../reportJson.ts';
import { ExportFacts } from '../exportFacts.ts';
import { DistinctLines } from '../exporters/sourceRanges.ts';
import { collectText, type TextOut } from '../textOut.ts';
import { DOSSIER_CSS } from './styles.ts';
import type { Language } from '../../i18n/languages.ts';
import { translateCode, translator, type Translate } from '../../i18n/translate.ts';

export interface DossierInput {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
  notes?: CaseNotes;
  /** Printed as the date of the dossier (ISO 8601). */
  generatedAt: string;
  options?: DossierOptions;
  /** SHA-256 of report.json, when already known (the exports share it); else computed here. */
  reportSha256?: string;
  /** The case's link ends and clusters, when the exports have them already. */
  facts?: ExportFacts;
}

/** What the analyst states on the dossier's cover and on every page. */
export interface DossierOptions {
  /** The case reference, e.g. `BARESKRIM/TPPO/2025/014`. */
  caseReference?: string;
  /** The classification marking printed at the top and bottom of every page, e.g. `RESTRICTED`. */
  classification?: string;
  /** The dossier's language (the interface's, or the CLI's --lang); English by default. */
  language?: Language;
}

// NOTE: the CSP forbids scripts, fonts, frames and remote images outright, so even a name that escaped
// escaping could not run or phone home; inline styles and data: images are all the dossier needs.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The whole dossier as one HTML document: every user string escaped and isolated, nothing loaded from outside. */
export function buildDossierHtml(input: DossierInput): string {
  return collectText((out) => writeDossierHtml(out, input));
}

/** The same dossier, written a section (and in the clusters section, a cluster) at a time. */
export function writeDossierHtml(out: TextOut, input: DossierInput): void {
  const { report, model, analysis } = input;
  const options = input.options ?? {};
  const language = options.language ?? 'en';
  const t = remembered(translator(language));
  const context: DossierContext = {
    report, analysis, notes: input.notes ?? emptyNotes(), generatedAt: input.generatedAt, options, t,
    byId: new Map(model.entities.map((entity) => [entity.id, entity])),
    internalLinks: internalLinksByCluster(input.facts ?? new ExportFacts(model, analysis)),
    reportSha256: input.reportSha256 ?? reportJsonSha256(report),
    model,
    distinctLines: new DistinctLines(),
  };
  const clusters = report.clusters.filter(isMainCluster);
  // NOTE: every section but the clusters is small and rendered here; the clusters are written one at a time below.
  const sections = DOSSIER_SECTIONS.flatMap((section): { section: DossierSection; html: string | undefined }[] => {
    if (section.parts) return section.parts.present(context) ? [{ section, html: undefined }] : [];
    const html = section.render(context);
    return html.trim() === '' ? [] : [{ section, html }];
  });
  const contents = sections.map(({ section }) => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(translateCode(t, 'dossier.section', section.id.replace(/[^A-Za-z0-9]/g, '_'), undefined, section.title))}</a>${
    section.id === 'clusters' ? `<ol class="toc-clusters">${clusters.map((cluster) => `<li><a href="#cluster-${escapeHtml(cluster.id)}">${escapeHtml(t('workbench.titleCluster', { id: cluster.id }))}</a> · ${escapeHtml(t('cli.members', { count: cluster.size }))}</li>`).join('')}</ol>` : ''
  }</li>`);
  const marking = options.classification ? `<p class="marking">${userText(options.classification)}</p>` : '';
  out.write(`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Simpul ${escapeHtml(report.generator.version)}">
<title>${escapeHtml(t('dossier.docTitle'))}${options.caseReference ? ` ${escapeHtml(options.caseReference)}` : ''} — ${escapeHtml(input.generatedAt)}</title>
<style>${DOSSIER_CSS}${pageMarginCss(options, t)}</style>
</head>
<body>
<header class="cover">${marking}<h1>${escapeHtml(t('dossier.caseDossier'))}</h1>
${options.caseReference ? `<p class="case-reference">${escapeHtml(t('dossier.caseReference'))}: <strong>${userText(options.caseReference)}</strong></p>` : ''}
<p class="muted">${escapeHtml(t('dossier.generated', { version: report.generator.version, when: input.generatedAt, clusters: clusters.length }))}
${escapeHtml(t('dossier.victimsBefore'))} <span class="badge victim">${escapeHtml(t('dossier.victim'))}</span> ${escapeHtml(t('dossier.victimsAfter'))}</p>
<nav id="contents"><h2>${escapeHtml(t('dossier.contents'))}</h2><ol>${contents.join('')}</ol></nav></header>
`);
  sections.forEach(({ section, html }, index) => {
    if (index > 0) out.write('\n');
    if (html !== undefined) out.write(html);
    else writeParts(out, section.parts?.each(context) ?? []);
  });
  out.write(`
${marking ? `<footer>${marking}</footer>` : ''}
</body>
</html>
`);
}

/** Parts with a newline between them. */
function writeParts(out: TextOut, parts: Iterable<string>): void {
  let first = true;
  for (const part of parts) {
    out.write(first ? part : `\n${part}`);
    first = false;
  }
}

// NOTE: a dossier asks for the same headings and column names once per cluster, and the same sentences with the same
// numbers (`no picture: the first 200 of the 4,000 clusters`, `12 members`) thousands of times; i18next takes tens of
// microseconds a call, so each message is looked up once per dossier and parameters (a bounded number kept).
/** The same translations, remembered by key and parameters. */
function remembered(t: Translate): Translate {
  const known = new Map<string, string>();
  return (key, params) => {
    const memo = params === undefined ? key : paramsKey(key, params);
    if (memo === undefined) return t(key, params);
    let text = known.get(memo);
    if (text === undefined) {
      if (known.size >= REMEMBERED) known.clear();
      known.set(memo, (text = t(key, params)));
    }
    return text;
  };
}

/** Messages a dossier remembers at most (a few thousand clusters' headings). */
const REMEMBERED = 20_000;

/** The key and its parameters as one string (each value's type too), or undefined when a value is not a string or number. */
function paramsKey(key: string, params: NonNullable<Parameters<Translate>[1]>): string | undefined {
  let memo = key;
  for (const name of Object.keys(params).sort()) {
    const value: unknown = params[name];
    if (typeof value === 'string') memo += `\u0000${name}\u0001s${value}`;
    else if (typeof value === 'number') memo += `\u0000${name}\u0001n${value}`;
    else return undefined;
  }
  return memo;
}

// NOTE: page numbers, the case reference and the marking go in CSS page-margin boxes, which Chromium prints
// on every page ("page 3 of 34"). The analyst's text enters CSS only as escaped code points, so it stays text.
function pageMarginCss(options: DossierOptions, t: Translate): string {
  // NOTE: "page 3 of 34" in the dossier's language: the message split around its two counters.
  const [before = '', middle = '', after = ''] = t('dossier.page', { page: '\u0001', pages: '\u0001' }).split('\u0001');
  const pages = `"${cssString(before)}" counter(page) "${cssString(middle)}" counter(pages) "${cssString(after)}"`;
  const top = options.classification ? `@top-center { content: "${cssString(options.classification)}"; font: 700 9pt system-ui, sans-serif; color: #8b0000; }` : '';
  const left = options.caseReference ? `@top-left { content: "${cssString(options.caseReference)}"; font: 8pt system-ui, sans-serif; color: #333; }` : '';
  const bottom = options.classification ? `@bottom-center { content: "${cssString(options.classification)}"; font: 700 9pt system-ui, sans-serif; color: #8b0000; }` : '';
  return `
@page { ${top} ${left} ${bottom} @bottom-right { content: ${pages}; font: 8pt system-ui, sans-serif; color: #333; } }
`;
}

/** Any text as the inside of a CSS string: every character but letters, digits and spaces as a `\\hex ` escape. */
function cssString(value: string): string {
  return [...value].map((char) => (/[A-Za-z0-9 ]/.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `)).join('');
}

/** Links whose two ends sit in the same cluster, grouped by that cluster. */
function internalLinksByCluster(facts: ExportFacts): Map<string, Link[]> {
  const byCluster = new Map<string, Link[]>();
  const links = facts.model.links;
  const { sources, targets } = facts.linkEnds();
  for (let index = 0; index < links.length; index++) {
    const link = links[index] as Link;
    const cluster = facts.clusterAt(sources[index] as number);
    if (cluster === undefined || cluster !== facts.clusterAt(targets[index] as number)) continue;
    const list = byCluster.get(cluster);
    if (list) list.push(link);
    else byCluster.set(cluster, [link]);
  }
  return byCluster;
}
