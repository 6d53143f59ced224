// Victim lists as field teams write them: victim words of the region, lists that say of themselves they list
// victims, ages that are no ids, names written in parts, and a column's +63 numbers deciding its 09… numbers' plan.
import { describe, expect, it } from 'vitest';
import { isVictim, isVictimWord } from '../../src/core/model/roles.ts';
import { joinNameParts, namePartOf, namePartsOf } from '../../src/core/ingest/evidence/nameParts.ts';
import { breakPlanTie } from '../../src/core/ingest/evidence/planTie.ts';
import { victimListEvidence } from '../../src/core/ingest/evidence/victimList.ts';
import { profileColumn, valueFit } from '../../src/core/ingest/evidence/valueShapes.ts';
import { headerScores } from '../../src/core/ingest/evidence/headerWords.ts';
import type { ColumnPlan } from '../../src/core/ingest/classify.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

describe('isVictimWord', () => {
  it.each([
    ['VOT', true], ['VOT - recruited via Facebook by "Ana"', true], ['vot; with medical referral', true], ['TIP victim', true],
    ['victim of trafficking', true], ['Korban', true], ['korban TPPO', true], ['rescued worker', true], ['Survivor', true],
    ['เหยื่อ', true], ['ผู้เสียหาย', true], ['Nạn nhân', true], ['nan nhan', true], ['mangsa', true], ['Biktima', true],
    ['victims', true], ['worker (victim)', true],
    ['vote', false], ['devotee', false], ['suspect', false], ['tersangka', false], ['recruiter', false], ['', false],
    ['manager', false], ['rescuer', false],
  ])('%s → %s', (value, expected) => {
    expect(isVictimWord(value)).toBe(expected);
  });

  it('marks a person whose status is VOT, never a phone', () => {
    expect(isVictim({ type: 'person', attributes: { status: 'VOT' } })).toBe(true);
    expect(isVictim({ type: 'phone', attributes: { status: 'VOT' } })).toBe(false);
  });
});

const NO_STATUS: ColumnPlan[] = [{ header: 'NAME', role: 'person_name', by: 'header' }];
const WITH_STATUS: ColumnPlan[] = [...NO_STATUS, { header: 'STATUS', role: 'status', by: 'header' }];

describe('victimListEvidence', () => {
  it.each<[string, string, string[], ColumnPlan[], string | undefined]>([
    ['a file name of repatriated victims', 'DSWD_repatriated_victims.csv', [], NO_STATUS, 'repatriated'],
    ['an Indonesian title', 'daftar.csv', ['DAFTAR KORBAN TPPO ASAL NTT'], NO_STATUS, 'korban'],
    ['a title of rescued workers', 'batch2.csv', ['LIST OF RESCUED WORKERS, POIPET'], NO_STATUS, 'rescued'],
    ['a Vietnamese title', 'ds.csv', ['DANH SÁCH NẠN NHÂN ĐƯỢC GIẢI CỨU'], NO_STATUS, 'nan nhan'],
    ['Filipino', 'mga_biktima.csv', [], NO_STATUS, 'biktima'],
    ['a list with a status column: rows decide', 'victims.csv', [], WITH_STATUS, undefined],
    ['a list of suspects and victims', 'suspects_and_victims.csv', [], NO_STATUS, undefined],
    ['a title naming suspects', 'victims.csv', ['DAFTAR TERSANGKA DAN KORBAN'], NO_STATUS, undefined],
    ['an ordinary people list', 'persons.csv', ['Operation Lotus — persons of interest'], NO_STATUS, undefined],
  ])('%s', (_what, file, titles, columns, word) => {
    const found = victimListEvidence(file, titles, 'people', columns);
    if (word === undefined) expect(found).toBeUndefined();
    else expect(found?.words).toContain(word);
  });

  it('is only for lists of people: a calls file named victims_calls.csv is not one', () => {
    expect(victimListEvidence('victims_calls.csv', [], 'calls', [])).toBeUndefined();
  });
});

describe('name parts', () => {
  it.each([
    ['SURNAME', 'surname'], ['Last Name', 'surname'], ['family_name', 'surname'], ['Nama Belakang', 'surname'], ['Apelyido', 'surname'], ['Họ', 'surname'],
    ['FIRST NAME', 'given'], ['Given Name', 'given'], ['nama depan', 'given'], ['Tên', 'given'], ['Unang Pangalan', 'given'],
    ['M.I.', 'middle'], ['Middle Name', 'middle'], ['Gitnang Pangalan', 'middle'],
    ['Họ và tên', undefined], ['Full Name', undefined], ['NAME', undefined], ['Nama', undefined], ['MI Phone', undefined],
  ])('%s → %s', (header, part) => {
    expect(namePartOf(header)).toBe(part);
  });

  it('needs a surname and a given name both', () => {
    expect(namePartsOf(['No.', 'SURNAME', 'FIRST NAME', 'M.I.'])).toEqual({ surname: 1, given: 2, middle: 3 });
    expect(namePartsOf(['Tên', 'Tuổi'])).toBeUndefined();
  });

  it.each([
    ['DELA CRUZ', 'JUAN JR.', 'JUAN DELA CRUZ JR.'],
    ['Santos-Reyes', 'Ma. Luisa', 'Ma. Luisa Santos-Reyes'],
    ['Bautista III', 'Jose', 'Jose Bautista III'],
    ['Nguyễn', 'Văn An', 'Văn An Nguyễn'],
    ['', 'Ana', 'Ana'],
  ])('%s + %s → %s', (surname, given, name) => {
    expect(joinNameParts(surname, given)).toBe(name);
  });
});

