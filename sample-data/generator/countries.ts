// Per-country facts the generator draws on: calling codes, mobile prefixes, banks, names of the country.

import type { Iso2 } from './types.ts';
import type { Rng } from './prng.ts';

export interface BankSpec {
  name: string;
  /** Digit groups; their sum is the account length. */
  groups: number[];
}

export interface CountrySpec {
  cc: string;
  /** Mobile NSN prefixes (no trunk 0) and NSN length; libphonenumber has the last word on validity. */
  mobilePrefixes: string[];
  nsnLength: number;
  operators: string[];
  banks: BankSpec[];
  ewallet?: string;
  /** How the Indonesian police write the nationality. */
  indonesian: string;
  /** How partner agencies write it: English names, variants and ISO alpha-3 codes. */
  english: string[];
  /** Location files use one plain English name. */
  placeName: string;
  passport: (rng: Rng) => string;
}

const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export const COUNTRIES: Record<Iso2, CountrySpec> = {
  ID: {
    cc: '62', mobilePrefixes: ['811', '812', '813', '821', '822', '852', '853'], nsnLength: 11,
    operators: ['Telkomsel'],
    banks: [{ name: 'BCA', groups: [3, 3, 4] }, { name: 'BRI', groups: [4, 2, 6, 2, 1] },
      { name: 'Bank Mandiri', groups: [3, 2, 7, 1] }, { name: 'BNI', groups: [3, 3, 4] }],
    ewallet: 'DANA', indonesian: 'Indonesia', english: ['Indonesia', 'Indonesian', 'IDN'], placeName: 'Indonesia',
    passport: (r) => `${r.pick(['B', 'C', 'X', 'E'])}${r.digits(7)}`,
  },
  PH: {
    cc: '63', mobilePrefixes: ['905', '915', '917', '926', '927', '935', '918', '919', '920', '998'], nsnLength: 10,
    operators: ['Globe', 'Smart'], banks: [{ name: 'BDO', groups: [4, 4, 4] }, { name: 'Metrobank', groups: [3, 3, 7] }],
    ewallet: 'GCash', indonesian: 'Filipina', english: ['Philippines', 'Filipino', 'PHL'], placeName: 'Philippines',
    passport: (r) => `P${r.digits(7)}${r.pick(['A', 'B'])}`,
  },
  VN: {
    cc: '84', mobilePrefixes: ['91', '94', '88', '98', '97', '96', '86', '32', '35', '38', '70', '77', '83', '85'],
    nsnLength: 9, operators: ['Viettel', 'Vinaphone', 'MobiFone'],
    banks: [{ name: 'Vietcombank', groups: [4, 3, 6] }, { name: 'Techcombank', groups: [4, 4, 4, 2] }],
    indonesian: 'Vietnam', english: ['Viet Nam', 'Vietnam', 'VNM'], placeName: 'Viet Nam',
    passport: (r) => `${r.pick(['C', 'N'])}${r.digits(7)}`,
  },
  MM: {
    cc: '95', mobilePrefixes: ['969', '968', '975', '976', '977', '978', '979', '966'], nsnLength: 10,
    operators: ['Mytel'], banks: [{ name: 'KBZ Bank', groups: [4, 4, 4, 5] }, { name: 'AYA Bank', groups: [4, 4, 4, 4] }],
    ewallet: 'KBZPay', indonesian: 'Myanmar', english: ['Burma', 'Myanmar', 'MMR'], placeName: 'Myanmar',
    passport: (r) => `M${r.pick(['A', 'B', 'C', 'D'])}${r.digits(6)}`,
  },
  TH: {
    cc: '66', mobilePrefixes: ['81', '82', '83', '84', '86', '87', '89', '61', '62', '63', '64', '65', '91', '92', '95', '98'],
    nsnLength: 9, operators: ['AIS', 'dtac', 'TrueMove H'],
    banks: [{ name: 'Kasikornbank', groups: [3, 1, 5, 1] }, { name: 'SCB', groups: [3, 1, 5, 1] },
      { name: 'Krungthai', groups: [3, 1, 5, 1] }, { name: 'Bangkok Bank', groups: [3, 1, 5, 1] }],
    indonesian: 'Thailand', english: ['Thailand', 'Thai', 'THA'], placeName: 'Thailand',
    passport: (r) => `${r.pick([...L])}${r.pick([...L])}${r.digits(7)}`,
  },
  KH: {
    cc: '855', mobilePrefixes: ['12', '15', '16', '69', '70', '81', '86', '87', '93', '98', '10'], nsnLength: 8,
    operators: ['Smart', 'Cellcard', 'Metfone'],
    banks: [{ name: 'ABA Bank', groups: [3, 3, 3] }, { name: 'ACLEDA', groups: [4, 2, 6, 2] }],
    ewallet: 'Wing', indonesian: 'Kamboja', english: ['Cambodia', 'Kingdom of Cambodia', 'KHM'], placeName: 'Cambodia',
    passport: (r) => `N${r.digits(8)}`,
  },
  LA: {
    cc: '856', mobilePrefixes: ['2055', '2056', '2058', '2059', '2052', '2054', '2077', '2078', '2099'], nsnLength: 10,
    operators: ['Unitel', 'Lao Telecom'], banks: [{ name: 'BCEL', groups: [4, 2, 9, 3] }],
    indonesian: 'Laos', english: ['Lao PDR', 'Laos', 'LAO'], placeName: 'Lao PDR',
    passport: (r) => `P${r.digits(7)}`,
  },
  CN: {
    cc: '86', mobilePrefixes: ['138', '139', '135', '136', '137', '150', '151', '186', '187', '133', '189'],
    nsnLength: 11, operators: ['China Mobile', 'China Unicom'],
    banks: [{ name: 'ICBC', groups: [4, 4, 4, 4, 3] }, { name: 'Bank of China', groups: [4, 4, 4, 4, 3] }],
    indonesian: 'Tiongkok', english: ["People's Republic of China", 'China', 'CHN'], placeName: 'China',
    passport: (r) => `E${r.pick(['A', 'B', 'C', 'D', 'E', 'F'])}${r.digits(7)}`,
  },
  MY: {
    cc: '60', mobilePrefixes: ['12', '13', '16', '17', '19'], nsnLength: 9, operators: ['Maxis', 'CelcomDigi'],
    banks: [{ name: 'Maybank', groups: [4, 4, 4] }, { name: 'CIMB', groups: [2, 4, 7, 1] }],
    indonesian: 'Malaysia', english: ['Malaysia', 'Malaysian', 'MYS'], placeName: 'Malaysia',
    passport: (r) => `${r.pick(['A', 'H', 'K'])}${r.digits(8)}`,
  },
};

export function spec(country: Iso2): CountrySpec {
  return COUNTRIES[country];
}
