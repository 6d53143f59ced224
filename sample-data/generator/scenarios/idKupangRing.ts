// Scenario "Kupang ring": a TPPO recruitment ring in NTT sends workers to Malaysia. Indonesian exports only:
// a Telkomsel CDR, a bank's mutasi rekening, registration and account-holder lists, the police's list of persons
// and victims' statements (BAP), all in Indonesian habits (semicolons, dd/mm/yyyy, 08xx numbers, 1.500.000,00).

import { writeAccount } from '../accounts.ts';
import { amountId, dmy, hms, stamp } from '../format.ts';
import { csvText, firstAccount, firstPhone, ids, ScenarioWorld, writePhone, type Cast } from './engine.ts';
import type { BuiltScenario, ScenarioDefinition } from './types.ts';

const WIB = 8 * 60; // NOTE: Kupang is WITA (UTC+8); the telco and the bank write local time.

const STATUS: Record<string, string> = { recruiter: 'tersangka', boss: 'tersangka', mule: 'tersangka', broker: 'DPO', victim: 'korban', other: 'saksi' };
const PERAN: Record<string, string> = { recruiter: 'perekrut', boss: 'sponsor / pemodal', mule: 'pemilik rekening penampung', broker: 'agen penyalur (Malaysia)', victim: 'pekerja migran', other: 'keluarga korban' };

