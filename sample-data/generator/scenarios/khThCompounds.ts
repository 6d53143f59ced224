// Scenario "Two compounds": a scam compound in Sihanoukville (Cambodia) and one near Myawaddy (Myanmar), Thai
// mule accounts, USDT on TRON and a broker who moves money between the compounds. Partner-agency habits: a
// Cambodian CDR with pipes and dd-mm-yyyy, a Thai bank export with 01-Feb-2025 and 1,250.00, a TRON explorer
// export with Unix times, and English person lists.

import { writeAccount } from '../accounts.ts';
import { amountEn, bankDateTime, dmy, hms, isoDate, stamp } from '../format.ts';
import { csvText, firstAccount, firstPhone, ids, ScenarioWorld, writePhone, type Cast } from './engine.ts';
import type { BuiltScenario, ScenarioDefinition } from './types.ts';

const ICT = 7 * 60;
const ROLE: Record<string, string> = { boss: 'compound boss', manager: 'floor manager', broker: 'crypto OTC broker', mule: 'mule account holder', victim: 'trafficked worker', financier: 'scam victim (Thailand)' };
const STATUS: Record<string, string> = { boss: 'wanted', manager: 'wanted', broker: 'person of interest', mule: 'suspect', victim: 'rescued', financier: 'complainant' };
const NATIONALITY: Record<string, string> = { CN: 'China', TH: 'Thailand', ID: 'Indonesia', VN: 'Viet Nam', MM: 'Myanmar', KH: 'Cambodia', PH: 'Philippines', MY: 'Malaysia', LA: 'Lao PDR' };

