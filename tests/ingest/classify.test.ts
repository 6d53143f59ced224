import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { SimpulError } from '../../src/core/model/errors.ts';

function classify(text: string, file = 'f.csv') {
  const result = classifyTable(parseTable(text, file));
  return { kind: result.kind, roles: Object.fromEntries(result.columns.map((column) => [column.header, column.role])) };
}

describe('classifyTable: file kinds from headers', () => {
  it.each([
    ['calls', 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION,IMEI,CELL_ID\n959781234567,66812345678,MOC,2024-03-12 14:05:09,35,352099001761481,414-09-1269-33'],
    ['calls', 'CALLING_PARTY\tCALLED_PARTY\tCALL_DATE\tCALL_TIME\tDURATION\tCALL_TYPE\n081234567890\t081398765432\t01/02/2024\t10:00\t00:01:00\tMOC'],
    ['calls', 'A_PARTY|B_PARTY|DATE_TIME|DUR_SEC|TYPE\n012 345 678|85512345678|2024-01-01 10:00|30|VOICE'],
    ['calls', 'pemanggil;penerima;tanggal;durasi\n081234567890;081398765432;01/02/2024;60'],
    ['transfers', 'TXN_ID,TXN_DATE,DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,CURRENCY,CHANNEL\n1,2024-01-01,123-4-56789-0,987-6-54321-0,"12,500.00",THB,MOBILE'],
    ['transfers', 'tanggal;rekening_pengirim;rekening_penerima;jumlah;mata_uang;keterangan\n01/02/2024;123.456.7890;0987 6543 21;1.500.000,00;IDR;TRF'],
    ['transfers', 'tx_hash,timestamp,from_address,to_address,amount,token\n9a8b7c6d5e4f3a2b1c0d,1700000000,TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE,TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe,100,USDT'],
    ['people', 'id_orang;nama;alias;kewarganegaraan;nomor_paspor;tanggal_lahir;peran;status\nP-1;Budi;B;Indonesia;X1;01/01/1990;perekrut;tersangka'],
    ['people', 'person_id,full_name,nationality,passport_no,date_of_birth,role,status\nP-2,Maria,Philippines,P1,1990-01-01,recruiter,suspect'],
    ['subscribers', 'MSISDN,REGISTERED_NAME,PERSON_ID,REG_DATE,OPERATOR\n66812345678,Somchai,P-3,2023-01-01,AIS'],
    ['subscribers', 'no_hp;id_orang;nama\n0812-3456-7890;P-1;Budi'],
    ['account_holders', 'account_number,bank,holder_id,holder_name,country\n123-4-56789-0,KBANK,P-3,Somchai,TH'],
    ['locations', 'location_id,name,country,latitude,longitude,type\nL-001,KK Park,MM,16.6,98.5,compound'],
    ['sightings', 'person_id,location_id,seen_on,source\nP-1,L-001,01/02/2024,rescue interview'],
    ['associations', 'person_a,person_b,relationship,source\nP-1,P-2,recruited,interview'],
    ['links', 'source,target,type,weight\nA,B,knows,2'],
  ])('reads a %s file', (kind, text) => {
    expect(classify(text).kind).toBe(kind);
  });
});

describe('classifyTable: column roles', () => {
  it('gives telco headers their roles', () => {
    expect(classify('A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION,IMEI\n6281234567890,66812345678,MOC,2024-03-01 08:00:00,61,351234567890123').roles).toEqual({
      A_NUMBER: 'phone_a', B_NUMBER: 'phone_b', CALL_TYPE: 'call_type', START_TIME: 'datetime', DURATION: 'duration', IMEI: 'imei',
    });
  });
  it('reads Indonesian person headers', () => {
    const { roles } = classify('id_orang;nama;kewarganegaraan;tanggal_lahir;peran\nP-1;Budi;Indonesia;01/01/1990;perekrut');
    expect(roles).toEqual({ id_orang: 'person_id', nama: 'person_name', kewarganegaraan: 'nationality', tanggal_lahir: 'birth_date', peran: 'role' });
  });
  it('reads a subscriber-side CDR (MSISDN + OTHER_PARTY) as calls whose direction comes from the call type', () => {
    const result = classifyTable(parseTable('MSISDN,OTHER_PARTY,CALL_TYPE\n6281234567890,6281398765432,MTC\n', 'f.csv'));
    expect(result.kind).toBe('calls');
    expect(result.subjectCentric).toBe(true);
  });
  it('tells sender/receiver phones from sender/receiver accounts by their values', () => {
    expect(classify('sender,receiver,amount\n123-456-789,987-654-321,100').kind).toBe('transfers');
    expect(classify('from,to,date\n+66812345678,+95912345678,2024-01-01').kind).toBe('calls');
  });
  it('keeps columns it does not know as attributes (no role)', () => {
    expect(classify('person_id,name,favourite_colour\nP-1,Budi,blue').roles.favourite_colour).toBeUndefined();
  });
  it('honours a mapping over detection', () => {
    const table = parseTable('x,y\n1,2\n', 'f.csv');
    const result = classifyTable(table, { kind: 'calls', columns: { x: 'phone_a', y: 'phone_b' } });
    expect(result.kind).toBe('calls');
    expect(result.columns.map((column) => column.by)).toEqual(['mapping', 'mapping']);
  });
});

describe('classifyTable: files it cannot read', () => {
  it('names the file and says what would fix it', () => {
    let error: unknown;
    try {
      classify('foo,bar\n1,2', 'mystery.csv');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SimpulError);
    expect((error as SimpulError).code).toBe('UNCLASSIFIABLE_FILE');
    expect((error as SimpulError).message).toMatch(/mystery\.csv.*"foo", "bar".*mapping file/s);
  });
});
