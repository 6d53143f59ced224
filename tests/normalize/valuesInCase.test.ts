// Cell values read in a whole (small, invented) case: dates and durations with words, a call that never connected,
// a statement's own currency on its unmarked amounts, trafficking-status words that protect, a date column that fails.
import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function entryOf(result: ReturnType<typeof runPipeline>, name: string) {
  const entry = result.ledger.find((candidate) => candidate.file === name);
  if (!entry) throw new Error(`${name} has no ledger entry`);
  return entry;
}

const calls = (dates: readonly string[], durations: readonly string[]) => 'call_id,caller,callee,start_time,duration,call_type\n' +
  dates.map((date, index) => `${index + 1},+85512345${String(600 + index).padStart(3, '0')},+8613912345${String(600 + (index % 7)).padStart(3, '0')},${date},${durations[index % durations.length]},MOC`).join('\n') + '\n';

describe('a call log with Chinese dates and durations', () => {
  const dates = Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? `2024年4月${index + 1}日 19:5${index % 10}` : `2024/4/${index + 1} 08:0${index % 10}:30`));
  const result = runPipeline([csv('calls.csv', calls(dates, ['8分41秒', '172秒', '1小时2分3秒', '1231']))], { stabilityRuns: 0 });
  const entry = entryOf(result, 'calls.csv');

  it('gives every call its time, with no date warning', () => {
    expect(entry.imported).toBe(12);
    expect(entry.warnings.filter((warning) => warning.code === 'date-not-real-time')).toEqual([]);
    const called = result.model.links.filter((link) => link.type === 'called');
    expect(called.every((link) => link.firstTime !== undefined)).toBe(true);
    expect(called.map((link) => link.firstTime).sort()[0]).toBe('2024-04-01T19:50:00');
  });

  it('reads each duration like its clock', () => {
    const total = result.model.links.filter((link) => link.type === 'called').reduce((sum, link) => sum + (link.durationSeconds ?? 0), 0);
    expect(total).toBe(3 * (521 + 172 + 3723 + 1231));
    expect(entry.warnings.filter((warning) => warning.code === 'duration-unreadable')).toEqual([]);
  });
});

describe('a call that never connected', () => {
  it('is kept with duration 0, and the ledger says how many and the word', () => {
    const dates = Array.from({ length: 8 }, (_, index) => `2024-04-0${index + 1} 10:00:00`);
    const result = runPipeline([csv('calls.csv', calls(dates, ['60', '未接通', '1:05', '95', '8分41秒', '120', '30', 'x分']))], { stabilityRuns: 0 });
    const entry = entryOf(result, 'calls.csv');
    expect(entry.imported).toBe(8);
    const durations = result.model.links.filter((link) => link.type === 'called').flatMap((link) => (link.rows ?? []).map((row) => row.durationSeconds));
    expect(durations.filter((seconds) => seconds === 0)).toHaveLength(1);
    expect(entry.notes).toContainEqual(expect.objectContaining({ code: 'durations-not-connected', params: { header: 'duration', count: 1, words: '"未接通"' } }));
    // NOTE: a word that says nothing of the call stays a warning on its row.
    expect(entry.warnings).toEqual([expect.objectContaining({ line: 9, code: 'duration-unreadable' })]);
  });
});

describe('a date column the reader fails on', () => {
  const reading = (dates: readonly string[]) => {
    const [outcome] = prepareCase([csv('calls.csv', calls(dates, ['60']))]);
    if (!outcome?.ok) throw new Error('calls.csv not read');
    return outcome.prepared.classification;
  };
  const good = Array.from({ length: 40 }, (_, index) => `2024-04-${String((index % 28) + 1).padStart(2, '0')} 10:00:00`);

  it('flags the file and lowers the column when a quarter of its dates cannot be read', () => {
    const dates = good.map((date, index) => (index % 4 === 0 ? `Q2-W${index} 10h` : date));
    const classification = reading(dates);
    expect(classification.reviewNotes).toContainEqual({ code: 'dates-unreadable', params: { header: 'start_time', count: 10, total: 40, percent: 25, example: 'Q2-W0 10h' } });
    expect(classification.needsReview).toContain('start_time');
    expect(classification.columns.find((column) => column.header === 'start_time')?.confidence).toBeLessThanOrEqual(0.75);
  });

  it('leaves a file with one bad date to that row', () => {
    const classification = reading(good.map((date, index) => (index === 5 ? '2024-02-30 10:00:00' : date)));
    expect(classification.reviewNotes ?? []).not.toContainEqual(expect.objectContaining({ code: 'dates-unreadable' }));
  });
});

