// Writes tests/fixtures/unseen-*/: the small case (tests/ingest/smallCase.ts) in three header habits found
// nowhere else in the repository, each with the mapping a person would write by hand for the same files.
// Run: npx tsx tests/ingest/unseen/writeFixtures.ts

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnRole, FileKind } from '../../../src/core/ingest/roles.ts';
import { loadSmallCase, writeTable, type Writing } from '../smallCase.ts';

interface FileHabit extends Writing {
  name: string;
  kind: FileKind;
  /** Sample header → [new header, role a person would state]. */
  columns: Record<string, [string, ColumnRole]>;
}

/** A Vietnamese telco's CDRs and subscriber list, a Malaysian bank's replies and transfers, Malay police lists. */
const VN_MY: Record<string, FileHabit> = {
  'persons_partner_agencies.csv': { name: 'senarai_suspek.csv', kind: 'people', columns: {
    person_id: ['No. Rujukan Individu', 'person_id'], full_name: ['Nama Penuh', 'person_name'], nationality: ['Warganegara', 'nationality'],
    passport_no: ['No. Dokumen Perjalanan', 'passport'], date_of_birth: ['Tarikh Lahir', 'birth_date'], role: ['Peranan', 'role'],
    status: ['Status Kes', 'status'] } },
  'subscribers.csv': { name: 'thue_bao.csv', kind: 'subscribers', delimiter: ';', bom: true, columns: {
    MSISDN: ['Số thuê bao', 'phone'], REGISTERED_NAME: ['Tên chủ thuê bao', 'person_name'], PERSON_ID: ['Mã đối tượng', 'person_id'],
    REG_DATE: ['Ngày kích hoạt', 'date'], OPERATOR: ['Nhà cung cấp dịch vụ', 'operator'] } },
  'account_holders.csv': { name: 'jawapan_bank.csv', kind: 'account_holders', columns: {
    account_number: ['No. Akaun Bank', 'account'], bank: ['Nama Institusi', 'bank'], holder_id: ['ID Pemilik Akaun', 'person_id'],
    holder_name: ['Nama Pemilik Akaun', 'person_name'], country: ['Negara Bank', 'country'] } },
  'locations.csv': { name: 'tempat.csv', kind: 'locations', columns: {
    location_id: ['Kod Tempat', 'location_id'], name: ['Nama Tempat', 'location_name'], country: ['Negeri / Negara', 'country'],
    latitude: ['Latitud', 'latitude'], longitude: ['Longitud', 'longitude'], type: ['Jenis Tempat', 'location_type'] } },
  'sightings.csv': { name: 'pemerhatian.csv', kind: 'sightings', columns: {
    person_id: ['No. Rujukan Individu', 'person_id'], location_id: ['Kod Tempat', 'location_id'], seen_on: ['Tarikh Dilihat', 'date'],
    source: ['Sumber Maklumat', 'evidence'] } },
  'associations.csv': { name: 'moi_quan_he.csv', kind: 'associations', delimiter: ';', columns: {
    person_a: ['Đối tượng 1', 'person_a'], person_b: ['Đối tượng 2', 'person_b'], relationship: ['Mối quan hệ', 'relationship'],
    source: ['Nguồn tin', 'evidence'] } },
  'cdr_mytel_MM.csv': { name: 'cuoc_goi_01.csv', kind: 'calls', delimiter: ';', columns: {
    A_NUMBER: ['Thuê bao chủ gọi', 'phone_a'], B_NUMBER: ['Thuê bao bị gọi', 'phone_b'], CALL_TYPE: ['Kiểu cuộc gọi', 'call_type'],
    START_TIME: ['Thời điểm bắt đầu', 'datetime'], DURATION: ['Thời lượng (giây)', 'duration'], IMEI: ['Số IMEI máy', 'imei'],
    CELL_ID: ['Mã trạm BTS', 'cell_id'] } },
  'cdr_telkomsel_ID.csv': { name: 'cuoc_goi_02.txt', kind: 'calls', delimiter: '\t', columns: {
    CALLING_PARTY: ['Số máy gọi đi', 'phone_a'], CALLED_PARTY: ['Số máy nhận cuộc gọi', 'phone_b'], CALL_DATE: ['Ngày thực hiện', 'date'],
    CALL_TIME: ['Giờ thực hiện', 'time'], DURATION: ['Số giây', 'duration'], CALL_TYPE: ['Dịch vụ', 'call_type'] } },
  'transfers_bank_TH.csv': { name: 'pindahan_wang.csv', kind: 'transfers', columns: {
    TXN_ID: ['No. Rujukan Urus Niaga', 'transaction_id'], TXN_DATE: ['Tarikh & Masa', 'datetime'], DEBIT_ACCOUNT: ['Akaun Pendebit', 'account_from'],
    CREDIT_ACCOUNT: ['Akaun Dikreditkan', 'account_to'], AMOUNT: ['Amaun Urus Niaga', 'amount'], CURRENCY: ['Kod Mata Wang', 'currency'],
    CHANNEL: ['Saluran', 'channel'] } },
  'crypto_usdt_trc20.csv': { name: 'dompet_kripto.csv', kind: 'transfers', columns: {
    tx_hash: ['ID Urus Niaga', 'transaction_id'], timestamp: ['Masa (Unix)', 'datetime'], from_address: ['Dompet Penghantar', 'account_from'],
    to_address: ['Dompet Penerima', 'account_to'], amount: ['Kuantiti', 'amount'], token: ['Aset Digital', 'currency'] } },
};