function build(seed: number): BuiltScenario {
  const w = new ScenarioWorld(seed, 'P');
  // Compound A, Sihanoukville: Cambodian numbers.
  const bossA = w.person('boss', 'CN', 'A', { phoneCountry: 'KH', bank: false, tron: true });
  const managerA = w.person('manager', 'CN', 'A', { phoneCountry: 'KH', bank: false });
  const workersA = (['VN', 'ID', 'VN', 'ID'] as const).map((country) => w.person('victim', country, 'A', { phoneCountry: 'KH', bank: false }));
  // Compound B, Myawaddy: Thai numbers work across the river; Thai mules launder the takings.
  const bossB = w.person('boss', 'CN', 'B', { phoneCountry: 'TH', bank: false, tron: true });
  const managerB = w.person('manager', 'CN', 'B', { phoneCountry: 'MM', bank: false });
  const workersB = (['ID', 'MM', 'ID'] as const).map((country) => w.person('victim', country, 'B', { phoneCountry: 'MM', bank: false }));
  const mules = [1, 2, 3].map(() => w.person('mule', 'TH', 'B', { bank: 'TH', tron: false }));
  const complainants = [1, 2, 3, 4].map(() => w.person('financier', 'TH', 'TH-victims', { bank: 'TH' }));
  const broker = w.person('broker', 'TH', 'OTC', { bank: false, tron: true });

  w.talk(bossA, managerA, 30);
  for (const worker of workersA) w.talk(managerA, worker, 5);
  w.talk(bossB, managerB, 30);
  for (const worker of workersB) w.talk(managerB, worker, 5);
  for (const mule of mules) w.talk(bossB, mule, 6);
  w.talk(broker, bossA, 7);
  w.talk(broker, bossB, 7);
  complainants.forEach((victim, i) => w.pay(firstAccount(victim), firstAccount(mules[i % mules.length] as Cast), 2, 48_000, 'THB'));
  // NOTE: the mules pass money along among themselves (layering) before it leaves the banks.
  mules.forEach((mule, i) => w.pay(firstAccount(mule), firstAccount(mules[(i + 1) % mules.length] as Cast), 1, 20_000, 'THB'));
  w.pay(firstAccount(bossA, 'crypto'), firstAccount(broker, 'crypto'), 4, 25_000, 'USDT');
  w.pay(firstAccount(broker, 'crypto'), firstAccount(bossB, 'crypto'), 4, 22_000, 'USDT');
  w.pay(firstAccount(bossB, 'crypto'), firstAccount(broker, 'crypto'), 2, 9_000, 'USDT');

  const cdrKh = w.callsTouching('KH').map((call) => {
    const t = stamp(call.t, ICT);
    return [writePhone(call.from, 'KH', 'msisdn'), writePhone(call.to, 'KH', 'e164'), `${dmy(t, '-')} ${hms(t)}`, String(call.seconds), call.seconds === 0 ? 'SMS' : 'VOICE'];
  });
  const cdrTh = w.calls.filter((call) => call.from.country !== 'KH' && call.to.country !== 'KH').sort((a, b) => a.t - b.t).map((call) => {
    const t = stamp(call.t, ICT);
    return [writePhone(call.from, 'TH', 'national'), writePhone(call.to, 'TH', 'national'), isoDate(t), hms(t), String(call.seconds)];
  });
  const bank = w.transfersWhere((transfer) => transfer.currency === 'THB').map((transfer, i) => {
    const t = stamp(transfer.t, ICT);
    return [`TX${String(seed).padStart(4, '0')}${String(i + 1).padStart(5, '0')}`, bankDateTime(t), writeAccount(transfer.from, 'dash'), writeAccount(transfer.to, 'dash'), amountEn(transfer.amount), 'THB', 'PROMPTPAY'];
  });
  const tron = w.transfersWhere((transfer) => transfer.currency === 'USDT').map((transfer) => [
    w.rng.hex(64), String(transfer.t), transfer.from.key, transfer.to.key, (transfer.amount + w.rng.int(0, 99) / 100).toFixed(2), 'USDT',
  ]);
  const people = w.cast;
  const files = [
    { name: 'cdr_smart_KH.csv', text: csvText(['A_PARTY', 'B_PARTY', 'DATE_TIME', 'DUR_SEC', 'TYPE'], cdrKh, '|') },
    { name: 'cdr_ais_TH.csv', text: csvText(['CALLING_NO', 'CALLED_NO', 'CALL_DATE', 'CALL_TIME', 'DURATION_S'], cdrTh, ',', { crlf: true, title: 'รายงานการโทร AIS' }) },
    { name: 'kbank_transfers_TH.csv', text: csvText(['TXN_ID', 'TXN_DATE', 'DEBIT_ACCOUNT', 'CREDIT_ACCOUNT', 'AMOUNT', 'CURRENCY', 'CHANNEL'], bank) },
    { name: 'tronscan_usdt_trc20.csv', text: csvText(['tx_hash', 'timestamp', 'from_address', 'to_address', 'amount', 'token'], tron) },
    { name: 'subscribers.csv', text: csvText(['MSISDN', 'REGISTERED_NAME', 'PERSON_ID'], people.map((c) => [firstPhone(c).forms.msisdn, c.person.name.toUpperCase(), c.person.id])) },
    { name: 'account_holders.csv', text: csvText(['account_number', 'bank', 'holder_id', 'holder_name'],
      people.flatMap((c) => c.accounts.map((a) => [writeAccount(a, 'plain'), a.bank, c.person.id, c.person.name]))) },
    { name: 'persons.csv', text: csvText(['person_id', 'full_name', 'nationality', 'role', 'status'],
      people.map((c) => [c.person.id, c.person.native ? `${c.person.name} (${c.person.native})` : c.person.name, NATIONALITY[c.person.nationality] ?? c.person.nationality, ROLE[c.person.role] ?? '', STATUS[c.person.role] ?? ''])) },
  ];
  const victims = [...workersA, ...workersB, ...complainants];
  return {
    id: 'kh-th-two-compounds', seed,
    title: { en: 'Two compounds and a broker (Cambodia, Myanmar, Thailand)', id: 'Dua markas dan seorang perantara (Kamboja, Myanmar, Thailand)' },
    summary: {
      en: 'Scam compounds in Sihanoukville and Myawaddy, Thai mule accounts and USDT on TRON: Cambodian and Thai CDRs, a Thai bank export, a TRON explorer export.',
      id: 'Markas penipuan di Sihanoukville dan Myawaddy, rekening penampung di Thailand dan USDT di jaringan TRON: CDR Kamboja dan Thailand, data bank Thailand, ekspor penjelajah TRON.',
    },
    briefing: {
      en: `# Two compounds and a broker\n\nSeven workers from Indonesia, Viet Nam and Myanmar were rescued from two scam compounds: one in Sihanoukville (Cambodia), one near Myawaddy (Myanmar), across the river from Mae Sot. Thai complainants lost money to "investment" scams paid into Thai bank accounts.\n\nPartner agencies sent a Cambodian CDR, a Thai CDR, a Thai bank's transfer export, a TRON explorer export of USDT transfers, subscriber and account-holder lists, and a list of persons.\n\nFind the clusters behind each compound, the wallets that collect their money, the person who moves money between the two, and the accounts to freeze. The rescued workers and the complainants are victims: never rank them as suspects.`,
      id: `# Dua markas dan seorang perantara\n\nTujuh pekerja asal Indonesia, Vietnam dan Myanmar diselamatkan dari dua markas penipuan daring: satu di Sihanoukville (Kamboja), satu lagi dekat Myawaddy (Myanmar), di seberang sungai dari Mae Sot. Para pelapor di Thailand kehilangan uang karena penipuan "investasi" yang dibayarkan ke rekening bank Thailand.\n\nInstansi mitra mengirim CDR Kamboja, CDR Thailand, data transfer bank Thailand, ekspor penjelajah TRON untuk transfer USDT, daftar pelanggan dan pemilik rekening, serta daftar orang.\n\nTemukan klaster di balik setiap markas, dompet kripto yang menampung uang mereka, orang yang memindahkan uang di antara keduanya, dan rekening yang perlu diblokir. Pekerja yang diselamatkan dan para pelapor adalah korban: jangan pernah diperingkat sebagai tersangka.`,
    },
    files,
    tasks: [
      {
        id: 't1', answer: 'cluster',
        question: { en: 'Which cluster is compound A in Sihanoukville, spanning Cambodia, Viet Nam and Indonesia?', id: 'Klaster mana yang merupakan markas A di Sihanoukville, mencakup Kamboja, Vietnam dan Indonesia?' },
        explanation: { en: 'Compound A’s boss calls the floor manager on a Cambodian number every day; the manager calls the Vietnamese and Indonesian workers.', id: 'Bos markas A setiap hari menelepon manajer lantai yang memakai nomor Kamboja; manajer itulah yang menelepon para pekerja asal Vietnam dan Indonesia.' },
        key: { expected: [ids.person(bossA), ids.person(managerA), ids.person(workersA[0] as Cast)], forbidden: [] },
      },
      {
        id: 't2', answer: 'entities',
        question: { en: 'Who moves money between the two compounds?', id: 'Siapa yang memindahkan uang di antara kedua markas?' },
        explanation: { en: 'One TRON wallet receives USDT from compound A’s wallet and pays compound B’s: its holder is the broker.', id: 'Satu dompet TRON menerima USDT dari dompet markas A dan membayar ke dompet markas B: pemiliknya adalah perantara.' },
        key: { expected: [ids.person(broker)], forbidden: victims.map(ids.person) },
      },
      {
        id: 't3', answer: 'entities',
        question: { en: 'Which USDT wallets collect the takings of the two compounds?', id: 'Dompet USDT mana yang menampung hasil kedua markas?' },
        explanation: { en: 'The explorer export shows the two bosses’ wallets sending to and receiving from the broker.', id: 'Ekspor penjelajah TRON menunjukkan dompet kedua bos mengirim ke dan menerima dari perantara.' },
        key: { expected: [ids.account(firstAccount(bossA, 'crypto')), ids.account(firstAccount(bossB, 'crypto'))], forbidden: [] },
      },
      {
        id: 't4', answer: 'entities',
        question: { en: 'Which Thai bank accounts should be frozen?', id: 'Rekening bank Thailand mana yang perlu diblokir?' },
        explanation: { en: 'The complainants paid into three mule accounts held for compound B; the complainants’ own accounts are victims’ accounts.', id: 'Para pelapor mentransfer ke tiga rekening penampung milik jaringan markas B; rekening para pelapor adalah rekening korban.' },
        key: { expected: mules.map((mule) => ids.account(firstAccount(mule))), forbidden: complainants.map((c) => ids.account(firstAccount(c))) },
      },
      {
        id: 't5', answer: 'entities',
        question: { en: 'Who runs compound A in Sihanoukville?', id: 'Siapa yang memimpin markas A di Sihanoukville?' },
        explanation: { en: 'The manager who calls the workers reports to one Cambodian number whose holder owns compound A’s wallet.', id: 'Manajer yang menelepon para pekerja melapor ke satu nomor Kamboja yang pemiliknya juga memegang dompet markas A.' },
        key: { expected: [ids.person(bossA)], forbidden: workersA.map(ids.person) },
      },
    ],
  };
}

export const twoCompounds: ScenarioDefinition = { id: 'kh-th-two-compounds', bundledSeed: 23, build };