describe('ages are no ids', () => {
  it.each(['AGE', 'Umur', 'usia', 'Edad', 'Tuổi', 'อายุ'])('%s is read as an attribute', (header) => {
    expect(headerScores(header).get('attribute')).toBeGreaterThan(0.9);
    expect(headerScores(header).get('person_id') ?? 0).toBe(0);
  });

  it('refuses small whole numbers as person ids by value, and keeps real ids', () => {
    expect(valueFit('person_id', profileColumn(['24', '22', '29', '26', '24']))).toBe(0);
    expect(valueFit('person_id', profileColumn(['P-0012', 'P-0044', 'P-0107']))).toBeGreaterThan(0.5);
    expect(valueFit('person_id', profileColumn(['4410', '5521', '9013']))).toBeGreaterThan(0.5);
  });
});

describe('a column whose +63 numbers break its plan tie', () => {
  it('is evidence in breakPlanTie', () => {
    const none = { texts: [], rowCountries: [], msisdnCountries: [], cellIds: [] };
    expect(breakPlanTie(['PH', 'IN'], { ...none, explicitCountries: ['PH', 'PH'] })?.evidence.code).toBe('tie-explicit');
    expect(breakPlanTie(['PH', 'IN'], { ...none, explicitCountries: ['PH', 'IN'] })).toBeUndefined();
    expect(breakPlanTie(['PH', 'IN'], { ...none, explicitCountries: ['TH'] })).toBeUndefined();
  });
});

// Invented: a repatriation list as an agency writes it (row number, name in parts, age, national and + numbers).
const LIST = [
  'No.,SURNAME,FIRST NAME,M.I.,SEX,AGE,HOMETOWN,CONTACT NO.,REMARKS',
  '1,REYES,ANA JR.,B.,F,24,Tondo,0917 555 0101,VOT',
  '2,GARCIA,BEN,C.,M,24,Cebu City,0917-555-0102,VOT; referral',
  '3,LIM,CARLO,,M,31,Davao City,+639175550103,VOT',
  '4,TAN,DINA,D.,F,27,Quezon City,,VOT',
].join('\n') + '\n';

describe('a victims list read by default', () => {
  const { prepared, failed } = prepareFiles([csv('ngo_rescued_workers.csv', LIST)]);
  const { model, ledger } = buildCase(prepared);
  const people = model.entities.filter((entity) => entity.type === 'person');

  it('reads every row, each person a victim, with the ledger saying why', () => {
    expect(failed).toEqual([]);
    expect(ledger[0]?.imported).toBe(4);
    expect(people).toHaveLength(4);
    expect(people.every(isVictim)).toBe(true);
    expect(ledger[0]?.notes).toContainEqual(expect.objectContaining({ code: 'victim-list', params: expect.objectContaining({ words: 'rescued' }) }));
  });

  it('never keys a person by age: the two workers of 24 stay two people', () => {
    expect(people.map((person) => person.key)).not.toContain('24');
    expect(people.map((person) => person.label).sort()).toEqual(['ANA REYES JR.', 'BEN GARCIA', 'CARLO LIM', 'DINA TAN']);
    const ana = people.find((person) => person.label === 'ANA REYES JR.');
    expect(ana?.attributes).toMatchObject({ SURNAME: 'REYES', 'FIRST NAME': 'ANA JR.', 'M.I.': 'B.', AGE: '24' });
    expect(ledger[0]?.notes).toContainEqual(expect.objectContaining({ code: 'name-parts-joined' }));
  });

  it('reads 0917 555 0101 as a Philippine number because the column writes +63 too, and links it to its person', () => {
    expect(prepared[0]?.settings.defaultCountry).toBe('PH');
    expect(ledger[0]?.notes).toContainEqual(expect.objectContaining({ code: 'plan-tie-broken', params: expect.objectContaining({ cause: 'tie-explicit' }) }));
    const ana = people.find((person) => person.label === 'ANA REYES JR.');
    expect(model.links.some((link) => link.type === 'uses_phone' && link.source === ana?.id && link.target === 'phone:+639175550101')).toBe(true);
  });
});
