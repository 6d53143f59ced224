import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('lint: src/core stays pure', () => {
  it.each([
    ["import React from 'react';\nexport const x = React;\n", /must not import React/],
    ["import cytoscape from 'cytoscape';\nexport const x = cytoscape;\n", /must not import cytoscape/],
    ["export const title = document.title;\n", /must not use the DOM global "document"/],
    ["export const store = window.localStorage;\n", /must not use the DOM global "window"/],
  ])('refuses %j under src/core', async (code, message) => {
    expect((await messagesFor(code, 'src/core/analysis/bad.ts')).join('\n')).toMatch(message);
  });

  it('allows the same import in src/ui', async () => {
    expect(await messagesFor("import cytoscape from 'cytoscape';\nexport const x = cytoscape;\n", 'src/ui/graph/ok.ts')).toEqual([]);
  });
});