/** A Philippine agency's habit: Filipino and English mixed in one header, semicolons, files named by date. */
const PH: Record<string, FileHabit> = {
  'persons_partner_agencies.csv': { name: '2024-03-01_a.csv', kind: 'people', delimiter: ';', columns: {
    person_id: ['Blg. ng Tao', 'person_id'], full_name: ['Buong Pangalan', 'person_name'], nationality: ['Nasyonalidad / Citizenship', 'nationality'],
    passport_no: ['Pasaporte Blg.', 'passport'], date_of_birth: ['Kaarawan', 'birth_date'], role: ['Tungkulin', 'role'], status: ['Kalagayan', 'status'] } },
  'subscribers.csv': { name: '2024-03-01_b.csv', kind: 'subscribers', delimiter: ';', columns: {
    MSISDN: ['Numero ng Cellphone', 'phone'], REGISTERED_NAME: ['Rehistradong Pangalan', 'person_name'], PERSON_ID: ['Tao Ref', 'person_id'],
    REG_DATE: ['Petsa ng Rehistro', 'date'], OPERATOR: ['Telco', 'operator'] } },
  'account_holders.csv': { name: '2024-03-01_c.csv', kind: 'account_holders', delimiter: ';', columns: {
    account_number: ['Account Blg.', 'account'], bank: ['Bangko', 'bank'], holder_id: ['May-ari Ref', 'person_id'],
    holder_name: ['Pangalan ng May-ari', 'person_name'], country: ['Bansa', 'country'] } },
  'locations.csv': { name: '2024-03-01_d.csv', kind: 'locations', delimiter: ';', columns: {
    location_id: ['Lugar Ref', 'location_id'], name: ['Pangalan ng Lugar', 'location_name'], country: ['Bansa', 'country'],
    latitude: ['Latitud', 'latitude'], longitude: ['Longhitud', 'longitude'], type: ['Uri ng Lugar', 'location_type'] } },
  'sightings.csv': { name: '2024-03-01_e.csv', kind: 'sightings', delimiter: ';', columns: {
    person_id: ['Tao Ref', 'person_id'], location_id: ['Lugar Ref', 'location_id'], seen_on: ['Petsa Nakita', 'date'],
    source: ['Pinagmulan', 'evidence'] } },
  'associations.csv': { name: '2024-03-01_f.csv', kind: 'associations', delimiter: ';', columns: {
    person_a: ['Unang Tao', 'person_a'], person_b: ['Ikalawang Tao', 'person_b'], relationship: ['Ugnayan', 'relationship'],
    source: ['Pinagmulan ng Impormasyon', 'evidence'] } },
  'cdr_mytel_MM.csv': { name: '2024-03-01_g.csv', kind: 'calls', delimiter: ';', columns: {
    A_NUMBER: ['Numero ng Tumawag', 'phone_a'], B_NUMBER: ['Numero ng Tinawag', 'phone_b'], CALL_TYPE: ['Uri ng Tawag', 'call_type'],
    START_TIME: ['Petsa at Oras', 'datetime'], DURATION: ['Haba (seg)', 'duration'], IMEI: ['IMEI ng Telepono', 'imei'],
    CELL_ID: ['Cell Site', 'cell_id'] } },
  'cdr_telkomsel_ID.csv': { name: '2024-03-01_h.csv', kind: 'calls', delimiter: ';', columns: {
    CALLING_PARTY: ['Mula sa Numero', 'phone_a'], CALLED_PARTY: ['Para sa Numero', 'phone_b'], CALL_DATE: ['Petsa ng Tawag', 'date'],
    CALL_TIME: ['Oras ng Tawag', 'time'], DURATION: ['Haba ng Tawag', 'duration'], CALL_TYPE: ['Serbisyo', 'call_type'] } },
  'transfers_bank_TH.csv': { name: '2024-03-01_i.csv', kind: 'transfers', delimiter: ';', columns: {
    TXN_ID: ['Sanggunian Blg.', 'transaction_id'], TXN_DATE: ['Petsa ng Transaksyon', 'datetime'], DEBIT_ACCOUNT: ['Mula sa Account', 'account_from'],
    CREDIT_ACCOUNT: ['Para sa Account', 'account_to'], AMOUNT: ['Halaga', 'amount'], CURRENCY: ['Pera', 'currency'], CHANNEL: ['Paraan', 'channel'] } },
  'crypto_usdt_trc20.csv': { name: '2024-03-01_j.csv', kind: 'transfers', delimiter: ';', columns: {
    tx_hash: ['Tx Hash Blg.', 'transaction_id'], timestamp: ['Oras (Unix)', 'datetime'], from_address: ['Mula sa Wallet', 'account_from'],
    to_address: ['Para sa Wallet', 'account_to'], amount: ['Halaga ng Token', 'amount'], token: ['Uri ng Token', 'currency'] } },
};

