// Places lists with map points, interview notes as associations, and readings too close to call (fresh-user case 7):
// a list of compounds was read as sightings of "persons", an interview list as a people list, both without a flag.
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { readCoordinates } from '../../src/core/normalize/coordinates.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function classify(text: string, file = 'f.csv') {
  const result = classifyTable(parseTable(text, file));
  return { ...result, roles: Object.fromEntries(result.columns.map((column) => [column.header, column.role ?? null])) };
}

describe('readCoordinates: a latitude and a longitude in one cell', () => {
  it.each([
    ['10.6093, 103.5296', { latitude: 10.6093, longitude: 103.5296 }],
    ['-6.2088,106.8456', { latitude: -6.2088, longitude: 106.8456 }],
    ['(16.6276; 98.5386)', { latitude: 16.6276, longitude: 98.5386 }],
    [' 1.30, -103.85 ', { latitude: 1.3, longitude: -103.85 }],
  ])('reads %s', (cell, point) => {
    expect(readCoordinates(cell)).toEqual(point);
  });

  it.each([
    ['95.1234, 100.2000', 'latitude beyond 90'],
    ['10.1234, 181.5000', 'longitude beyond 180'],
    ['10, 103', 'whole degrees place nothing'],
    ['10.6, 103.5', 'one decimal is ten kilometres off'],
    ['1,234.56', 'an amount with a thousands separator'],
    ['10.6093 103.5296', 'no separator'],
    ['10.6093, 103.5296, 7.1', 'three numbers'],
    ['KK Park, Myawaddy', 'words'],
  ])('refuses %s (%s)', (cell) => {
    expect(readCoordinates(cell)).toBeNull();
  });
});

const COMPOUNDS = [
  'Site\tName\tCountry\tGoogle Maps\tNotes',
  'C-01\tGolden Lotus compound\tCambodia\t10.6093, 103.5296\traided 14/03/2025',
  'C-02\tBavet casino strip, building 7\tCambodia\t11.0736, 106.1440\t',
  'C-03\tKK Park, Myawaddy\tMyanmar\t16.6276, 98.5386\tThai SIMs used',
  'C-04\tMae Sot safe house\tThailand\t16.7132, 98.5690\t',
  'C-05\tShwe Kokko\tMyanmar\t16.8376, 98.5240\t',
].join('\n');

describe('a list of places with map points', () => {
  it('is read as places, its name column as the place\'s name and its map point as coordinates', () => {
    const result = classify(COMPOUNDS, 'compounds.txt');
    expect(result.kind).toBe('locations');
    expect(result.roles).toMatchObject({ Site: 'location_id', Name: 'location_name', Country: 'country', 'Google Maps': 'coordinates' });
    expect(result.needsReview).toBeUndefined();
  });

  it('stays a sightings file when a column says person, map point or not', () => {
    const result = classify([
      'person_name,site,seen_on,gps',
      'Nguyen Thi Mai,C-01,2025-02-01,"11.0833, 106.1667"',
      'Tran Van Long,C-01,2025-02-01,"11.0833, 106.1667"',
      'Le Thi Hoa,C-02,2025-02-03,"11.0700, 106.1500"',
      'Pham Van Duc,C-03,2025-02-05,"11.5466, 104.8442"',
      'Nguyen Thi Mai,C-02,2025-02-04,"11.0700, 106.1500"',
    ].join('\n'));
    expect(result.kind).toBe('sightings');
    expect(result.roles.person_name).toBe('person_name');
  });

  it('imports each place with its latitude and longitude, and warns on a point out of range', () => {
    const { prepared } = prepareFiles([csv('compounds.csv', [
      'Site,Name,Country,Google Maps',
      'C-01,Golden Lotus compound,Cambodia,"10.6093, 103.5296"',
      'C-02,Bavet casino strip,Cambodia,"11.0736, 106.1440"',
      'C-03,KK Park Myawaddy,Myanmar,"16.6276, 98.5386"',
      'C-04,Mae Sot safe house,Thailand,"96.7132, 98.5690"',
      'C-05,Shwe Kokko,Myanmar,"16.8376, 98.5240"',
    ].join('\n'))], { strict: true });
    const { model, ledger } = buildCase(prepared);
    const places = model.entities.filter((entity) => entity.type === 'location');
    expect(places).toHaveLength(5);
    expect(model.entities.filter((entity) => entity.type === 'person')).toEqual([]);
    const lotus = places.find((place) => place.label === 'Golden Lotus compound');
    expect([lotus?.attributes.latitude, lotus?.attributes.longitude]).toEqual(['10.6093', '103.5296']);
    const warned = ledger[0]?.warnings.find((warning) => warning.code === 'coordinates-unreadable');
    expect(warned?.line).toBe(5);
  });
});

describe('interview notes: two columns of names and one naming the relation', () => {
  const INTERVIEWS = [
    'interview_date,interviewee,named_person,relationship,where,notes',
    '20/03/2025,Juan Dela Cruz,Cristina Dela Cruz,recruited me,Tondo,offered CSR job',
    '20/03/2025,Juan Dela Cruz,Sok Dara,supervisor in compound,C-01,',
    '21/03/2025,Maria Santos-Reyes,Chen Hao,boss,C-01,',
    '25/03/2025,Pham Quoc Bao (arrested),Nguyen Van Hung,my boss,C-02,driver',
    '27/03/2025,informant MY-7,Lim Wei Jie,runs team,C-03,',
    '27/03/2025,informant MY-7,Kyaw Zin Oo,compound manager,C-03,',
  ].join('\n');

  it('is read as associations, the left column first', () => {
    const result = classify(INTERVIEWS);
    expect(result.kind).toBe('associations');
    expect(result.roles).toMatchObject({ interviewee: 'person_a', named_person: 'person_b', relationship: 'relationship', interview_date: 'date' });
  });

  it('keeps a people list a people list: names without a relation column are not associations', () => {
    const result = classify([
      'full_name,mother_name,nationality',
      'Juan Dela Cruz,Rosa Dela Cruz,Philippines',
      'Maria Santos,Ana Santos,Philippines',
      'Sok Dara,Chan Sophea,Cambodia',
      'Chen Hao,Li Mei,China',
      'Lim Wei Jie,Tan Mei Ling,Malaysia',
    ].join('\n'));
    expect(result.kind).toBe('people');
  });

  it('imports every row as an association', () => {
    const { prepared } = prepareFiles([csv('interviews.csv', INTERVIEWS)], { strict: true });
    const { model, ledger } = buildCase(prepared);
    expect(ledger[0]?.imported).toBe(6);
    expect(model.links.filter((link) => link.type === 'associated')).toHaveLength(6);
  });
});

describe('a reading close to the next kind', () => {
  it('is flagged as a close call naming the columns the two readings differ on', () => {
    // NOTE: without a map point, `Site, Name, Country` reads as places or as persons at sites almost equally well.
    const result = classify(COMPOUNDS.split('\n').map((line) => line.split('\t').slice(0, 3).join('\t')).join('\n'), 'sites.txt');
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.reviewNotes?.[0]?.code).toBe('close-call');
    expect(result.needsReview).toMatch(/"Name"/);
  });

  it('is not flagged when the kinds are far apart', () => {
    const result = classify('A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION\n959781234567,66812345678,MOC,2024-03-12 14:05:09,35\n959781234567,66812345679,MTC,2024-03-12 14:06:09,40');
    expect(result.needsReview).toBeUndefined();
  });
});
