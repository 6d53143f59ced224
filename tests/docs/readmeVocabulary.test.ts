// The README's mapping section is the user's list of file kinds and column roles: it must name every one the
// code accepts (a role added to ingest/roles.ts without a word in the README is a role nobody can find).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_ROLES, FILE_KINDS } from '../../src/core/ingest/roles.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const mapping = readme.slice(readme.indexOf('- `kind`: one of'), readme.indexOf('- `header`: `false`'));

describe('README mapping section', () => {
  it.each([...FILE_KINDS])('names the file kind %s', (kind) => {
    expect(mapping).toContain(`\`${kind}\``);
  });
  it.each([...COLUMN_ROLES])('names the column role %s', (role) => {
    expect(mapping).toContain(`\`${role}\``);
  });
});
