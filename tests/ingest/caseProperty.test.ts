// The resolved case does not depend on how its files are written: header synonyms, column order, file names,
// delimiters and BOMs change nothing in the entities, the links or the clusters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseModel, buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { caseFacts, loadSmallCase, writeTable, type CaseFacts, type CaseTable, type Writing } from './smallCase.ts';

/**
 * Header synonyms per sample header, in the languages of the region, each made of words the reader's vocabularies
 * know (a synonym the reader cannot know is the unseen-vocabulary test's business, not this one's).
 */
const SYNONYMS: Record<string, Record<string, string[]>> = {
  'persons_partner_agencies.csv': {
    person_id: ['person_id', 'Person ID', 'id_orang', 'Subject Ref', 'KYC subject #', 'ID Tersangka', 'Mã người', '人员编号'],
    full_name: ['full_name', 'Nama', 'Name', 'Nama Lengkap', 'Họ tên', 'Pangalan', '姓名', 'ชื่อ-นามสกุล'],
    nationality: ['nationality', 'Kewarganegaraan', 'Citizenship', 'Quốc tịch', 'Nasyonalidad', 'สัญชาติ', '国籍'],
    passport_no: ['passport_no', 'Nomor Paspor', 'Passport Number', 'No. Pasport', 'Số hộ chiếu', '护照号码'],
    date_of_birth: ['date_of_birth', 'Tanggal Lahir', 'DOB', 'Ngày sinh', 'Birth Date', 'Tarikh Lahir', '出生日期'],
    role: ['role', 'Peran', 'Vai trò', 'Role in network'],
    status: ['status', 'Status', 'Trạng thái', 'สถานะ'],
  },
  'subscribers.csv': {
    MSISDN: ['MSISDN', 'Phone Number', 'No HP', 'Nomor Telepon', 'Số điện thoại', 'Mobile No.', 'เบอร์โทรศัพท์', '手机号码'],
    REGISTERED_NAME: ['REGISTERED_NAME', 'Subscriber Name', 'Nama Pelanggan', 'Tên thuê bao', 'Registered Name'],
    PERSON_ID: ['PERSON_ID', 'subscriber_person_id', 'ID Pelanggan Orang', 'Holder Ref', 'Owner ID', 'id_pemegang'],
    REG_DATE: ['REG_DATE', 'Registration Date', 'Tanggal Daftar', 'Ngày đăng ký', 'Date Registered'],
    OPERATOR: ['OPERATOR', 'Carrier', 'Operator', 'Nhà mạng', 'Network Operator', 'Provider'],
  },
  'account_holders.csv': {
    account_number: ['account_number', 'Account No', 'No Rekening', 'Số tài khoản', 'เลขที่บัญชี', 'No. Akaun', 'acct_no'],
    bank: ['bank', 'Bank Name', 'Nama Bank', 'Ngân hàng', 'ธนาคาร', '银行'],
    holder_id: ['holder_id', 'holder_person_id', 'acct_owner_ref', 'id_pemegang', 'Customer ID', 'Mã khách hàng'],
    holder_name: ['holder_name', 'Account Holder Name', 'Nama Pemilik', 'Tên chủ tài khoản', 'ชื่อเจ้าของบัญชี', 'Owner Name'],
    country: ['country', 'Bank Country', 'Negara', 'Quốc gia', 'ประเทศ', 'Country of Bank'],
  },
  'locations.csv': {
    location_id: ['location_id', 'Place ID', 'id_lokasi', 'Site Code', 'Mã địa điểm'],
    name: ['name', 'Place Name', 'Nama Lokasi', 'Location Name', 'Tên địa điểm'],
    country: ['country', 'Negara', 'Country', 'Quốc gia'],
    latitude: ['latitude', 'Lat', 'Lintang', 'Vĩ độ'],
    longitude: ['longitude', 'Lon', 'Bujur', 'Kinh độ', 'lng'],
    type: ['type', 'Place Type', 'Jenis Lokasi', 'Location Type'],
  },
  'sightings.csv': {
    person_id: ['person_id', 'Person ID', 'id_orang', 'Subject Ref', 'Mã người'],
    location_id: ['location_id', 'Place ID', 'id_lokasi', 'Site Code', 'Location Ref'],
    seen_on: ['seen_on', 'Date', 'Tanggal', 'Date Seen', 'Ngày', 'Petsa'],
    source: ['source', 'Sumber', 'Reported By', 'Agency', 'Source Agency'],
  },
  'associations.csv': {
    person_a: ['person_a', 'Person A', 'Orang 1', 'Subject A', 'From Person'],
    person_b: ['person_b', 'Person B', 'Orang 2', 'Subject B', 'To Person', 'Associate ID'],
    relationship: ['relationship', 'Hubungan', 'Relation', 'Quan hệ', 'Relationship Type'],
    source: ['source', 'Sumber', 'Evidence', 'Reported By'],
  },
  'cdr_mytel_MM.csv': {
    A_NUMBER: ['A_NUMBER', 'Calling Number', 'Nomor A', 'Caller', 'A Party', 'Số gọi', 'Nomor Pemanggil', '主叫号码'],
    B_NUMBER: ['B_NUMBER', 'Called Number', 'Nomor B', 'B Party', 'Số bị gọi', 'Nomor Tujuan', '被叫号码', 'Dialled Number'],
    CALL_TYPE: ['CALL_TYPE', 'Call Type', 'Jenis Panggilan', 'Loại cuộc gọi', 'Event Type', 'Record Type'],
    START_TIME: ['START_TIME', 'Date Time', 'Timestamp', 'Waktu Panggilan', 'Thời gian bắt đầu', 'Call Start Time'],
    DURATION: ['DURATION', 'Dur(s)', 'Durasi', 'Thời lượng', 'Duration (sec)', 'Call Duration', 'ระยะเวลา'],
    IMEI: ['IMEI', 'IMEI A', 'Handset IMEI', 'Device ID'],
    CELL_ID: ['CELL_ID', 'Cell ID', 'LAC-CI', 'BTS', 'Site ID', 'First Cell'],
  },
  'cdr_telkomsel_ID.csv': {
    CALLING_PARTY: ['CALLING_PARTY', 'A Number', 'Nomor Pemanggil', 'Originating Number', 'Số gọi', 'Tumatawag'],
    CALLED_PARTY: ['CALLED_PARTY', 'B Number', 'Nomor Penerima', 'Terminating Number', 'Số bị gọi', 'Tinawagan'],
    CALL_DATE: ['CALL_DATE', 'Tanggal', 'Date', 'Ngày gọi', 'Call Date', 'Petsa'],
    CALL_TIME: ['CALL_TIME', 'Jam', 'Time', 'Giờ gọi', 'Call Time', 'Oras'],
    DURATION: ['DURATION', 'Durasi', 'Dur', 'Thời lượng', 'Tagal', 'Lama Panggilan'],
    CALL_TYPE: ['CALL_TYPE', 'Jenis Panggilan', 'Call Type', 'Loại cuộc gọi', 'Service'],
  },
  'transfers_bank_TH.csv': {
    TXN_ID: ['TXN_ID', 'Transaction ID', 'No Transaksi', 'Reference No', 'Mã giao dịch', 'Txn Ref'],
    TXN_DATE: ['TXN_DATE', 'Transaction Date', 'Tanggal Transaksi', 'Ngày giao dịch', 'Value Date', 'Tarikh Transaksi'],
    DEBIT_ACCOUNT: ['DEBIT_ACCOUNT', 'From Account', 'Rekening Pengirim', 'Sender Account', 'Payer Account', 'Tài khoản gửi', 'Akaun Pengirim'],
    CREDIT_ACCOUNT: ['CREDIT_ACCOUNT', 'To Account', 'Rekening Penerima', 'Beneficiary Account', 'Payee Account', 'Tài khoản nhận', 'Akaun Penerima'],
    AMOUNT: ['AMOUNT', 'Jumlah', 'Amount', 'Nominal', 'Số tiền', 'จำนวนเงิน', '金额', 'Amaun'],
    CURRENCY: ['CURRENCY', 'Mata Uang', 'Ccy', 'Currency Code', 'Tiền tệ', 'สกุลเงิน', '币种', 'Mata Wang'],
    CHANNEL: ['CHANNEL', 'Channel', 'Kanal', 'Payment Method', 'Via'],
  },
  'crypto_usdt_trc20.csv': {
    tx_hash: ['tx_hash', 'Txhash', 'Transaction Hash', 'TxID', 'Hash'],
    timestamp: ['timestamp', 'UnixTimestamp', 'DateTime (UTC)', 'Block Time', 'Time'],
    from_address: ['from_address', 'From', 'Sender Address', 'From Wallet', 'Dari'],
    to_address: ['to_address', 'To', 'Recipient Address', 'To Wallet', 'Ke'],
    amount: ['amount', 'Value', 'Quantity', 'Amount', 'Jumlah'],
    token: ['token', 'Token Symbol', 'Symbol', 'Asset', 'Coin', 'Ccy'],
  },
};

