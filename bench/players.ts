// Benchmark of key players, brokers and cross-border flags (npm run bench): 44 generated cases of many shapes.
// The same figures as tests/analysis/generatedCases.test.ts, on more and larger cases.

import { caseSpecs, describe, scoreCase, summarise, type CaseFigures } from './playersCases.ts';

const CASES = Number(process.env.SIMPUL_BENCH_PLAYER_CASES ?? 44);

const figures: CaseFigures[] = [];
const started = performance.now();
for (const spec of caseSpecs(CASES, 1001)) figures.push(await scoreCase(spec, { callsPerCrew: 500, transfersPerCrew: 120 }));
console.log(describe(figures));
const s = summarise(figures);
const ok = s.shareCasesAllPlantedInTopTen >= 0.9 && s.forbiddenInTopLists === 0 && s.shareBossInTopThree >= 0.8 && s.placeFirst === 0 && s.shareCrossBorderRight >= 0.98;
console.log(`${ok ? 'ok  ' : 'FAIL'} key players and brokers on ${CASES} cases in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);
