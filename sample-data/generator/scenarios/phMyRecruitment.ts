// Scenario "Online job offer": Filipino workers recruited through a Manila sub-agent and a Kuala Lumpur agent for a
// compound in Cambodia. Philippine and Malaysian habits: a Globe CDR with ISO times and +08:00, a Malaysian CDR
// with dd/mm/yyyy and hh:mm:ss durations, GCash and Maybank transfers, sworn statements of the rescued workers.

import { writeAccount } from '../accounts.ts';
import { amountEn, dmy, hhmmss, hms, isoDate, isoWithOffset, stamp } from '../format.ts';
import { csvText, firstAccount, firstPhone, ids, ScenarioWorld, writePhone, type Cast } from './engine.ts';
import type { BuiltScenario, ScenarioDefinition } from './types.ts';

const PHT = 8 * 60;
const ROLE: Record<string, string> = { recruiter: 'recruiter', broker: 'placement agent', boss: 'compound manager', victim: 'victim', manager: 'relative' };
const STATUS: Record<string, string> = { recruiter: 'subject', broker: 'subject', boss: 'at large', victim: 'rescued', manager: 'witness' };

function build(seed: number): BuiltScenario {
  const w = new ScenarioWorld(seed, 'PH');
  const subAgent = w.person('recruiter', 'PH', 'manila', { ewallet: true, bank: 'PH', bankName: 'BDO' });
  const other = w.person('recruiter', 'PH', 'cebu', { ewallet: true });
  const agent = w.person('broker', 'MY', 'kl', { bank: 'MY', bankName: 'Maybank' });
  const manager = w.person('boss', 'CN', 'compound', { phoneCountry: 'KH', bank: 'KH', bankName: 'ABA Bank' });
  const bySub = [1, 2, 3, 4].map(() => w.person('victim', 'PH', 'workers', { ewallet: true }));
  const byOther = [1, 2].map(() => w.person('victim', 'PH', 'workers', { ewallet: true }));
  const relatives = [...bySub, ...byOther].map((victim) => w.person('manager', 'PH', `family-${victim.person.id}`, { bank: false }));

  for (const v of bySub) w.talk(subAgent, v, 6);
  for (const v of byOther) w.talk(other, v, 6);
  w.talk(subAgent, agent, 12);
  w.talk(other, agent, 4);
  w.talk(agent, manager, 10);
  [...bySub, ...byOther].forEach((v, i) => w.talk(v, relatives[i] as Cast, 4));

  for (const v of bySub) w.pay(firstAccount(v), firstAccount(subAgent, 'ewallet'), 1, 25_000, 'PHP');
  for (const v of byOther) w.pay(firstAccount(v), firstAccount(other), 1, 22_000, 'PHP');
  w.pay(firstAccount(subAgent, 'bank'), firstAccount(agent), 3, 9_000, 'MYR');
  w.pay(firstAccount(agent), firstAccount(manager), 3, 6_000, 'USD');

  const globe = w.callsTouching('PH').map((call) => {
    const t = stamp(call.t, PHT);
    const outgoing = call.from.country === 'PH';
    const [mine, theirs] = outgoing ? [call.from, call.to] : [call.to, call.from];
    return [writePhone(mine, 'PH', 'msisdn'), writePhone(theirs, 'PH', 'national'), outgoing ? 'OUT' : 'IN', call.seconds === 0 ? 'SMS' : 'VOICE', isoWithOffset(t, PHT), String(call.seconds)];
  });
  const maxis = w.calls.filter((call) => call.from.country !== 'PH' && call.to.country !== 'PH').sort((a, b) => a.t - b.t).map((call) => {
    const t = stamp(call.t, PHT);
    return [writePhone(call.from, 'MY', 'national'), writePhone(call.to, 'MY', 'international'), dmy(t), hms(t), hhmmss(call.seconds)];
  });
  const money = w.transfersWhere(() => true).map((transfer, i) => {
    const t = stamp(transfer.t, PHT);
    return [`REF${seed}${String(i + 1).padStart(4, '0')}`, isoDate(t), writeAccount(transfer.from, 'space'), writeAccount(transfer.to, 'plain'), amountEn(transfer.amount), transfer.currency];
  });
  const people = w.cast;
  const files = [
    { name: 'cdr_globe_PH.csv', text: csvText(['MSISDN', 'OTHER_PARTY', 'DIRECTION', 'EVENT_TYPE', 'EVENT_DATE', 'DURATION'], globe) },
    { name: 'cdr_maxis_MY.csv', text: csvText(['CALLER', 'CALLEE', 'DATE', 'TIME', 'DURATION'], maxis, ',', { crlf: true, title: 'LAPORAN PANGGILAN MAXIS - NOMBOR PELANGGAN' }) },
    { name: 'remittances.csv', text: csvText(['reference', 'date', 'from_account', 'to_account', 'amount', 'currency'], money) },
    { name: 'sim_registration.csv', text: csvText(['MSISDN', 'REGISTERED_NAME', 'PERSON_ID'], people.map((c) => [firstPhone(c).forms.msisdn, c.person.name, c.person.id])) },
    { name: 'account_holders.csv', text: csvText(['account_number', 'bank', 'holder_id', 'holder_name'],
      people.flatMap((c) => c.accounts.map((a) => [writeAccount(a, 'plain'), a.bank, c.person.id, c.person.name]))) },
    { name: 'persons.csv', text: csvText(['person_id', 'full_name', 'nationality', 'role', 'status'],
      people.map((c) => [c.person.id, c.person.name, c.person.nationality === 'PH' ? 'Filipino' : c.person.nationality === 'MY' ? 'Malaysian' : 'Chinese', ROLE[c.person.role] ?? '', STATUS[c.person.role] ?? ''])) },
    { name: 'sworn_statements.csv', text: csvText(['person_a', 'person_b', 'relationship', 'source'],
      [...bySub.map((v) => [v.person.id, subAgent.person.id, 'recruited by', 'sworn statement (IACAT)']), ...byOther.map((v) => [v.person.id, other.person.id, 'recruited by', 'sworn statement (IACAT)'])]) },
  ];
  const victims = [...bySub, ...byOther];
  const named = bySub[0] as Cast;
  return {
    id: 'ph-my-job-offer', seed,
    title: { en: 'The online job offer (Philippines → Malaysia → Cambodia)', id: 'Lowongan kerja daring (Filipina → Malaysia → Kamboja)' },
    summary: {
      en: 'Filipino workers recruited online through Manila and Kuala Lumpur for a compound in Cambodia: Globe and Malaysian CDRs, GCash and bank remittances, sworn statements.',
      id: 'Pekerja Filipina direkrut secara daring lewat Manila dan Kuala Lumpur untuk markas di Kamboja: CDR Globe dan Malaysia, remitansi GCash dan bank, pernyataan tersumpah.',
    },
    briefing: {
      en: `# The online job offer\n\nSix Filipino workers answered a "customer service job in Malaysia" post, paid a placement fee by GCash, flew to Kuala Lumpur and were driven on to a compound in Cambodia. They were rescued and gave sworn statements.\n\nYou have a Globe CDR, a Malaysian CDR, the remittances, SIM registrations, account holders, the list of persons and the sworn statements.\n\nFind who recruited whom, the agent in Malaysia, the cluster that spans the three countries and the accounts to freeze. The workers are victims: protect them.`,
      id: `# Lowongan kerja daring\n\nEnam pekerja Filipina menanggapi iklan "lowongan layanan pelanggan di Malaysia", membayar biaya penempatan lewat GCash, terbang ke Kuala Lumpur lalu dibawa ke sebuah markas di Kamboja. Mereka telah diselamatkan dan memberikan pernyataan tersumpah.\n\nAnda memegang CDR Globe, CDR Malaysia, data remitansi, registrasi kartu SIM, pemilik rekening, daftar orang dan pernyataan tersumpah.\n\nTemukan siapa merekrut siapa, agen di Malaysia, klaster yang mencakup ketiga negara, dan rekening yang perlu diblokir. Para pekerja adalah korban: lindungi mereka.`,
    },
    files,
    tasks: [
      {
        id: 't1', answer: 'entities',
        question: { en: `Which rescued workers were recruited by the same person as ${named.person.name}?`, id: `Pekerja yang diselamatkan mana saja yang direkrut oleh orang yang sama dengan ${named.person.name}?` },
        explanation: { en: 'The sworn statements link each worker to a recruiter; one recruiter has four workers.', id: 'Pernyataan tersumpah menghubungkan setiap pekerja dengan perekrutnya; satu perekrut memiliki empat pekerja.' },
        key: { expected: bySub.slice(1).map(ids.person), forbidden: [] },
      },
      {
        id: 't2', answer: 'entities',
        question: { en: 'Who is the placement agent in Malaysia?', id: 'Siapa agen penempatan di Malaysia?' },
        explanation: { en: 'Both recruiters call one Malaysian number, and the Manila sub-agent’s bank pays its Maybank account.', id: 'Kedua perekrut menelepon satu nomor Malaysia, dan rekening bank sub-agen Manila mentransfer ke rekening Maybank miliknya.' },
        key: { expected: [ids.person(agent)], forbidden: victims.map(ids.person) },
      },
      {
        id: 't3', answer: 'cluster',
        question: { en: 'Which cluster spans the Philippines, Malaysia and Cambodia?', id: 'Klaster mana yang mencakup Filipina, Malaysia dan Kamboja?' },
        explanation: { en: 'The agent calls the compound manager’s Cambodian number and pays the ABA account.', id: 'Agen menelepon nomor Kamboja milik manajer markas dan mentransfer ke rekening ABA.' },
        key: { expected: [ids.person(agent), ids.person(manager)], forbidden: [] },
      },
      {
        id: 't4', answer: 'entities',
        question: { en: 'Which accounts should be frozen?', id: 'Rekening mana yang perlu diblokir?' },
        explanation: { en: 'The sub-agent’s GCash and BDO accounts, the agent’s Maybank and the compound’s ABA account carry the fees; the workers’ GCash wallets are victims’ accounts.', id: 'GCash dan rekening BDO milik sub-agen, rekening Maybank milik agen dan rekening ABA markas membawa uang biaya; dompet GCash para pekerja adalah rekening korban.' },
        key: {
          expected: [ids.account(firstAccount(subAgent, 'ewallet')), ids.account(firstAccount(subAgent, 'bank')), ids.account(firstAccount(agent)), ids.account(firstAccount(manager))],
          forbidden: victims.map((v) => ids.account(firstAccount(v))),
        },
      },
    ],
  };
}

export const recruitmentPhMy: ScenarioDefinition = { id: 'ph-my-job-offer', bundledSeed: 34, build };