const DELIMITERS = [',', ';', '\t', '|'] as const;
const NAMES = ['export', 'data', 'laporan', 'file', 'report', 'Book1', 'tmp', 'dl'];

const CASE = loadSmallCase();

function resolve(files: ReturnType<typeof writeTable>[]): CaseFacts {
  const { prepared, failed } = prepareFiles(files);
  expect(failed.map((entry) => entry.file)).toEqual([]);
  const { model } = buildCase(prepared);
  return caseFacts({ model, analysis: analyseModel(model, { seed: 7, stabilityRuns: 0 }) });
}

/** One writing of one table: a synonym per column, an order, a delimiter, a BOM, a file name that says nothing. */
function writingOf(table: CaseTable): fc.Arbitrary<Writing> {
  const synonyms = SYNONYMS[table.name] ?? {};
  const headers = fc.record(Object.fromEntries(table.headers.map((header) => [header, fc.constantFrom(...(synonyms[header] ?? [header]))])));
  return fc.record({
    headers,
    order: fc.shuffledSubarray(table.headers, { minLength: table.headers.length }),
    delimiter: fc.constantFrom(...DELIMITERS),
    bom: fc.boolean(),
    stem: fc.constantFrom(...NAMES),
    extension: fc.constantFrom('.csv', '.txt', '.tsv'),
  }).map(({ stem, extension, ...writing }) => ({ ...writing, name: `${stem}${extension}` }));
}

