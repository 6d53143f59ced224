import { readInputs } from '../src/cli/readInputs.ts';
import { runPipeline } from '../src/core/pipeline.ts';
const files = process.argv.slice(2).map((f) => `tests/fixtures/real-exports/${f}`);
try {
const r = runPipeline(readInputs(files), {});
for (const l of r.ledger) console.log(JSON.stringify({ ...l, notes: undefined }, null, 0));
for (const e of r.model.entities) console.log('E', e.id, e.label, e.country ?? '', JSON.stringify(e.attributes), JSON.stringify(e.variants));
for (const l of r.model.links) console.log('L', l.id, l.count, JSON.stringify(l.amounts), l.weight ?? '', l.firstTime ?? '', l.lastTime ?? '');
} catch (e) { console.log('ERR', e); }
