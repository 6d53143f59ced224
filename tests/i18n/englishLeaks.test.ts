// No English left for an Indonesian reader: the sample case, a training scenario and a file of broken rows run
// through the pipeline, then the dossier, the CLI summary and the ledger's reasons are read in Bahasa Indonesia and
// searched for English-only words, untranslated catalogue keys and raw ICU placeholders. Evidence (names, places,
// headers, values as written) is taken out first: it stays as the files wrote it, in whatever language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/cli/summary.ts';
import { catalogueKeys } from '../../src/core/i18n/catalogue.ts';
import { CATALOGUES } from '../../src/core/i18n/catalogues.ts';
import type { Language } from '../../src/core/i18n/languages.ts';
import { compiledTranslator, translateCode, translator } from '../../src/core/i18n/translate.ts';
import type { LedgerEntry } from '../../src/core/ingest/ledger.ts';
import { sayCoded } from '../../src/core/i18n/coded.ts';
import { prepareFiles, runPipeline, type PipelineResult } from '../../src/core/pipeline.ts';
import { buildDossierHtml } from '../../src/core/report/dossier/buildDossierHtml.ts';
import { buildReport, type Report } from '../../src/core/report/reportModel.ts';

/** Words and phrases that are English only: none of them is Indonesian, and none is a term Indonesian keeps. */
const ENGLISH = [
  'the', 'and', 'with', 'of', 'from', 'where', 'which', 'when', 'why', 'without', 'needs', 'kept', 'is', 'are', 'not', 'only', 'by',
  'between', 'row', 'rows', 'call', 'calls', 'cluster', 'clusters', 'broker', 'brokers', 'people', 'phone', 'phones', 'account', 'accounts',
  'money', 'ties', 'leads', 'strongest', 'expected', 'chance', 'stability', 'background', 'rank', 'confidence', 'evidence', 'generated',
  'members', 'countries', 'place', 'places', 'person', 'victim', 'rejected', 'imported', 'empty', 'number', 'unreadable', 'looks like',
  'service number', 'strangers', 'held by', 'time zone', 'file', 'files', 'read', 'wrote', 'page', 'level', 'top', 'transfers', 'handset',
];
const ENGLISH_PATTERN = new RegExp(`\\b(${ENGLISH.map((word) => word.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
const KEY_GROUPS = Object.keys(CATALOGUES.en);
/** A catalogue key shown as itself (`dossier.section.why`): what i18next returns for a key missing everywhere. */
const RAW_KEY = new RegExp(`\\b(${KEY_GROUPS.join('|')})\\.[A-Za-z_][A-Za-z0-9_.-]*\\b`, 'g');

/** English words, raw keys and ICU placeholders in a text, evidence removed. */
function leaks(text: string, evidence: readonly string[]): string[] {
  let rest = text;
  // NOTE: longest first, so "Suvarnabhumi Airport, Bangkok" goes before "Bangkok".
  for (const value of [...evidence].filter((item) => item.trim().length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  return [...(rest.match(ENGLISH_PATTERN) ?? []), ...(rest.match(RAW_KEY) ?? []), ...(rest.match(/\{[A-Za-z]+[},]/g) ?? [])];
}

/** The dossier as a reader sees it: markup, styles and pictures out; evidence (every `<bdi>`, every key) out. */
function dossierText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<title>[\s\S]*?<\/title>/g, ' ')
    // NOTE: a name's Latin letters and code points are evidence; the name of its script (`aksara Thai`) is the dossier's.
    .replace(/<bdi>[\s\S]*?<\/bdi>/g, ' ').replace(/<span class="(key|latin|points)[^"]*">[\s\S]*?<\/span>/g, ' ')
    .replace(/<text[^>]*class="lbl"[^>]*>[\s\S]*?<\/text>/g, (label) => (label.includes('x="524"') || /x="(12|112|212|312|412)"/.test(label) ? label : ' '))
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\b[a-z]+_[a-z_]+\b/g, ' ') // link and file-kind codes as the exports write them (`uses_phone`)
    .replace(/\b(sha256sum FILE|certutil -hashfile FILE SHA256|algorithm|seed|resolution|stabilityRuns|report\.json)\b/g, ' ');
}

/** What the files themselves wrote: every entity label and key, file names, headers and cell values in the ledger. */
function evidenceOf(result: PipelineResult, report: Report): string[] {
  const values = new Set<string>();
  for (const entity of result.model.entities) {
    values.add(entity.label);
    values.add(entity.key);
    for (const value of Object.values(entity.attributes)) if (typeof value === 'string') values.add(value);
  }
  for (const entry of report.ledger) {
    values.add(entry.file);
    for (const row of [...entry.rejected, ...entry.warnings, ...(entry.notes ?? [])]) {
      // NOTE: values the message selects on (`source0: 'file'`) are words of the message, not of the file.
      for (const [name, value] of Object.entries(row.params ?? {})) {
        if (!/^cause\d?$|^hint|^none|^delimiter|^(form|format|source|plan|kind|entity|role|middle)\d*$/.test(name) && typeof value === 'string') values.add(value);
      }
    }
  }
  for (const prepared of result.readings) values.add(prepared.file);
  return [...values];
}

function analyse(files: { name: string; text: string }[]): { result: PipelineResult; report: Report } {
  const result = runPipeline(files.map((file) => ({ name: file.name, bytes: new TextEncoder().encode(file.text) })), {});
  const report = buildReport(result.model, result.analysis, result.ledger, { generatorVersion: '0.0.0', generatedAt: '2026-01-01T00:00:00Z' });
  return { result, report };
}

function folder(path: string): { name: string; text: string }[] {
  return readdirSync(path).filter((name) => name.endsWith('.csv')).sort().map((name) => ({ name, text: readFileSync(join(path, name), 'utf8') }));
}

/**
 * Every ledger reason, warning and assumption line, said in a language as the ledger view says it: by its code, the
 * recorded English when a code has no message, and an assumption line without a code as recorded (English).
 */
function ledgerReasons(ledger: readonly LedgerEntry[], language: Language): string[] {
  const t = translator(language);
  return ledger.flatMap((entry) => [
    ...entry.rejected.map((row) => translateCode(t, 'ledger.code', row.code, row.params, row.reason)),
    ...entry.warnings.map((row) => translateCode(t, 'ledger.code', row.code, row.params, row.message)),
    ...entry.assumptions.map((text) => {
      const note = entry.notes?.find((item) => item.text === text);
      return note ? translateCode(t, 'ledger.code', note.code, note.params, text) : text;
    }),
  ]);
}

/** What the import review and the CLI say of each file's reading: what to check, by code. */
function readingReviews(result: PipelineResult, language: Language): string[] {
  const t = translator(language);
  return result.readings.flatMap((reading) => (reading.reviewNotes ?? []).map((note) => translateCode(t, 'readingReview', note.code, note.params, reading.needsReview ?? '')));
}

/** Why two people may be one, as the dossier and the entity panel say it. */
function duplicateReasons(report: Report, language: Language): string[] {
  const t = translator(language);
  return report.possibleDuplicates.flatMap((pair) => pair.reasons.map((reason, index) => {
    const coded = pair.reasonCodes?.[index];
    return coded ? translateCode(t, 'duplicates.reason', coded.code, coded.params, reason) : reason;
  }));
}

// Invented rows, each broken in one way a real export breaks: the ledger must say each in Indonesian.
const BROKEN: { name: string; text: string }[] = [
  {
    name: 'cdr_rusak.csv',
    text: [
      'NOMOR_A,NOMOR_B,WAKTU,DURASI',
      '+6281234567001,+6281234567002,2024-03-01 10:00:00,65',
      '+6281234567001,,2024-03-01 11:00:00,12',
      '6.28123E+12,+6281234567002,2024-03-01 12:00:00,30',
      '+6281234567001,+6281234567003,2024-02-31 09:00:00,40',
      '+6281234567001,+6281234567003,2024-03-02 09:00:00,lama',
      ',,,',
      '+6281234567001,+6281234567002,2024-03-03 09:00:00',
      '+6281234567002,+6281234567003,2024-03-03 10:00:00,20',
    ].join('\n'),
  },
  {
    name: 'mutasi_rusak.csv',
    text: [
      'REKENING_ASAL,REKENING_TUJUAN,TANGGAL,JUMLAH,MATA_UANG',
      '1234567890,9876543210,2024-03-01,1500000,IDR',
      '1234567890,,2024-03-02,250000,IDR',
      '1234567890,9876543210,2024-03-03,dua juta,IDR',
      '1234567890,9876543210,2024-03-04,-300000,IDR',
      '9876543210,5550001111,2024-03-05,100000,IDR',
    ].join('\n'),
  },
  {
    name: 'daftar_orang.csv',
    text: [
      'ID_ORANG,NAMA,NO_HP,PERAN',
      'P-1,Budi Santoso,+6281234567001,perekrut',
      'P-2,Siti Aminah,8.12345E+10,korban',
      ',,+6281234567003,',
      'P-3,Dewi Lestari,+6281234567002,penampung',
    ].join('\n'),
  },
];

describe('Bahasa Indonesia without English leaks', () => {
  const sample = analyse(folder('sample-data/case'));
  const scenario = analyse(folder('sample-data/scenarios/kh-th-two-compounds'));
  const broken = analyse(BROKEN);
  // Files in other habits: unix, Excel and Buddhist-era dates, a CDR's target, a statement's own account above the
  // header, national numbers by row country, people whose ids nothing else uses, sources that disagree on a victim.
  const realExports = analyse(folder('tests/fixtures/real-exports'));
  const corpus = analyse(folder('tests/ingest/corpus'));

  it('finds English in the English dossier and summary (the check can fail)', () => {
    const html = buildDossierHtml({ report: sample.report, model: sample.result.model, analysis: sample.result.analysis, generatedAt: '2026-01-01T00:00:00Z', options: { language: 'en' } });
    expect(leaks(dossierText(html), evidenceOf(sample.result, sample.report)).length).toBeGreaterThan(100);
    expect(leaks(summarise(sample.report, 'en', sample.result.readings), evidenceOf(sample.result, sample.report))).toContain('clusters');
    expect(leaks('lihat dossier.section.why dan {count} berkas', [])).toEqual(expect.arrayContaining(['dossier.section.why', '{count}']));
  });

  it.each([['the sample case', sample], ['the two-compounds training scenario', scenario]])('writes the dossier of %s in Indonesian', (_, { result, report }) => {
    const html = buildDossierHtml({ report, model: result.model, analysis: result.analysis, generatedAt: '2026-01-01T00:00:00Z', options: { language: 'id' } });
    expect(html).toContain('<html lang="id">');
    expect(leaks(dossierText(html), evidenceOf(result, report))).toEqual([]);
  });

  it.each([['the sample case', sample], ['the two-compounds training scenario', scenario], ['broken rows', broken], ['the reading corpus (files held out included)', corpus]])('prints the CLI summary of %s in Indonesian', (_, { result, report }) => {
    expect(leaks(summarise(report, 'id', result.readings), evidenceOf(result, report))).toEqual([]);
  });

  it('says every ledger reason and warning of broken rows in Indonesian, by code', () => {
    const coded = broken.report.ledger.flatMap((entry) => [...entry.rejected, ...entry.warnings]);
    expect(coded.length).toBeGreaterThan(6);
    expect(coded.filter((row) => row.code === undefined)).toEqual([]);
    const codes = new Set(coded.map((row) => row.code));
    for (const code of ['call-parties', 'field-count', 'row-empty', 'date-not-real-time', 'duration-unreadable', 'transfer-accounts', 'amount-not-number', 'amount-negative', 'person-without-phone', 'phone-without-subscriber']) {
      expect(codes, code).toContain(code);
    }
    const said = ledgerReasons(broken.report.ledger, 'id');
    expect(leaks(said.join('\n'), evidenceOf(broken.result, broken.report))).toEqual([]);
  });

  it.each([['the sample case', sample], ['the two-compounds training scenario', scenario], ['real exports', realExports], ['the reading corpus', corpus]])(
    'says the ledger of %s in Indonesian, every assumption line included', (_, { result, report }) => {
      expect(leaks(ledgerReasons(report.ledger, 'id').join('\n'), evidenceOf(result, report))).toEqual([]);
    });

  it('says why a file was held out by codes, not only in English', () => {
    const held = corpus.report.ledger.filter((entry) => entry.error?.code === 'UNCLASSIFIABLE_FILE' && entry.error.message.includes('held out'));
    expect(held.length).toBeGreaterThan(0);
    for (const entry of held) expect(entry.error?.detail?.[0]?.code, entry.file).toBe('held-out');
  });

  it('covers the reading notes that were English: each of these codes is in the ledgers read above', () => {
    const codes = new Set([...realExports.report.ledger, ...corpus.report.ledger, ...sample.report.ledger].flatMap((entry) => [
      ...(entry.notes ?? []).map((note) => note.code), ...entry.warnings.map((row) => row.code),
    ]));
    for (const code of ['phones-read', 'date-form', 'dates-unreadable', 'plan-unexplained', 'calls-target', 'calls-incoming-subscriber', 'calls-incoming-unsure',
      'people-ids-unmatched', 'role-conflict', 'target-from-title', 'subject-from-title', 'subject-from-file-name']) {
      expect(codes, code).toContain(code);
    }
  });

  it.each([['real exports', realExports], ['the reading corpus', corpus]])('says what to check in each reading of %s in Indonesian', (_, { result, report }) => {
    const said = readingReviews(result, 'id');
    expect(said.length).toBeGreaterThan(0);
    expect(leaks(said.join('\n'), evidenceOf(result, report))).toEqual([]);
  });

  it.each([['real exports', 'tests/fixtures/real-exports'], ['the reading corpus', 'tests/ingest/corpus'], ['the sample case', 'sample-data/case']])(
    'says why each file and column of %s was read as it was in Indonesian, and in English as recorded', (_, path) => {
      const { prepared } = prepareFiles(folder(path).map((file) => ({ name: file.name, bytes: new TextEncoder().encode(file.text) })));
      const [english, indonesian] = [compiledTranslator('en'), compiledTranslator('id')];
      const said: string[] = [];
      const evidence = new Set<string>();
      for (const { table, classification } of prepared) {
        evidence.add(table.file);
        for (const header of table.headers) evidence.add(header);
        const lines = [{ text: classification.evidence, codes: classification.evidenceCodes }, ...classification.columns.map((column) => ({ text: column.evidence ?? [], codes: column.evidenceCodes }))];
        for (const { text, codes } of lines) {
          expect(codes?.length, text.join(' | ')).toBe(text.length);
          text.forEach((line, index) => {
            const coded = codes?.[index];
            if (!coded) return;
            expect(sayCoded(english, 'readingEvidence', coded)).toBe(line);
            said.push(sayCoded(indonesian, 'readingEvidence', coded));
            // NOTE: the column roles (`phone_a + phone_b`) are the mapping file's own words, the same in every language.
            if (typeof coded.params?.roles === 'string') evidence.add(coded.params.roles);
          });
        }
      }
      expect(said.length).toBeGreaterThan(prepared.length);
      expect(leaks(said.join('\n'), [...evidence])).toEqual([]);
    });

  it.each([['the reading corpus', corpus]])('says why two people may be one in %s in Indonesian', (_, { result, report }) => {
    const said = duplicateReasons(report, 'id');
    expect(said.length).toBeGreaterThan(0);
    expect(leaks(said.join('\n'), evidenceOf(result, report))).toEqual([]);
    expect(report.possibleDuplicates.every((pair) => pair.reasonCodes?.length === pair.reasons.length)).toBe(true);
  });

  it('keeps the recorded English of each coded reason the same as the English catalogue says it', () => {
    const english = translator('en');
    for (const entry of [...broken.report.ledger, ...sample.report.ledger, ...scenario.report.ledger]) {
      for (const row of entry.rejected) if (row.code) expect(translateCode(english, 'ledger.code', row.code, row.params, '(no message)')).toBe(row.reason);
      for (const row of entry.warnings) if (row.code) expect(translateCode(english, 'ledger.code', row.code, row.params, '(no message)')).toBe(row.message);
    }
  });

  it('has an Indonesian message for every reason code the readers write', () => {
    const idKeys = new Set(catalogueKeys(CATALOGUES.id));
    for (const entry of [...broken.report.ledger, ...sample.report.ledger, ...scenario.report.ledger, ...realExports.report.ledger, ...corpus.report.ledger]) {
      for (const row of [...entry.rejected, ...entry.warnings, ...(entry.notes ?? [])]) if (row.code) expect(idKeys, row.code).toContain(`ledger.code.${row.code}`);
    }
  });

  it('has an English and an Indonesian message for every code of a reading, a possible duplicate and its parts', () => {
    const keys = [catalogueKeys(CATALOGUES.en), catalogueKeys(CATALOGUES.id)].map((list) => new Set(list));
    const wanted = new Set<string>();
    for (const { result, report } of [sample, realExports, corpus]) {
      for (const reading of result.readings) for (const note of reading.reviewNotes ?? []) wanted.add(`readingReview.${note.code}`);
      for (const pair of report.possibleDuplicates) for (const reason of pair.reasonCodes ?? []) wanted.add(`duplicates.reason.${reason.code}`);
      for (const entry of report.ledger) for (const note of entry.notes ?? []) if (typeof note.params?.parts === 'number') wanted.add(`ledger.part.${note.code}`);
    }
    for (const path of ['tests/fixtures/real-exports', 'tests/ingest/corpus']) {
      for (const { classification } of prepareFiles(folder(path).map((file) => ({ name: file.name, bytes: new TextEncoder().encode(file.text) }))).prepared) {
        const coded = [...(classification.evidenceCodes ?? []), ...classification.columns.flatMap((column) => column.evidenceCodes ?? [])];
        for (const item of coded) {
          wanted.add(`readingEvidence.${item.code}`);
          for (const list of Object.values(item.lists ?? {})) for (const part of list.items) wanted.add(`readingEvidence.${part.code}`);
        }
      }
    }
    expect(wanted.size).toBeGreaterThan(15);
    for (const key of wanted) for (const present of keys) expect(present, key).toContain(key);
  });
});
