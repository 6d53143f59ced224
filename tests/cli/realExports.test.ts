// The CLI on tiny real-shaped exports (tests/fixtures/real-exports, see its README): one case per kind of
// misreading, checked on what the user gets — entities.csv, links.csv and the report's ledger.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { readCell } from '../../src/core/ingest/readers/rowContext.ts';
import type { LedgerEntry } from '../../src/core/ingest/ledger.ts';

const FIXTURES = 'tests/fixtures/real-exports';

interface Outcome {
  entities: Map<string, Record<string, string>>;
  links: Record<string, string>[];
  ledger: LedgerEntry[];
}

function records(text: string, name: string): Record<string, string>[] {
  const table = parseTable(text.replace(/^\uFEFF/, ''), name);
  // NOTE: the CSV exports guard cells starting with + against formulas (`'+62…`); readCell reads them back.
  return [...table.rows].map((row) => Object.fromEntries(table.headers.map((header, i) => [header, readCell(row[i])])));
}

async function analyse(...files: string[]): Promise<Outcome> {
  const out = mkdtempSync(join(tmpdir(), 'simpul-real-'));
  expect(await main(['analyze', ...files.map((file) => join(FIXTURES, file)), '--out', out])).toBe(0);
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  const entities = new Map(records(read('entities.csv'), 'entities.csv').map((row) => [row.id ?? '', row]));
  return { entities, links: records(read('links.csv'), 'links.csv'), ledger: JSON.parse(read('report.json')).ledger };
}

const linkPairs = (outcome: Outcome, type: string) =>
  outcome.links.filter((link) => link.type === type).map((link) => `${link.source_key} > ${link.target_key}`).sort();
const assumptions = (outcome: Outcome) => outcome.ledger.flatMap((entry) => entry.assumptions).join('\n');
const warnings = (outcome: Outcome) => outcome.ledger.flatMap((entry) => entry.warnings.map((warning) => `${entry.file}:${warning.line} ${warning.message}`));

beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('simpul analyze on real-shaped exports', () => {
  it('1: gives the handset to the target on incoming rows, never to the caller', async () => {
    const outcome = await analyse('01-target-cdr-mtc.csv');
    expect(linkPairs(outcome, 'uses_device')).toEqual(['+62812222222 > 35123456789012']);
    expect(assumptions(outcome)).toMatch(/the file's target/);
  });

  it('2: reads a Chinese CDR with no country as Chinese; row countries win for their rows', async () => {
    const zh = await analyse('02-cdr-zh.csv');
    const phones = [...zh.entities.values()].filter((row) => row.type === 'phone').map((row) => row.key).sort();
    expect(phones).toEqual(['+66812345678', '+8613800138000', '+8613912345678', '+8615012345678']);
    expect(assumptions(zh)).toMatch(/read as China \(CN\)/);
    const rows = await analyse('02-subscribers-row-country.csv');
    expect(linkPairs(rows, 'uses_phone')).toEqual(['P-CN1 > +8613912345678', 'P-ID1 > +6281234567890', 'P-IN1 > +919876543210']);
    expect(assumptions(rows)).toMatch(/from the row's own country column/);
  });

  it('3: joins an EVM wallet written in two cases, keeps TRON case apart', async () => {
    const outcome = await analyse('03-evm-kyc.csv', '03-evm-explorer.csv');
    const wallet = outcome.entities.get('account:0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c');
    expect(wallet?.variants?.split(/;\s*|\|/).length ?? 0).toBeGreaterThanOrEqual(3);
    expect(linkPairs(outcome, 'holds_account')).toContain('P-EVM > 0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c');
    expect(outcome.entities.has('account:TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9')).toBe(true);
    expect(outcome.entities.has('account:TN3w4h6rK2ce4vX9YnFQHwKENnHjoxb3m9')).toBe(true);
  });

  it('4: reads balance columns as amounts of the holder, never as accounts', async () => {
    const outcome = await analyse('04-kyc-balance.csv');
    const accounts = [...outcome.entities.values()].filter((row) => row.type === 'account').map((row) => row.key).sort();
    expect(accounts).toEqual(['TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7', 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 'TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf']);
    expect(linkPairs(outcome, 'holds_account')).toHaveLength(3);
    expect(linkPairs(outcome, 'transferred')).toEqual([]);
  });

  it('9: reads a one-account statement as that account\'s transfers: counterparty from the description, else unknown; cash kept', async () => {
    const outcome = await analyse('09-mutasi-one-account.csv');
    expect(outcome.ledger[0]).toMatchObject({ kind: 'statement', rows: 5, imported: 5, rejected: [] });
    expect(linkPairs(outcome, 'transferred')).toEqual([
      '0841234567 > 7712345678', '0841234567 > cash-out:0841234567', '0841234567 > unknown:0841234567',
      '6650987654 > 0841234567', 'cash-in:0841234567 > 0841234567',
    ]);
    const amounts = outcome.links.filter((link) => link.type === 'transferred').map((link) => link.amount_unspecified).sort();
    expect(amounts).toEqual(['1000000', '10000000', '15000', '2500000', '3000000']);
    expect(outcome.entities.get('account:cash-out:0841234567')?.label).toBe('cash taken out of 0841234567');
    expect(outcome.entities.get('account:cash-in:0841234567')?.label).toBe('cash paid in to 0841234567');
  });

  it('5: keeps a person whose phone a spreadsheet broke, and says the number is lost', async () => {
    const outcome = await analyse('05-people-broken-phone.csv');
    expect(outcome.entities.get('person:P-501')?.label).toBe('Siti Aminah');
    expect(outcome.ledger[0]).toMatchObject({ rows: 2, imported: 2, rejected: [] });
    expect(warnings(outcome)).toEqual([expect.stringMatching(/^05-people-broken-phone\.csv:2 .*scientific notation.*cannot be recovered/)]);
  });

  it('6: links every number of a cell that holds several', async () => {
    const outcome = await analyse('06-several-per-cell.csv');
    expect(linkPairs(outcome, 'uses_phone')).toEqual([
      'P-601 > +6281322223333', 'P-601 > +6287844445555', 'P-602 > +6281211112222', 'P-602 > +6281211113333',
      'P-603 > +6285677778888', 'P-603 > +6285677779999', 'P-604 > +6281112345678', 'P-604 > +6281112345679',
    ]);
  });

  it('7: reads Thai, Myanmar, Lao, Khmer, fullwidth and Arabic-Indic digits', async () => {
    const people = await analyse('07-native-digits-people.csv');
    expect(linkPairs(people, 'uses_phone')).toEqual([
      'A-1 > +6281234567890', 'F-1 > +6281234567890', 'K-1 > +85512345678', 'L-1 > +8562055551234', 'M-1 > +959781234567', 'T-1 > +66812345678',
    ]);
    const money = await analyse('07-native-digits-transfer.csv');
    expect(money.links).toEqual([expect.objectContaining({ source_key: '1234567890', target_key: '9876543210', first: '2024-03-02', amount_THB: '12500' })]);
  });

  it('10: unwraps numbers a telco wrapped in single quotes', async () => {
    const outcome = await analyse('10-quoted-cells.csv');
    expect(linkPairs(outcome, 'called')).toEqual(['+6281234567890 > +6287812345678', '+66812345678 > +6281234567890']);
  });

  it('12: keeps weights and amounts exactly, and says which it could not read', async () => {
    const weights = await analyse('12-weights.csv');
    // Each node's weighted degree sums its links' stated weights: 2750 + 0.35 for A1, 2750 + 4000 for B1…
    const degree = (id: string) => Number(weights.entities.get(`person:${id}`)?.weighted_degree);
    expect(['A1', 'B1', 'C1', 'D1'].map(degree)).toEqual([2750.35, 6750, 4001.35, 1]);
    expect(warnings(weights)).toEqual([expect.stringMatching(/:5 Weight "heavy" is not a number/)]);
    const amounts = await analyse('12-amounts.csv');
    expect(amounts.links.map((link) => [link.target_key, link.amount_IDR ?? '', link.amount_USD ?? ''])).toEqual([
      ['2345678901', '1250000', ''], ['3456789012', '2750', ''], ['4567890123', '', '0.35'], ['5678901234', '4000', ''], ['6789012345', '', ''],
    ]);
    expect(warnings(amounts)).toEqual([expect.stringMatching(/:6 amount "satu juta" is not a number/)]);
  });

  it('13: reads compact, Excel, unix and Buddhist-era dates; an unreadable one is a warning', async () => {
    const outcome = await analyse('13-dates.csv');
    expect(outcome.links).toEqual([expect.objectContaining({ count: '7', first: '2024-03-01T08:09:36', last: '2024-03-02T08:15:00' })]);
    expect(assumptions(outcome)).toMatch(/Buddhist-era years/);
    expect(assumptions(outcome)).toMatch(/Excel serial day numbers/);
    expect(warnings(outcome)).toEqual([expect.stringMatching(/13-dates\.csv:8 date "yesterday" is not a real date/)]);
  });

  it('14: protects a person one agency calls a victim, citing both sources', async () => {
    const outcome = await analyse('14-roles-agency-a.csv', '14-roles-agency-b.csv');
    const dewi = outcome.entities.get('person:V-1');
    expect(dewi?.status).toBe('korban');
    expect(dewi?.roleConflict).toMatch(/"korban" \(14-roles-agency-b\.csv line 2\) vs "worker" \(14-roles-agency-a\.csv line 2\); treated as a victim/);
    expect(warnings(outcome).filter((line) => line.includes('sources disagree'))).toHaveLength(2);
  });

  it('14: reverses negative transfers with a warning, and a currency called constructor is a currency', async () => {
    const outcome = await analyse('14-signed-amounts.csv');
    expect(outcome.links.map((link) => `${link.source_key} > ${link.target_key} ${link.amount_THB ?? ''}${link.amount_CONSTRUCTOR ?? ''}`).sort()).toEqual([
      '1111111111 > 2222222222 300', '2222222222 > 1111111111 1700.5',
    ]);
    expect(warnings(outcome)).toHaveLength(2);
  });

  it('14: keeps columns named prototype, constructor, __proto__ and toString', async () => {
    const outcome = await analyse('14-data-keys.csv');
    const row = outcome.entities.get('person:X-1');
    expect([row?.prototype, row?.constructor, row?.['__proto__'], row?.toString].map(String)).toEqual(['p-value', 'c-value', 'proto-value', 'ts-value']);
  });

  it('15: an association naming people by name joins the people list; the victim is never ranked; phones linked', async () => {
    const out = mkdtempSync(join(tmpdir(), 'simpul-real-'));
    expect(await main(['analyze', join(FIXTURES, '15-people-by-name.csv'), join(FIXTURES, '15-associations-by-name.csv'), '--out', out])).toBe(0);
    const entities = records(readFileSync(join(out, 'entities.csv'), 'utf8'), 'entities.csv');
    const links = records(readFileSync(join(out, 'links.csv'), 'utf8'), 'links.csv');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      clusters: { keyPlayers: { key: string; label: string }[] }[]; brokers: { key: string; label: string }[];
    };
    const people = entities.filter((row) => row.type === 'person');
    expect(people.map((row) => row.key).sort()).toEqual(['name:lim boon keat', 'name:nguyễn thị lan', 'name:trần thị mai']);
    expect(people.find((row) => row.key === 'name:nguyễn thị lan')?.role).toBe('victim');
    const pairs = (type: string) => links.filter((link) => link.type === type).map((link) => `${link.source_key} ~ ${link.target_key}`).sort();
    expect(pairs('associated')).toEqual(['name:lim boon keat ~ name:nguyễn thị lan', 'name:lim boon keat ~ name:trần thị mai', 'name:nguyễn thị lan ~ name:trần thị mai']);
    expect(pairs('uses_phone')).toEqual(['name:lim boon keat ~ +60123456789', 'name:nguyễn thị lan ~ +84987654321', 'name:trần thị mai ~ +84912345678']);
    const ranked = [...report.clusters.flatMap((cluster) => cluster.keyPlayers), ...report.brokers];
    // NOTE: each person is a cluster of their own here (a person and a phone): no ties between actors, so no key
    // player is named from zero evidence; the clusters are there, and the victim is in none of the (empty) lists.
    expect(report.clusters.length).toBeGreaterThan(0);
    expect(ranked.filter((entry) => /nguy[eễ]n th[iị] lan/i.test(`${entry.key} ${entry.label}`))).toEqual([]);
  });

  it('16: a nationality only suggests a SIM\'s plan: the number the case knows under another plan wins', async () => {
    const outcome = await analyse('16-people-nationality.csv', '16-calls-international.csv');
    // A Myanmar worker's 0865550001 is the Thai +66865550001 the CDR knows, not +95 865550001.
    expect(linkPairs(outcome, 'uses_phone')).toContain('name:ma aye aye > +66865550001');
    const phones = [...outcome.entities.values()].filter((row) => row.type === 'phone').map((row) => row.key);
    expect(phones).not.toContain('+95865550001');
  });
});