/** A Thai police unit's lists and telco CDR, an exchange's order log and a block explorer's token transfers. */
const EXPLORER_TH: Record<string, FileHabit> = {
  'persons_partner_agencies.csv': { name: 'บุคคล.csv', kind: 'people', columns: {
    person_id: ['เลขประจำตัวบุคคล', 'person_id'], full_name: ['ชื่อ-สกุล', 'person_name'], nationality: ['สัญชาติผู้ต้องหา', 'nationality'],
    passport_no: ['เลขหนังสือเดินทาง', 'passport'], date_of_birth: ['วันเกิด', 'birth_date'], role: ['บทบาทในเครือข่าย', 'role'],
    status: ['สถานะคดี', 'status'] } },
  'subscribers.csv': { name: 'ผู้ใช้บริการ.csv', kind: 'subscribers', columns: {
    MSISDN: ['หมายเลขโทรศัพท์', 'phone'], REGISTERED_NAME: ['ชื่อผู้จดทะเบียน', 'person_name'], PERSON_ID: ['เลขประจำตัวบุคคล', 'person_id'],
    REG_DATE: ['วันที่ลงทะเบียน', 'date'], OPERATOR: ['ผู้ให้บริการ', 'operator'] } },
  'account_holders.csv': { name: 'เจ้าของบัญชี.csv', kind: 'account_holders', columns: {
    account_number: ['หมายเลขบัญชีธนาคาร', 'account'], bank: ['ธนาคาร', 'bank'], holder_id: ['รหัสเจ้าของ', 'person_id'],
    holder_name: ['ชื่อเจ้าของบัญชี', 'person_name'], country: ['ประเทศ', 'country'] } },
  'locations.csv': { name: 'สถานที่.csv', kind: 'locations', columns: {
    location_id: ['รหัสสถานที่', 'location_id'], name: ['ชื่อสถานที่', 'location_name'], country: ['ประเทศ', 'country'],
    latitude: ['ละติจูด', 'latitude'], longitude: ['ลองจิจูด', 'longitude'], type: ['ประเภทสถานที่', 'location_type'] } },
  'sightings.csv': { name: 'การพบเห็น.csv', kind: 'sightings', columns: {
    person_id: ['เลขประจำตัวบุคคล', 'person_id'], location_id: ['รหัสสถานที่', 'location_id'], seen_on: ['วันที่พบ', 'date'],
    source: ['แหล่งข้อมูล', 'evidence'] } },
  'associations.csv': { name: 'ความเชื่อมโยง.csv', kind: 'associations', columns: {
    person_a: ['บุคคลที่ 1', 'person_a'], person_b: ['บุคคลที่ 2', 'person_b'], relationship: ['ความสัมพันธ์', 'relationship'],
    source: ['แหล่งข้อมูล', 'evidence'] } },
  'cdr_mytel_MM.csv': { name: 'cdr_export.csv', kind: 'calls', title: ['รายงานการใช้งานโทรศัพท์'], columns: {
    A_NUMBER: ['เบอร์ต้นทาง', 'phone_a'], B_NUMBER: ['เบอร์ปลายทาง', 'phone_b'], CALL_TYPE: ['ประเภทการโทร', 'call_type'],
    START_TIME: ['วันเวลาที่โทร', 'datetime'], DURATION: ['ระยะเวลา(วินาที)', 'duration'], IMEI: ['IMEI เครื่อง', 'imei'],
    CELL_ID: ['รหัสเสาสัญญาณ', 'cell_id'] } },
  'cdr_telkomsel_ID.csv': { name: 'cdr_export (2).csv', kind: 'calls', columns: {
    CALLING_PARTY: ['เบอร์ผู้โทร', 'phone_a'], CALLED_PARTY: ['เบอร์ผู้รับ', 'phone_b'], CALL_DATE: ['วันที่โทร', 'date'],
    CALL_TIME: ['เวลาโทร', 'time'], DURATION: ['ระยะเวลาสนทนา', 'duration'], CALL_TYPE: ['ประเภทบริการ', 'call_type'] } },
  'transfers_bank_TH.csv': { name: 'orders.csv', kind: 'transfers', columns: {
    TXN_ID: ['Order No.', 'transaction_id'], TXN_DATE: ['Created At', 'datetime'], DEBIT_ACCOUNT: ['Payer Acct', 'account_from'],
    CREDIT_ACCOUNT: ['Payee Acct', 'account_to'], AMOUNT: ['Gross Amt', 'amount'], CURRENCY: ['Settlement Unit', 'currency'], CHANNEL: ['Rail', 'channel'] } },
  'crypto_usdt_trc20.csv': { name: 'export-token-transfers.csv', kind: 'transfers', columns: {
    tx_hash: ['Transaction Id', 'transaction_id'], timestamp: ['Block Timestamp', 'datetime'], from_address: ['Sender', 'account_from'],
    to_address: ['Receiver', 'account_to'], amount: ['Token Amount', 'amount'], token: ['Contract Ticker', 'currency'] } },
};

export const HABITS: Record<string, Record<string, FileHabit>> = { 'unseen-vn-my': VN_MY, 'unseen-ph-agency': PH, 'unseen-explorer-th': EXPLORER_TH };

function write(): void {
  const tables = loadSmallCase();
  for (const [folder, habit] of Object.entries(HABITS)) {
    const dir = join('tests/fixtures', folder);
    mkdirSync(dir, { recursive: true });
    const files: Record<string, { kind: FileKind; columns: Record<string, ColumnRole> }> = {};
    for (const table of tables) {
      const file = habit[table.name];
      if (!file) throw new Error(`${folder}: no habit for ${table.name}`);
      const headers = Object.fromEntries(Object.entries(file.columns).map(([sample, [header]]) => [sample, header]));
      const written = writeTable(table, { ...file, headers });
      writeFileSync(join(dir, file.name), written.bytes);
      files[file.name] = { kind: file.kind, columns: Object.fromEntries(Object.values(file.columns)) };
    }
    writeFileSync(join(dir, 'mapping.json'), `${JSON.stringify({ type: 'simpul-mapping', version: 1, files }, null, 1)}\n`);
  }
}

if (process.argv[1]?.endsWith('writeFixtures.ts')) write();
