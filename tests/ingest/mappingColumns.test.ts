// A mapping's column names must be the file's: an unknown one is an error that says which and what exists; headerLine says where the header is.
import { describe, expect, it } from 'vitest';
import { closestHeader } from '../../src/core/ingest/mappingColumns.ts';
import { parseMapping } from '../../src/core/ingest/mapping.ts';
import { detectedMapping } from '../../src/core/ingest/detectedMapping.ts';
import { mappingText } from '../../src/core/ingest/mappingWriter.ts';
import { prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

const CDR = 'A_NUMBER,B_NUMBER,START_TIME,DURATION\n6281234567890,6281377778888,2024-03-01 08:00:00,30\n6281377778888,6281234567890,2024-03-01 09:00:00,45\n';

function mapping(files: Record<string, unknown>) {
  return parseMapping(JSON.stringify({ type: 'simpul-mapping', version: 1, files }));
}

describe('a mapping column the file does not have', () => {
  it('fails the file with MAPPING_UNKNOWN_COLUMN naming the file, the name, the headers and the closest one', () => {
    const { failed, prepared } = prepareFiles([csv('cdr.csv', CDR)], { mapping: mapping({ 'cdr.csv': { kind: 'calls', columns: { A_NUMBR: 'phone_a', B_NUMBER: 'phone_b' } } }) });
    expect(prepared).toEqual([]);
    const error = failed[0]!.error!;
    expect(error.code).toBe('MAPPING_UNKNOWN_COLUMN');
    expect(error.message).toContain('cdr.csv');
    expect(error.message).toContain('"A_NUMBR" (did you mean "A_NUMBER"?)');
    expect(error.message).toContain('"START_TIME"');
  });

  it('reads the file when every mapped name is a header', () => {
    const { failed } = prepareFiles([csv('cdr.csv', CDR)], { mapping: mapping({ 'cdr.csv': { columns: { A_NUMBER: 'phone_a' } } }) });
    expect(failed).toEqual([]);
  });

  it.each([
    ['Nomor Pemangil', ['Nomor Pemanggil', 'Nomor Tujuan'], 'Nomor Pemanggil'],
    ['called no', ['Calling No.', 'Called No.'], 'Called No.'],
    ['amount', ['Tanggal', 'Keterangan'], undefined],
  ])('suggests for %j among %j: %j', (name, headers, near) => expect(closestHeader(name, headers)).toBe(near));
});

describe('headerLine', () => {
  const TEXT = 'Report, page 1\nA_NUMBER,B_NUMBER\nTarget: 6281234567890,6281377778888,extra\n\nA_NUMBER,B_NUMBER,START_TIME,DURATION\n6281234567890,6281377778888,2024-03-01 08:00:00,30\n';

  it('reads the stated line as the header and the lines above as a title block', () => {
    const { prepared } = prepareFiles([csv('r.csv', TEXT)], { mapping: mapping({ 'r.csv': { headerLine: 5 } }) });
    expect(prepared[0]!.table.headerLine).toBe(5);
    expect(prepared[0]!.table.titleLines).toEqual([1, 2, 3]);
    expect(prepared[0]!.table.rows).toHaveLength(1);
  });

  it.each([[0], [1.5], ['5']])('rejects headerLine %j with MAPPING_INVALID', (value) => {
    expect(() => mapping({ 'r.csv': { headerLine: value } })).toThrow(expect.objectContaining({ code: 'MAPPING_INVALID' }));
  });

  it('is written back by the mapping writer when the header is not the first line, and reads the same', () => {
    const text = 'OPERATOR (Acme Co., Ltd.) - CDR\nA_NUMBER,B_NUMBER,START_TIME,DURATION\n6281234567890,6281377778888,2024-03-01 08:00:00,30\n';
    const first = prepareFiles([csv('t.csv', text)]).prepared;
    const written = detectedMapping(first);
    expect(written.files['t.csv']?.headerLine).toBe(2);
    const again = prepareFiles([csv('t.csv', text)], { mapping: parseMapping(mappingText(written)) }).prepared;
    expect([...again[0]!.table.rows]).toEqual([...first[0]!.table.rows]);
  });
});
