import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForPulses, pulse, pulseItem } from '../../src/core/progressPulse.ts';
import { runPipeline, stepsWithPulses, type PipelineProgress } from '../../src/core/pipeline.ts';

const CASE = 'sample-data/case';

/** A clock that moves `step` ms every time it is read: each pulse finds the bar's last move long enough ago. */
function fastClock(step: number): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += step));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pulse', () => {
  it('is heard only inside listenForPulses, one call in sixteen, and the outer listener comes back', () => {
    const heard: string[] = [];
    pulse(1, 2);
    listenForPulses((fraction) => heard.push(`outer ${fraction}`), () => {
      for (let i = 0; i < 33; i++) pulse(i, 32);
      listenForPulses((fraction) => heard.push(`inner ${fraction}`), () => pulse(3, 4));
      pulse();
    });
    pulse(1, 2);
    // The first call passes (a step's first pulse), then one in sixteen; a fraction is capped at 1.
    expect(heard).toEqual(['outer 0', 'outer 0.5', 'outer 1', 'inner 0.75', 'outer 0']);
  });

  it('passes on every pulse of a loop of heavy items', () => {
    const heard: number[] = [];
    listenForPulses((fraction) => heard.push(fraction), () => {
      pulse();
      for (let i = 1; i <= 3; i++) pulseItem(i, 3);
    });
    expect(heard).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
});

describe('stepsWithPulses', () => {
  it('moves the current step with the pulses, towards the next whole step, never back', () => {
    fastClock(150);
    const shown: PipelineProgress[] = [];
    const steps = stepsWithPulses((progress) => shown.push(progress));
    steps.report({ stage: 'cluster', done: 1, total: 4 });
    steps.pulse(0);
    steps.pulse(0.5);
    steps.pulse(0.2);
    steps.report({ stage: 'cluster', done: 2, total: 4 });
    const done = shown.map((progress) => progress.done);
    expect(done[0]).toBe(1);
    // A loop that cannot tell moves the bar a little; one that says half way moves it there; a smaller fraction still creeps on.
    expect(done[1]).toBeGreaterThan(1);
    expect(done[1]).toBeLessThan(1.5);
    expect(done[2]).toBe(1.5);
    expect(done[3]).toBeGreaterThan(1.5);
    expect(done[3]).toBeLessThan(2);
    expect(done[4]).toBe(2);
  });

  it('holds a pulse back when the bar moved less than 100 ms ago, and a report that would go back', () => {
    fastClock(10);
    const shown: number[] = [];
    const steps = stepsWithPulses((progress) => shown.push(progress.done));
    steps.report({ stage: 'profile', done: 2.5, total: 4 });
    steps.pulse(0.9);
    steps.report({ stage: 'profile', done: 2.25, total: 4 });
    steps.report({ stage: 'stability', done: 0, total: 5 });
    expect(shown).toEqual([2.5, 0]);
  });
});

describe('runPipeline progress', () => {
  it('moves the bar inside the case build and inside the analysis steps, not only between them', () => {
    fastClock(40);
    const inputs = readdirSync(CASE).filter((name) => name.endsWith('.csv')).sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CASE, name))) }));
    const progress: PipelineProgress[] = [];
    runPipeline(inputs, { onProgress: (item) => progress.push(item) });
    const inside = (stage: PipelineProgress['stage']) => progress.filter((item) => item.stage === stage && !Number.isInteger(item.done));
    expect(inside('resolve').length).toBeGreaterThan(0);
    expect(inside('cluster').length).toBeGreaterThan(0);
    // Inside a profile step other than the clusters' own (centrality or brokers).
    expect(inside('profile').filter((item) => item.done < 2 || item.done > 3).length).toBeGreaterThan(0);
    for (const stage of ['resolve', 'cluster', 'profile'] as const) {
      const done = progress.filter((item) => item.stage === stage).map((item) => item.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(done.at(-1)).toBe(progress.find((item) => item.stage === stage)?.total);
    }
  });
});
