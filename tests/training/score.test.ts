// Scoring a trainee's answer: found, partly or missed, with the reason.
import { describe, expect, it } from 'vitest';
import { scoreCluster, scoreEntities, totalScore } from '../../src/core/training/score.ts';

const key = { task: 't', expected: ['person:A', 'person:B'], forbidden: ['person:V'] };

describe('scoreEntities', () => {
  it.each([
    [[], 'missed', 'empty'],
    [['person:X'], 'missed', 'none'],
    [['person:A'], 'partly', 'some'],
    [['person:A', 'person:B'], 'found', 'all'],
    [['person:B', 'person:A', 'person:X'], 'found', 'all'],
    [['person:A', 'person:B', 'person:X', 'person:Y'], 'partly', 'extra'],
    [['person:A', 'person:B', 'person:V'], 'partly', 'forbidden'],
    [['person:A', 'person:A'], 'partly', 'some'],
  ] as const)('scores %j as %s (%s)', (picked, verdict, reason) => {
    const score = scoreEntities(key, picked);
    expect([score.verdict, score.reason]).toEqual([verdict, reason]);
  });

  it('counts what was hit, missed and wrongly named', () => {
    expect(scoreEntities(key, ['person:A', 'person:V']).params).toEqual({ hit: 1, total: 2, extra: 1, forbidden: 1 });
  });
});

describe('scoreCluster', () => {
  it.each([
    [undefined, 'missed', 'empty'],
    [['person:C'], 'missed', 'cluster-none'],
    [['person:A', 'person:C'], 'partly', 'cluster-some'],
    [['person:A', 'person:B', 'person:C'], 'found', 'cluster-all'],
  ] as const)('scores a cluster of %j as %s', (members, verdict, reason) => {
    const score = scoreCluster(key, members);
    expect([score.verdict, score.reason]).toEqual([verdict, reason]);
  });
});

describe('totalScore', () => {
  it('gives two points for found, one for partly, none for missed or unanswered', () => {
    const found = scoreEntities(key, ['person:A', 'person:B']);
    const partly = scoreEntities(key, ['person:A']);
    expect(totalScore([found, partly, undefined], 4)).toEqual({ points: 3, max: 8 });
  });
});

describe('answers files', () => {
  it('round-trips a trainee file and combines the class as CSV, names never read as formulas', async () => {
    const { answersDocument, readAnswersFile, classAnswersCsv, taskAnswer } = await import('../../src/core/training/answers.ts');
    const found = scoreEntities(key, ['person:A', 'person:B']);
    const file = { trainee: '=HYPERLINK("x")', scenario: 's', seed: 1, answeredAt: '2026-01-01T00:00:00Z', answers: [taskAnswer('t1', ['person:A', 'person:B'], found)], points: 2, max: 2 };
    const read = readAnswersFile(JSON.parse(JSON.stringify(answersDocument(file))));
    expect(read).toEqual({ ok: true, value: file });
    const csv = classAnswersCsv([file]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",s,1,t1,found,2`);
    expect(readAnswersFile({ type: 'simpul-report', version: 1 }).ok).toBe(false);
  });
});
