import { describe, expect, it } from 'vitest';
import { validateMapping } from '../../src/core/ingest/mapping.ts';
import { applyMappingEdit } from '../../src/core/workbench/mappingEdits.ts';

describe('applyMappingEdit', () => {
  it('turns review choices into a valid mapping file', () => {
    let mapping = applyMappingEdit(undefined, { file: 'calls.csv', field: 'kind', value: 'calls' });
    mapping = applyMappingEdit(mapping, { file: 'calls.csv', field: 'column', header: 'A_NUMBER', value: 'phone_a' });
    mapping = applyMappingEdit(mapping, { file: 'calls.csv', field: 'defaultCountry', value: 'ID' });
    mapping = applyMappingEdit(mapping, { file: 'calls.csv', field: 'dateFormat', value: 'dmy' });
    expect(validateMapping(mapping)).toEqual({
      type: 'simpul-mapping', version: 1,
      files: { 'calls.csv': { kind: 'calls', columns: { A_NUMBER: 'phone_a' }, defaultCountry: 'ID', dateFormat: 'dmy' } },
    });
  });

  it('drops a file from the mapping once every choice goes back to detection', () => {
    let mapping = applyMappingEdit(undefined, { file: 'a.csv', field: 'column', header: 'x', value: 'phone' });
    mapping = applyMappingEdit(mapping, { file: 'a.csv', field: 'column', header: 'x', value: undefined });
    expect(mapping.files).toEqual({});
  });
});

describe('withHubChoice', () => {
  it('records, replaces and clears one entity\'s correction', async () => {
    const { withHubChoice, hubChoiceOf } = await import('../../src/core/workbench/hubOverrides.ts');
    const forced = withHubChoice(undefined, 'phone:+1', 'hub');
    expect(forced).toEqual({ forceHub: ['phone:+1'] });
    const flipped = withHubChoice(forced, 'phone:+1', 'not-hub');
    expect(flipped).toEqual({ neverHub: ['phone:+1'] });
    expect(hubChoiceOf(flipped, 'phone:+1')).toBe('not-hub');
    expect(withHubChoice(flipped, 'phone:+1', 'auto')).toBeUndefined();
  });
});
