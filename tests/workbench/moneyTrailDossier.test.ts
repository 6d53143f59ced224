import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDossierHtml } from '../../src/core/report/dossier/buildDossierHtml.ts';
import { sampleCase } from '../report/fixtures.ts';

describe.runIf(existsSync('sample-data/case'))('the dossier\'s workbench sections on the sample case', () => {
  const { report, model, analysis } = sampleCase();
  const html = buildDossierHtml({ report, model, analysis, generatedAt: '2025-01-31' });
  const section = (id: string) => html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)));

  it('says how sure each cluster is and why it ranks where it does', () => {
    const confidence = section('confidence');
    // NOTE: the re-runs stop once they agree (stability.ts AGREEMENT_TOLERANCE): the dossier names the runs made.
    const runs = analysis.parameters.stabilityRuns ?? 0;
    expect(runs).toBeGreaterThanOrEqual(5);
    expect(confidence).toContain(`Came back whole when re-clustered with ${runs} other seeds (stability 1.00)`);
    expect(confidence).toMatch(/weight [\d.]+: \d+ people/);
  });

  it('draws the calls and transfers over time, and names each file\'s time zone', () => {
    const timeline = section('timeline');
    expect(timeline).toMatch(/<svg[^>]*role="img"/);
    expect((timeline.match(/<rect /g) ?? []).length).toBeGreaterThan(20);
    expect(timeline).toMatch(/crypto_usdt_trc20\.csv.{0,40}<\/td><td>UTC(\+\d)?<\/td>/);
  });

  it('lists the accounts where the money ends, with the rows that brought it there', () => {
    const trail = section('money-trail');
    expect(trail).toContain('TDrATMksDcXVzZrGxerdCuUP6DGj6g5dxo');
    expect(trail).toMatch(/crypto_usdt_trc20\.csv:\d+/);
    expect(html).toContain('<a href="#money-trail">');
  });
});
