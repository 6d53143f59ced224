// Gaps of the reading mechanism found after the first corpus: each closed as a mechanism, each with a case that shows it.
import { describe, expect, it } from 'vitest';
import { parseMapping } from '../../src/core/ingest/mapping.ts';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { isSimpulError } from '../../src/core/model/errors.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function read(name: string, text: string) {
  const [outcome] = prepareCase([csv(name, text)]);
  if (!outcome?.ok) throw new Error(`${name} not read: ${outcome?.error.message ?? ''}`);
  const { classification } = outcome.prepared;
  return { ...outcome.prepared, kind: classification.kind, role: (header: string) => classification.columns.find((column) => column.header === header)?.role };
}

describe('a people list with phone and account columns', () => {
  const text = 'id_orang;nama;kewarganegaraan;status;no_hp;no_rekening\n' +
    'P-01;Sri Hasibuan;Indonesia;korban;0812-3456-7890;1234567890\nP-02;Wang Wei;China;tersangka;0813-9876-5432;9876543210\n' +
    'P-03;Mark Cruz;Filipina;korban;0852-1111-2222;5556667778\nP-04;Aye Aye;Myanmar;saksi;0857-3333-4444;4445556667\n' +
    'P-05;Dewi Lestari;Indonesia;korban;0878-5555-6666;3334445556\n';

  it('is read as people, the phone and the account as the person\'s', () => {
    const file = read('rescued.csv', text);
    expect(file.kind).toBe('people');
    expect(file.role('no_hp')).toBe('phone');
    expect(file.role('no_rekening')).toBe('account');
  });

  it('links each person to the phone and the account on the row', () => {
    const { model } = runPipeline([csv('rescued.csv', text)], { stabilityRuns: 0 });
    const links = model.links.map((link) => `${link.type} ${link.source} ${link.target}`);
    expect(links).toContain('uses_phone person:P-01 phone:+6281234567890');
    expect(links).toContain('holds_account person:P-05 account:3334445556');
  });

  it('leaves a list of phones with their owners a subscriber list', () => {
    const file = read('sims.csv', 'MSISDN,PERSON_ID,REGISTERED_NAME,OPERATOR\n6281234567890,P-01,SRI,Telkomsel\n6281398765432,P-01,SRI,Indosat\n' +
      '6285211112222,P-02,WANG,XL\n6285733334444,P-03,AYE,Telkomsel\n6287855556666,P-03,AYE,Smartfren\n');
    expect(file.kind).toBe('subscribers');
  });
});

describe('currency columns by their values', () => {
  it.each([['Denom'], ['Satuan'], ['Unit of Account']])('reads a "%s" column of ISO codes and token tickers as the currency', (header) => {
    const file = read('ledger.csv', `Ref,Posted,From Acct,To Acct,Gross,${header}\nR1,2024-03-01,1234567890,9876543210,150.00,USD\n` +
      'R2,2024-03-02,1234567890,5556667778,20.50,USDT\nR3,2024-03-03,9876543210,5556667778,99.99,THB\nR4,2024-03-04,5556667778,1234567890,1000.00,USDC\n' +
      'R5,2024-03-05,1234567890,9876543210,7.25,TRX\n');
    expect(file.kind).toBe('transfers');
    expect(file.role(header)).toBe('currency');
  });
});

describe('Vietnamese call words', () => {
  it('reads Số gọi / Số bị gọi / Loại cuộc gọi / Thời lượng / Thời gian cuộc gọi as a CDR', () => {
    const file = read('cuoc_goi.csv', 'Số gọi;Số bị gọi;Loại cuộc gọi;Thời gian cuộc gọi;Thời lượng\n' +
      '0912345678;0987654321;MOC;2024-03-01 09:00:00;60\n0987654321;0912345678;MTC;2024-03-01 10:00:00;30\n' +
      '0912345678;0934567890;MOC;2024-03-02 11:00:00;15\n0934567890;0912345678;MOC;2024-03-02 12:00:00;45\n0912345678;0987654321;MOC;2024-03-03 13:00:00;90\n');
    expect(file.kind).toBe('calls');
    expect(['Số gọi', 'Số bị gọi', 'Loại cuộc gọi', 'Thời gian cuộc gọi', 'Thời lượng'].map(file.role)).toEqual(['phone_a', 'phone_b', 'call_type', 'datetime', 'duration']);
    expect(file.settings.defaultCountry).toBe('VN');
  });
});

describe('a one-target CDR whose target is named only in its title', () => {
  const rows = 'B Party,Date,Time,Duration,Direction\n+66812345670,01/03/2024,09:12:01,65,OUT\n012 987 654,01/03/2024,10:40:12,12,IN\n' +
    '+959421234567,02/03/2024,22:01:45,301,OUT\n+66812345670,03/03/2024,08:00:03,44,IN\n017 222 333,03/03/2024,11:15:00,9,OUT\n';
  const titled = `Smart Axiata - call records\nTarget: +855 12 345 678\nPeriod: 01/03/2024 - 31/03/2024\n\n${rows}`;

  it('reads the target from the title, says so in the ledger, and makes it the subscriber of every call', () => {
    const result = runPipeline([csv('target.csv', titled)], { stabilityRuns: 0 });
    const entry = result.ledger.find((candidate) => candidate.file === 'target.csv');
    expect(entry?.imported).toBe(5);
    expect(entry?.assumptions.some((line) => /line 2 \(the title\) names the file's target \+855 12 345 678/.test(line))).toBe(true);
    const calls = result.model.links.filter((link) => link.type === 'called').map((link) => `${link.source} ${link.target}`).sort();
    expect(calls).toEqual([
      'phone:+66812345670 phone:+85512345678', 'phone:+85512345678 phone:+66812345670', 'phone:+85512345678 phone:+85517222333',
      'phone:+85512345678 phone:+959421234567', 'phone:+85512987654 phone:+85512345678',
    ]);
    // The mapping written back states the target, so it reads the file even where the title is lost.
    expect(result.mapping.files['target.csv']?.targetNumber).toBe('+855 12 345 678');
  });

  it('takes the target from the mapping when no title names it', () => {
    const mapping = parseMapping(JSON.stringify({ type: 'simpul-mapping', version: 1, files: { 'target.csv': { targetNumber: '+85512345678' } } }));
    const result = runPipeline([csv('target.csv', rows)], { mapping, stabilityRuns: 0 });
    expect(result.ledger.find((candidate) => candidate.file === 'target.csv')?.imported).toBe(5);
    expect(result.model.links.filter((link) => link.type === 'called' && link.source === 'phone:+85512345678')).toHaveLength(3);
  });

  it('assumes no target when the title names two numbers, or a number that is no subscriber\'s', () => {
    // Without a target the file has one party per row: it is not read (the ledger says why), never read with a guessed one.
    for (const title of ['Target: +855 12 345 678 / Target: +855 17 999 888', 'Printed 01/04/2024 page 1 of 1 ref 0123456789']) {
      const [outcome] = prepareCase([csv('t.csv', `${title}\n\n${rows}`)]);
      const headers = outcome?.ok ? outcome.prepared.table.headers : outcome?.table?.headers;
      expect(headers).toEqual(['B Party', 'Date', 'Time', 'Duration', 'Direction']);
    }
  });

  it('refuses a mapping target that is not a number', () => {
    const bad = JSON.stringify({ type: 'simpul-mapping', version: 1, files: { 'target.csv': { targetNumber: 'the boss' } } });
    try {
      parseMapping(bad);
      expect.unreachable();
    } catch (error) {
      expect(isSimpulError(error) && error.code).toBe('MAPPING_INVALID');
    }
  });
});