const statement = (debit: string, extra = '') => 'BANK OF TESTING\nAccount Number: 0049-8812-3301\n\nPosting Date,Description,Reference No.,Debit,Credit,Running Balance' + extra + '\n' +
  `01/05/2024,INSTAPAY FROM 449448811567,RF1,,"₱83,669.69","₱1,333,669.69"${extra ? ',' : ''}\n` +
  `01/06/2024,FUND TRANSFER TO 2246 9418 6955,RF2,"${debit}",,"₱1,049,123.66"${extra ? ',' : ''}\n` +
  `01/07/2024,FUND TRANSFER TO 4290 4300 2455,RF3,"1,000.00",,"₱1,048,123.66"${extra ? ',' : ''}\n` +
  `01/08/2024,PESONET CR 848739751968,RF4,,"₱2,000.00","₱1,050,123.66"${extra ? ',' : ''}\n`;

describe('a statement that marks its currency on some amount columns only', () => {
  it('reads its unmarked debits in the currency its own credits and balances write, and says so', () => {
    const result = runPipeline([csv('soa.csv', statement('284,546.03'))], { stabilityRuns: 0 });
    const entry = entryOf(result, 'soa.csv');
    const transfers = result.model.links.filter((link) => link.type === 'transferred');
    expect(transfers).toHaveLength(4);
    for (const link of transfers) expect(Object.keys(link.amounts ?? {})).toEqual(['PHP']);
    expect(entry.notes).toContainEqual(expect.objectContaining({ code: 'currency-from-statement', params: { currency: 'PHP', header: 'Debit', marked: 'Credit, Running Balance', count: 2 } }));
    expect(entry.notes ?? []).not.toContainEqual(expect.objectContaining({ code: 'currency-unknown' }));
  });

  it('assumes nothing when its cells name two currencies', () => {
    const result = runPipeline([csv('soa.csv', statement('US$ 284.03'))], { stabilityRuns: 0 });
    const entry = entryOf(result, 'soa.csv');
    expect(entry.notes ?? []).not.toContainEqual(expect.objectContaining({ code: 'currency-from-statement' }));
    expect(entry.notes).toContainEqual(expect.objectContaining({ code: 'currency-unknown', params: { count: 1 } }));
  });
});

describe('trafficking-status words in a seized roster', () => {
  // NOTE: each worker is the centre of a star of calls: scored as anyone else, they would lead the cluster.
  const roster = '工号,姓名,状态,联系电话\n' +
    'GD-001,王伟,在职,+85512000001\nGD-002,NGUYEN VAN AN,被拐卖,+85512000002\nGD-003,SITI AMINAH,被骗入园,+85512000003\n' +
    'GD-004,李娜,受害者（已解救）,+85512000004\nGD-005,MARIA SANTOS,已解救,+85512000005\n';
  const lines = ['caller,callee,start_time,duration'];
  for (let worker = 1; worker <= 5; worker++) {
    for (let other = 0; other < 6; other++) lines.push(`+8551200000${worker},+85597${worker}00${String(other).padStart(3, '0')},2024-04-0${other + 1} 10:00:00,60`);
  }
  const result = runPipeline([csv('roster.csv', roster), csv('calls.csv', `${lines.join('\n')}\n`)], { stabilityRuns: 0 });

  it('never scores or ranks a worker it calls trafficked, tricked or rescued, nor their phone', () => {
    const person = (name: string) => result.model.entities.find((entity) => entity.type === 'person' && entity.label === name)?.id;
    const ranked = new Set([...result.analysis.clusters.flatMap((cluster) => cluster.keyPlayers.map((player) => player.id)), ...result.analysis.brokers.map((broker) => broker.id)]);
    for (const [name, phone] of [['NGUYEN VAN AN', '+85512000002'], ['SITI AMINAH', '+85512000003'], ['李娜', '+85512000004'], ['MARIA SANTOS', '+85512000005']] as const) {
      const id = person(name);
      expect(id, name).toBeDefined();
      for (const protectedId of [id as string, `phone:${phone}`]) {
        expect(result.analysis.scores[protectedId], protectedId).toBeUndefined();
        expect(ranked.has(protectedId)).toBe(false);
      }
    }
    expect(result.analysis.scores[person('王伟') as string]).toBeDefined();
  });
});
