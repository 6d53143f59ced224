// Writes the training scenarios: `npm run scenarios` rewrites the bundled ones; a trainer makes a fresh variant
// (new names and numbers, same structure) with `npm run scenarios -- --seed 2027 --out workshop-jakarta`.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SCENARIOS } from './generator/scenarios/index.ts';
import { writeScenario } from './generator/scenarios/write.ts';

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({ args: [...argv], options: { seed: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } } });
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    console.error(`--seed must be a whole number, not "${values.seed}"`);
    return 2;
  }
  const out = values.out ?? 'sample-data/scenarios';
  const chosen = SCENARIOS.filter((scenario) => values.only === undefined || scenario.id === values.only);
  if (chosen.length === 0) {
    console.error(`no scenario "${values.only}"; there are: ${SCENARIOS.map((scenario) => scenario.id).join(', ')}`);
    return 2;
  }
  for (const scenario of chosen) {
    const built = scenario.build(seed ?? scenario.bundledSeed);
    writeScenario(join(out, scenario.id), built);
    console.log(`${join(out, scenario.id)}: ${built.files.length} files, ${built.tasks.length} tasks, seed ${built.seed}`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
