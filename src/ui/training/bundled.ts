// The training scenarios compiled into the app (like the sample case), so a workshop runs from dist/index.html.
import type { InputFile } from '../../core/ingest/prepareFile.ts';
import { readAnswerKey, readScenario, type AnswerKey, type Localised, type TrainingScenario } from '../../core/training/scenario.ts';

// NOTE: eager raw text: no request and no dynamic chunk, so it works from file:// too.
const TEXTS = import.meta.glob<string>('/sample-data/scenarios/*/*.{csv,md,json}', { query: '?raw', import: 'default', eager: true });

export interface BundledScenario {
  scenario: TrainingScenario;
  key: AnswerKey;
  briefing: Localised;
  files: () => InputFile[];
}

function folders(): Map<string, Map<string, string>> {
  const byFolder = new Map<string, Map<string, string>>();
  for (const [path, text] of Object.entries(TEXTS)) {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    const folder = parts.pop() ?? '';
    const files = byFolder.get(folder) ?? new Map<string, string>();
    files.set(name, text);
    byFolder.set(folder, files);
  }
  return byFolder;
}

function parse(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

let cached: BundledScenario[] | undefined;

/** Every bundled scenario whose scenario.json and answer key read cleanly, in id order. */
export function bundledScenarios(): BundledScenario[] {
  if (cached) return cached;
  const out: BundledScenario[] = [];
  for (const [, texts] of folders()) {
    const scenario = readScenario(parse(texts.get('scenario.json')));
    const key = readAnswerKey(parse(texts.get('answer-key.json')));
    const en = texts.get('briefing.en.md');
    const id = texts.get('briefing.id.md');
    if (!scenario.ok || !key.ok || !en || !id) continue;
    const names = scenario.value.files.filter((name) => texts.has(name));
    out.push({
      scenario: scenario.value, key: key.value, briefing: { en, id },
      files: () => {
        const encoder = new TextEncoder();
        return names.map((name) => ({ name, bytes: encoder.encode(texts.get(name) ?? '') }));
      },
    });
  }
  cached = out.sort((a, b) => (a.scenario.id < b.scenario.id ? -1 : 1));
  return cached;
}