function build(seed: number): BuiltScenario {
  const w = new ScenarioWorld(seed, 'NTT');
  const sponsor = w.person('boss', 'ID', 'ring', { bank: 'ID', bankName: 'BCA' });
  const r1 = w.person('recruiter', 'ID', 'ring', { bank: 'ID', bankName: 'BRI' });
  const r2 = w.person('recruiter', 'ID', 'ring', { bank: 'ID', bankName: 'BNI' });
  const c1 = w.person('mule', 'ID', 'ring', { bank: 'ID', bankName: 'BRI' });
  const c2 = w.person('mule', 'ID', 'ring', { bank: 'ID', bankName: 'Bank Mandiri' });
  const agent = w.person('broker', 'MY', 'agent', { bank: 'MY', bankName: 'Maybank' });
  const first = [1, 2, 3, 4].map(() => w.person('victim', 'ID', 'victims-r1', { ewallet: true }));
  const second = [1, 2, 3].map(() => w.person('victim', 'ID', 'victims-r2', { ewallet: true }));
  const victims = [...first, ...second];
  const families = victims.map((victim) => w.person('manager', 'ID', `family-${victim.person.id}`, { bank: false }));

  for (const v of first) w.talk(r1, v, 6);
  for (const v of second) w.talk(r2, v, 6);
  w.talk(r1, r2, 8);
  w.talk(r1, sponsor, 12);
  w.talk(r2, sponsor, 9);
  w.talk(sponsor, agent, 10);
  w.talk(c1, sponsor, 7);
  w.talk(c2, sponsor, 6);
  victims.forEach((v, i) => w.talk(v, families[i] as Cast, 5));

  first.forEach((v) => w.pay(firstAccount(v), firstAccount(c1), 2, 3_500_000, 'IDR'));
  second.forEach((v) => w.pay(firstAccount(v), firstAccount(c2), 2, 4_000_000, 'IDR'));
  w.pay(firstAccount(c1), firstAccount(sponsor), 3, 9_000_000, 'IDR');
  w.pay(firstAccount(c2), firstAccount(sponsor), 3, 7_000_000, 'IDR');
  w.pay(firstAccount(sponsor), firstAccount(agent), 4, 12_000_000, 'IDR');
  w.pay(firstAccount(sponsor), firstAccount(r1), 2, 2_500_000, 'IDR');
  w.pay(firstAccount(sponsor), firstAccount(r2), 2, 2_000_000, 'IDR');

  const cdr = w.callsTouching('ID').map((call) => {
    const t = stamp(call.t, WIB);
    return [writePhone(call.from, 'ID', 'national'), writePhone(call.to, 'ID', 'national'), dmy(t), hms(t), String(call.seconds), call.seconds === 0 ? 'SMS' : 'VOICE'];
  });
  const mutasi = w.transfersWhere(() => true).map((transfer) => {
    const t = stamp(transfer.t, WIB);
    return [dmy(t), writeAccount(transfer.from, 'dot'), writeAccount(transfer.to, 'plain'), amountId(transfer.amount), transfer.currency,
      `TRF ${transfer.to.holder.name.toUpperCase()}`];
  });
  const everyone = w.cast;
  const role = (cast: Cast) => (cast.person.role === 'manager' ? 'other' : cast.person.role);
  const files = [
    { name: 'cdr_telkomsel_kupang.csv', text: csvText(['NOMOR_A', 'NOMOR_B', 'TANGGAL', 'JAM', 'DURASI', 'JENIS'], cdr, ';') },
    { name: 'mutasi_rekening.csv', text: csvText(['tanggal', 'rekening_pengirim', 'rekening_penerima', 'jumlah', 'mata_uang', 'keterangan'], mutasi, ';') },
    { name: 'pemilik_nomor.csv', text: csvText(['no_hp', 'id_orang', 'nama'], everyone.map((c) => [writePhone(firstPhone(c), 'ID', 'nationalGrouped'), c.person.id, c.person.name]), ';') },
    { name: 'pemilik_rekening.csv', text: csvText(['no_rekening', 'bank', 'id_orang', 'nama_pemilik'],
      everyone.flatMap((c) => c.accounts.map((a) => [writeAccount(a, 'plain'), a.bank, c.person.id, c.person.name.toUpperCase()])), ';') },
    { name: 'daftar_orang.csv', text: csvText(['id_orang', 'nama', 'kewarganegaraan', 'peran', 'status'],
      everyone.map((c) => [c.person.id, c.person.name, c.person.nationality === 'MY' ? 'Malaysia' : 'Indonesia', PERAN[role(c)] ?? '', STATUS[role(c)] ?? '']), ';', { bom: true }) },
    { name: 'bap_korban.csv', text: csvText(['person_a', 'person_b', 'relationship', 'source'],
      [...first.map((v) => [v.person.id, r1.person.id, 'direkrut oleh', 'BAP korban']), ...second.map((v) => [v.person.id, r2.person.id, 'direkrut oleh', 'BAP korban'])], ';') },
  ];
  const victimIds = victims.map(ids.person);
  const victimAccounts = victims.flatMap((v) => v.accounts.map(ids.account));
  const named = second[0] as Cast;
  return {
    id: 'id-kupang-ring', seed,
    title: { en: 'The Kupang ring (Indonesia → Malaysia)', id: 'Jaringan Kupang (Indonesia → Malaysia)' },
    summary: {
      en: 'A TPPO recruitment ring in East Nusa Tenggara: Telkomsel CDR, mutasi rekening, registrations and victims’ statements.',
      id: 'Jaringan perekrutan TPPO di Nusa Tenggara Timur: CDR Telkomsel, mutasi rekening, data registrasi dan BAP korban.',
    },
    briefing: {
      en: `# The Kupang ring\n\nSeven migrant workers from East Nusa Tenggara were intercepted at Entikong on their way to Malaysia without papers. Their statements (BAP) name two recruiters. Each family paid a "departure fee" into a bank account.\n\nYou have the Telkomsel CDR of the numbers involved, the bank's account statement (mutasi rekening), the registration of the numbers, the account holders, the police's list of persons and the victims' statements.\n\nFind who recruits, who collects the money, where the money goes, and which accounts should be frozen. The workers are victims (korban): protect them, never treat them as suspects.`,
      id: `# Jaringan Kupang\n\nTujuh pekerja migran asal Nusa Tenggara Timur dicegat di Entikong dalam perjalanan ke Malaysia tanpa dokumen. BAP mereka menyebut dua perekrut. Setiap keluarga membayar "biaya pemberangkatan" ke sebuah rekening bank.\n\nAnda memegang CDR Telkomsel dari nomor-nomor terkait, mutasi rekening dari bank, data registrasi nomor HP, data pemilik rekening, daftar orang dari kepolisian dan BAP korban.\n\nTemukan siapa yang merekrut, siapa yang menampung uang, ke mana uang mengalir, dan rekening mana yang perlu diblokir. Para pekerja adalah korban: lindungi mereka, jangan pernah diperlakukan sebagai tersangka.`,
    },
    files,
    tasks: [
      {
        id: 't1', answer: 'entities',
        question: { en: 'Which person recruited the most victims?', id: 'Siapa perekrut yang merekrut korban paling banyak?' },
        explanation: { en: 'The victims’ statements (bap_korban.csv) and the calls both point to one recruiter with four victims.', id: 'BAP korban (bap_korban.csv) dan data panggilan sama-sama menunjuk satu perekrut dengan empat korban.' },
        key: { expected: [ids.person(r1)], forbidden: victimIds },
      },
      {
        id: 't2', answer: 'entities',
        question: { en: `Which other workers were recruited by the same person as ${named.person.name}?`, id: `Pekerja mana lagi yang direkrut oleh orang yang sama dengan ${named.person.name}?` },
        explanation: { en: 'Open the recruiter of this worker and look at the other workers linked to them by “direkrut oleh”.', id: 'Buka perekrut pekerja ini, lalu lihat pekerja lain yang terhubung dengannya lewat “direkrut oleh”.' },
        key: { expected: second.slice(1).map(ids.person), forbidden: [] },
      },
      {
        id: 't3', answer: 'entities',
        question: { en: 'Which accounts collected the departure fees and should be frozen?', id: 'Rekening mana yang menampung biaya pemberangkatan dan perlu diblokir?' },
        explanation: { en: 'The mutasi shows the victims’ e-wallets paying into two accounts that pass the money on to the sponsor. The victims’ own accounts are not to be frozen.', id: 'Mutasi menunjukkan dompet digital para korban membayar ke dua rekening penampung yang meneruskan uang ke sponsor. Rekening milik korban tidak diblokir.' },
        key: { expected: [ids.account(firstAccount(c1)), ids.account(firstAccount(c2))], forbidden: victimAccounts },
      },
      {
        id: 't4', answer: 'cluster',
        question: { en: 'Which cluster spans Indonesia and Malaysia: the sponsor and the agent who receives the workers?', id: 'Klaster mana yang mencakup Indonesia dan Malaysia: sponsor dan agen yang menerima para pekerja?' },
        explanation: { en: 'The sponsor calls the Malaysian number and pays the Maybank account: the cluster holding both is the ring.', id: 'Sponsor menelepon nomor Malaysia dan mentransfer ke rekening Maybank: klaster yang memuat keduanya adalah jaringan ini.' },
        key: { expected: [ids.person(sponsor), ids.person(agent)], forbidden: [] },
      },
      {
        id: 't5', answer: 'entities',
        question: { en: 'Who sends the money on to Malaysia?', id: 'Siapa yang meneruskan uang ke Malaysia?' },
        explanation: { en: 'Follow the money out of the two collecting accounts: it reaches one BCA account, which pays the Maybank account.', id: 'Ikuti aliran uang dari dua rekening penampung: uang masuk ke satu rekening BCA yang lalu mentransfer ke rekening Maybank.' },
        key: { expected: [ids.person(sponsor)], forbidden: victimIds },
      },
    ],
  };
}

export const kupangRing: ScenarioDefinition = { id: 'id-kupang-ring', bundledSeed: 12, build };
