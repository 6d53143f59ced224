// The header corpus: small files in the shapes real exports take, each with the kind and roles an investigator expects.
// Kinds must be right or flagged for review (never silently another kind); columns at least 95% right.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareCase, type PreparedOutcome } from '../../src/core/ingest/prepareFile.ts';

type ExpectedRole = string | null | (string | null)[];
interface Expected { kind: string; roles?: Record<string, ExpectedRole> }

const OWN = 'tests/ingest/corpus';
const SHARED = '../shared/import-corpus';

function readCorpus(dir: string) {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
  const names = readdirSync(dir).filter((name) => name in expected).sort();
  // NOTE: each file is read on its own (no case around it): the corpus measures header and value evidence.
  const outcomes = names.map((name) => prepareCase([{ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }])[0] as PreparedOutcome);
  return { expected, outcomes };
}

/** A one-account statement is read as transfers of that account: the shared corpus calls both "transfers". */
function sameKind(expected: string, got: string, shared: boolean): boolean {
  return expected === got || (shared && expected === 'transfers' && got === 'statement');
}

function score(dir: string, shared: boolean) {
  const { expected, outcomes } = readCorpus(dir);
  let right = 0;
  let flagged = 0;
  const wrong: string[] = [];
  let columns = 0;
  let columnsRight = 0;
  const columnMisses: string[] = [];
  const heldOut: string[] = [];
  for (const outcome of outcomes) {
    const name = outcome.ok ? outcome.prepared.table.file : outcome.name;
    const want = expected[name];
    if (!want) continue;
    const roles = Object.entries(want.roles ?? {});
    // A file whose best reading is below the confidence floor is held out for a person (not misread): listed apart.
    if (!outcome.ok && /held out/.test(outcome.error.message)) {
      flagged += 1;
      heldOut.push(name);
      continue;
    }
    columns += roles.length;
    if (!outcome.ok) {
      flagged += 1;
      columnMisses.push(...roles.map(([header]) => `${name}:${header} (file not read)`));
      continue;
    }
    const { classification } = outcome.prepared;
    if (sameKind(want.kind, classification.kind, shared)) right += 1;
    else if (classification.needsReview) flagged += 1;
    else wrong.push(`${name}: ${classification.kind} (expected ${want.kind})`);
    for (const [header, role] of roles) {
      const got = classification.columns.find((column) => column.header === header)?.role ?? null;
      const accepted = Array.isArray(role) ? role : [role];
      if (accepted.includes(got)) columnsRight += 1;
      else columnMisses.push(`${name}:${header} = ${got ?? '(attribute)'} (expected ${accepted.map((r) => r ?? '(attribute)').join(' or ')})`);
    }
  }
  return { files: outcomes.length, right, flagged, wrong, columns, columnsRight, columnMisses, heldOut };
}

function report(label: string, result: ReturnType<typeof score>): void {
  console.info(`${label}: kinds ${result.right}/${result.files} right, ${result.flagged} flagged for review, ${result.wrong.length} wrong; ` +
    `columns ${result.columnsRight}/${result.columns} right (${((100 * result.columnsRight) / Math.max(1, result.columns)).toFixed(1)}%)` +
    (result.heldOut.length > 0 ? `\n  held out (below the confidence floor): ${result.heldOut.join(', ')}` : '') +
    (result.columnMisses.length > 0 ? `\n  misses: ${result.columnMisses.join('\n          ')}` : ''));
}

describe('the header corpus', () => {
  it('holds at least 60 small files, each with its expected kind', () => {
    const expected = JSON.parse(readFileSync(join(OWN, 'expected.json'), 'utf8')) as Record<string, Expected>;
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(60);
    for (const name of Object.keys(expected)) expect(existsSync(join(OWN, name)), name).toBe(true);
  });

  it('reads every kind right or flags it (never silently another kind), and at least 95% of columns right', () => {
    const result = score(OWN, false);
    report('corpus', result);
    expect(result.wrong).toEqual([]);
    expect(result.columnsRight / result.columns).toBeGreaterThanOrEqual(0.95);
    // NOTE: these two read below the floor (SMS FROM/TO, a headerless transfer list); any other file held out is a
    // regression. The exchange's deposit list is read since `deposit_address` names the holder's wallet, not a street.
    expect(result.heldOut).toEqual(['sms_from_to.csv', 'transfers_noheader.csv']);
  });

  it.skipIf(!existsSync(join(SHARED, 'expected.json')))('reads the shared import corpus with no kind silently wrong', () => {
    const result = score(SHARED, true);
    report('shared import corpus', result);
    expect(result.wrong).toEqual([]);
  });
});
