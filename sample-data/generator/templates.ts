// The five syndicate blueprints of the training case; the large case repeats them with new compounds.

import type { Iso2, Role } from './types.ts';

export interface RosterLine {
  role: Role;
  nationality: Iso2[];
  count: [number, number];
  /** One phone per listed country; `home` = the person's own country. */
  phones: (Iso2 | 'home')[];
  /** Chance a person has a phone at all (trafficked workers' phones are often taken). */
  phoneChance?: number;
  bank?: Iso2;
  ewallet?: boolean;
  wallet?: boolean;
}

export interface PlaceSpec {
  name: string;
  country: Iso2;
  lat: number;
  lon: number;
  type: string;
}

export interface Template {
  name: string;
  hub: string;
  /** Country of the compound's burner work phones and the consolidation account. */
  anchor: Iso2;
  places: PlaceSpec[];
  roster: RosterLine[];
}

export const TEMPLATES: Template[] = [
  {
    name: 'KK Park compound network', hub: 'Myawaddy (KK Park)', anchor: 'TH',
    places: [
      { name: 'KK Park compound, Myawaddy', country: 'MM', lat: 16.6276, lon: 98.5386, type: 'compound' },
      { name: 'Mae Sot riverside safe house', country: 'TH', lat: 16.7132, lon: 98.5690, type: 'safe_house' },
      { name: 'Jakarta job-agency office (Cengkareng)', country: 'ID', lat: -6.1480, lon: 106.7352, type: 'recruitment_office' },
    ],
    roster: [
      { role: 'boss', nationality: ['CN'], count: [1, 1], phones: ['TH', 'TH', 'CN'], wallet: true },
      { role: 'financier', nationality: ['CN'], count: [1, 1], phones: ['TH'], bank: 'TH', wallet: true },
      { role: 'manager', nationality: ['CN', 'MM'], count: [3, 3], phones: ['TH', 'MM'] },
      { role: 'fixer', nationality: ['MM'], count: [1, 1], phones: ['TH', 'MM'] },
      { role: 'recruiter', nationality: ['ID'], count: [2, 2], phones: ['ID'], bank: 'ID' },
      { role: 'recruiter', nationality: ['PH'], count: [1, 1], phones: ['PH'], ewallet: true },
      { role: 'money_handler', nationality: ['TH'], count: [2, 2], phones: ['TH'], bank: 'TH', wallet: true },
      { role: 'mule', nationality: ['TH'], count: [3, 3], phones: ['TH'], bank: 'TH' },
      { role: 'victim', nationality: ['ID'], count: [7, 9], phones: ['home'], phoneChance: 0.8 },
      { role: 'victim', nationality: ['PH'], count: [5, 6], phones: ['home'], phoneChance: 0.7 },
    ],
  },
  {
    name: 'Sihanoukville online-fraud compound', hub: 'Sihanoukville', anchor: 'KH',
    places: [
      { name: 'Sihanoukville high-rise compound (Otres road)', country: 'KH', lat: 10.5966, lon: 103.5436, type: 'compound' },
      { name: 'Bavet casino hotel', country: 'KH', lat: 11.0652, lon: 106.1237, type: 'casino_hotel' },
      { name: 'Ho Chi Minh City labour-export office', country: 'VN', lat: 10.7769, lon: 106.7009, type: 'recruitment_office' },
    ],
    roster: [
      { role: 'boss', nationality: ['CN'], count: [1, 1], phones: ['KH', 'CN'], wallet: true },
      { role: 'financier', nationality: ['CN'], count: [1, 1], phones: ['KH'], bank: 'KH', wallet: true },
      { role: 'manager', nationality: ['CN', 'VN'], count: [3, 3], phones: ['KH'] },
      { role: 'recruiter', nationality: ['VN'], count: [2, 2], phones: ['VN'], bank: 'VN' },
      { role: 'recruiter', nationality: ['ID'], count: [1, 1], phones: ['ID'], bank: 'ID' },
      { role: 'money_handler', nationality: ['KH'], count: [2, 2], phones: ['KH'], bank: 'KH', ewallet: true },
      { role: 'mule', nationality: ['KH'], count: [2, 3], phones: ['KH'], ewallet: true },
      { role: 'victim', nationality: ['VN'], count: [7, 8], phones: ['home'], phoneChance: 0.6 },
      { role: 'victim', nationality: ['ID'], count: [4, 5], phones: ['home'], phoneChance: 0.8 },
    ],
  },
  {
    name: 'Golden Triangle SEZ syndicate', hub: 'Golden Triangle SEZ, Bokeo', anchor: 'TH',
    places: [
      { name: 'Golden Triangle SEZ compound, Ton Pheung', country: 'LA', lat: 20.3568, lon: 100.0958, type: 'compound' },
      { name: 'Chiang Saen money-exchange shop', country: 'TH', lat: 20.2744, lon: 100.0862, type: 'exchange_shop' },
      { name: 'Tachileik transit house', country: 'MM', lat: 20.4475, lon: 99.8808, type: 'safe_house' },
    ],
    roster: [
      { role: 'boss', nationality: ['CN'], count: [1, 1], phones: ['LA', 'CN'], wallet: true },
      { role: 'financier', nationality: ['CN'], count: [1, 1], phones: ['TH'], bank: 'TH', wallet: true },
      { role: 'manager', nationality: ['CN'], count: [2, 2], phones: ['TH', 'LA'] },
      { role: 'money_handler', nationality: ['LA'], count: [2, 2], phones: ['LA', 'TH'], bank: 'LA' },
      { role: 'money_handler', nationality: ['TH'], count: [2, 2], phones: ['TH'], bank: 'TH', wallet: true },
      { role: 'mule', nationality: ['TH'], count: [2, 2], phones: ['TH'], bank: 'TH' },
      { role: 'recruiter', nationality: ['MM'], count: [1, 1], phones: ['MM'] },
      { role: 'recruiter', nationality: ['VN'], count: [1, 1], phones: ['VN'] },
      { role: 'recruiter', nationality: ['ID'], count: [1, 1], phones: ['ID'] },
      { role: 'victim', nationality: ['MM'], count: [5, 6], phones: ['home'], phoneChance: 0.7 },
      { role: 'victim', nationality: ['ID'], count: [3, 3], phones: ['home'], phoneChance: 0.9 },
      { role: 'victim', nationality: ['VN'], count: [4, 5], phones: ['home'], phoneChance: 0.6 },
    ],
  },
  {
    name: 'Pasay ex-POGO hub', hub: 'Pasay / Pampanga (ex-POGO)', anchor: 'PH',
    places: [
      { name: 'Pasay ex-POGO office tower', country: 'PH', lat: 14.5378, lon: 120.9896, type: 'compound' },
      { name: 'Porac, Pampanga compound', country: 'PH', lat: 15.0716, lon: 120.5419, type: 'compound' },
      { name: 'Kuala Lumpur holding-company office', country: 'MY', lat: 3.1478, lon: 101.6953, type: 'office' },
    ],
    roster: [
      { role: 'boss', nationality: ['CN'], count: [1, 1], phones: ['PH', 'CN'], wallet: true },
      { role: 'financier', nationality: ['MY'], count: [1, 1], phones: ['MY', 'PH'], bank: 'MY', wallet: true },
      { role: 'manager', nationality: ['CN', 'PH', 'PH'], count: [3, 3], phones: ['PH'] },
      { role: 'recruiter', nationality: ['PH'], count: [1, 1], phones: ['PH'], ewallet: true },
      { role: 'recruiter', nationality: ['ID'], count: [1, 1], phones: ['ID'], bank: 'ID' },
      { role: 'recruiter', nationality: ['VN'], count: [1, 1], phones: ['VN'] },
      { role: 'money_handler', nationality: ['PH'], count: [2, 2], phones: ['PH'], bank: 'PH', ewallet: true },
      { role: 'mule', nationality: ['PH'], count: [3, 3], phones: ['PH'], ewallet: true },
      { role: 'victim', nationality: ['ID'], count: [4, 5], phones: ['home'], phoneChance: 0.8 },
      { role: 'victim', nationality: ['VN'], count: [3, 4], phones: ['home'], phoneChance: 0.6 },
      { role: 'victim', nationality: ['PH'], count: [3, 4], phones: ['home'], phoneChance: 0.8 },
    ],
  },
  {
    name: 'Medan domestic scam ring (TPPO)', hub: 'Medan', anchor: 'ID',
    places: [
      { name: 'Ruko Jalan Gatot Subroto, Medan (scam office)', country: 'ID', lat: 3.5952, lon: 98.6467, type: 'compound' },
      { name: 'Penampungan Oebobo, Kupang', country: 'ID', lat: -10.1632, lon: 123.6187, type: 'recruitment_office' },
      { name: 'Rumah transit Batam Centre', country: 'ID', lat: 1.1283, lon: 104.0530, type: 'safe_house' },
    ],
    roster: [
      { role: 'boss', nationality: ['ID'], count: [1, 1], phones: ['ID', 'ID'], bank: 'ID', wallet: true },
      { role: 'financier', nationality: ['ID'], count: [1, 1], phones: ['ID'], bank: 'ID', wallet: true },
      { role: 'manager', nationality: ['ID'], count: [3, 3], phones: ['ID'] },
      { role: 'recruiter', nationality: ['ID'], count: [3, 3], phones: ['ID'], bank: 'ID' },
      { role: 'money_handler', nationality: ['ID'], count: [2, 2], phones: ['ID'], bank: 'ID', ewallet: true },
      { role: 'mule', nationality: ['ID'], count: [3, 3], phones: ['ID'], bank: 'ID', ewallet: true },
      { role: 'victim', nationality: ['ID'], count: [8, 10], phones: ['home'], phoneChance: 0.8 },
    ],
  },
];