describe('the resolved case', () => {
  const reference = resolve(CASE.map((table) => writeTable(table)));

  it('is not empty: people, phones, accounts, calls, transfers and several clusters', () => {
    expect(reference.entities.filter((id) => id.startsWith('person:')).length).toBeGreaterThan(50);
    expect(reference.entities.filter((id) => id.startsWith('phone:')).length).toBeGreaterThan(50);
    expect(reference.entities.filter((id) => id.startsWith('account:')).length).toBeGreaterThan(50);
    expect(reference.links.filter((link) => link.startsWith('called|')).length).toBeGreaterThan(40);
    expect(reference.clusters.length).toBeGreaterThan(5);
  });

  it('does not change when headers are renamed to synonyms, columns shuffled, files renamed, delimiters and BOMs changed', () => {
    fc.assert(fc.property(fc.tuple(...CASE.map(writingOf)), (writings) => {
      const files = CASE.map((table, index) => {
        const writing = writings[index] ?? {};
        // Names say nothing, and each is the file's own: `export-3.csv`.
        return writeTable(table, { ...writing, name: (writing.name ?? table.name).replace(/(\.\w+)$/, `-${index}$1`) });
      });
      const facts = resolve(files);
      expect(facts.entities).toEqual(reference.entities);
      expect(facts.links).toEqual(reference.links);
      expect(facts.clusters).toEqual(reference.clusters);
    }), { seed: 20261129, numRuns: 20 });
  });
});
