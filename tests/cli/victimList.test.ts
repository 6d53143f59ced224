// A victims' list read by default: nobody in it, and no phone only they use, is ever a key player or a broker,
// in the report or in the summary the CLI prints.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers.ts';
import { main } from '../../src/cli/main.ts';

const output = captureOutput();

// Invented: four repatriated workers (national and +63 numbers, one age shared), a recruiter and a boss on a
// subscriber reply, and a CDR where the workers' phones call everyone: the busiest numbers of the case are theirs.
const VICTIMS = [
  'No.,SURNAME,FIRST NAME,M.I.,SEX,AGE,HOMETOWN,CONTACT NO.,REMARKS',
  '1,REYES,ANA JR.,B.,F,24,Tondo,0917 555 0101,VOT',
  '2,GARCIA,BEN,C.,M,24,Cebu City,0917-555-0102,VOT; referral',
  '3,LIM,CARLO,,M,31,Davao City,+639175550103,VOT',
  '4,TAN,DINA,D.,F,27,Quezon City,0917 555 0104,VOT',
].join('\n') + '\n';
const SUBSCRIBERS = 'MSISDN,SUBSCRIBER_NAME,ID_NUMBER\n639175559001,ROSA MENDOZA,P7001234A\n855129990001,LAO FENG,E55500011\n';
const VICTIM_PHONES = ['639175550101', '639175550102', '639175550103', '639175550104'];
const CREW = ['639175559001', '855129990001'];
const CALLS = ['A_NUMBER,B_NUMBER,START_TIME,DURATION', ...VICTIM_PHONES.flatMap((victim, index) => [
  ...CREW.map((crew, c) => `${victim},${crew},2025-02-0${index + 1} 1${c}:00:00,${60 + index}`),
  ...VICTIM_PHONES.filter((other) => other !== victim).map((other, o) => `${victim},${other},2025-02-0${index + 1} 2${o}:00:00,30`),
])].join('\n') + '\n';

interface Ranked { key: string; label: string; type: string }
interface Report { clusters: { keyPlayers: Ranked[] }[]; brokers: ({ key?: string; label?: string } & Record<string, unknown>)[] }

describe('simpul analyze: a list of repatriated victims', () => {
  it('never ranks a victim, nor a phone only victims use, as a key player or broker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-victims-'));
    writeFileSync(join(dir, 'repatriated_victims_batch3.csv'), VICTIMS);
    writeFileSync(join(dir, 'subscribers_reply.csv'), SUBSCRIBERS);
    writeFileSync(join(dir, 'cdr.csv'), CALLS);
    const out = join(dir, 'out');
    await main(['analyze', dir, '--out', out]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const ranked = [...report.clusters.flatMap((cluster) => cluster.keyPlayers), ...report.brokers];
    const words = ranked.map((entry) => JSON.stringify(entry)).join('\n');
    const victims = ['ANA REYES JR.', 'BEN GARCIA', 'CARLO LIM', 'DINA TAN'];
    for (const name of victims) expect(words).not.toContain(name);
    for (const phone of VICTIM_PHONES) expect(words).not.toContain(`+${phone}`);
    // The people were read, as four people (not merged by their shared age), with their phones.
    const entities = readFileSync(join(out, 'entities.csv'), 'utf8');
    for (const name of victims) expect(entities).toContain(name);
    for (const phone of VICTIM_PHONES) expect(entities).toContain(`phone:+${phone}`);
    // No export carries a score a victim could be sorted by: their rows' score cells are empty.
    const [header = '', ...rows] = entities.trim().split('\n');
    const columns = header.split(',');
    const scoreAt = ['weighted_degree', 'pagerank', 'betweenness'].map((name) => columns.indexOf(name));
    expect(scoreAt.every((at) => at >= 0)).toBe(true);
    const victimRows = rows.filter((row) => victims.some((name) => row.includes(name)) || VICTIM_PHONES.some((phone) => row.includes(`phone:+${phone}`)));
    expect(victimRows.length).toBe(victims.length + VICTIM_PHONES.length);
    for (const row of victimRows) expect(scoreAt.map((at) => row.split(',')[at])).toEqual(['', '', '']);
    const graphml = readFileSync(join(out, 'graph.graphml'), 'utf8');
    const scoreKeys = [...graphml.matchAll(/<key id="([^"]+)" for="node" attr\.name="(?:weightedDegree|pagerank|betweenness)"/g)].map((match) => match[1]);
    expect(scoreKeys).toHaveLength(3);
    for (const phone of VICTIM_PHONES) {
      const node = graphml.split('\n').find((line) => line.includes('<node ') && line.includes(`phone:+${phone}<`)) ?? '';
      expect(node).not.toBe('');
      for (const key of scoreKeys) expect(node).not.toContain(`key="${key}"`);
    }
    // The summary's key players never name a victim either.
    for (const name of victims) expect(output.stdout).not.toMatch(new RegExp(`key: [^\\n]*${name}`));
    // NOTE: the crew sit in clusters of their own (a person and a phone): no key player is named from zero evidence
    // there (keyPlayers.ts), so the check that the report is not empty is on its clusters.
    expect(report.clusters.length).toBeGreaterThan(0);
  });
});
