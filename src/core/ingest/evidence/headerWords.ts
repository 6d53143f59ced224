// Header evidence: a header split into words, the words grouped into concepts, the concepts composed into role scores.

import type { ColumnRole } from '../roles.ts';
import { namesBothDirections } from '../../normalize/moneyDirection.ts';

/** A column reading the header can point to; `attribute` means "kept as an attribute, no role". */
export type Candidate = ColumnRole | 'attribute';

/** Candidate → score in [0, 1] from the header alone. */
export type HeaderScores = Map<Candidate, number>;

/**
 * `holder_person_id` → [holder, person, id]; `acctOwnerRef` → [acct, owner, ref]; `KYC subject #` → [kyc, subject, #];
 * `Dur(s)` → [dur, s]; `No. Rekening` → [no, rekening]. Accents folded, lower case; scripts without spaces
 * (Thai, Chinese) are kept whole and matched by substring (see {@link headerScores}).
 */
export function splitHeader(header: string): string[] {
  // NOTE: a header is a few words; a file read as one giant header line must not cost minutes.
  return header
    .slice(0, MAX_HEADER_CHARS)
    .replace(/^\uFEFF/, '')
    // NOTE: a script written without spaces glued to Latin words (`USDT地址(ERC20)`) is cut from them: `usdt` is a word.
    .replace(UNSPACED_RUN, ' $& ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/#/g, ' # ')
    .split(/[^\p{L}\p{N}#]+/u)
    .filter((word) => word !== '');
}

const MAX_HEADER_CHARS = 120;
const UNSPACED_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Myanmar}\p{sc=Khmer}]+/gu;

type Concept =
  | 'person' | 'subscriber' | 'phone' | 'party' | 'account' | 'bank' | 'place' | 'device'
  | 'id' | 'name' | 'type' | 'country' | 'nationality' | 'sideA' | 'sideB' | 'target' | 'balance'
  | 'date' | 'time' | 'stamp' | 'birth' | 'transaction' | 'call';

// NOTE: one table per language family would scatter a concept; one table per concept keeps the meaning
// in one place. Words in scripts without spaces (Thai, Chinese) match anywhere in the header. A run of words
// (`cuoc goi`, `bi goi`, `thoi gian`) is one word of its concept: its parts mean nothing else (`goi` alone is
// "calling", in `bi goi` it is "called", in `cuoc goi` it is "a call").
const CONCEPTS: Record<Concept, string[]> = {
  person: ['person', 'persons', 'people', 'orang', 'individual', 'holder', 'holders', 'pemegang', 'owner', 'owners', 'pemilik',
    'subject', 'subjek', 'suspect', 'tersangka', 'victim', 'korban', 'customer', 'nasabah', 'client', 'klien', 'member',
    'anggota', 'kyc', 'user', 'pengguna', 'registrant', 'pid', 'witness', 'saksi', 'accountholder', 'cardholder', 'penduduk',
    'khach', 'nguoi', 'tao', 'tuong', 'pelaku', 'associate', 'associates', 'individu', 'suspek', 'may ari', 'ผู้ถือ', 'บุคคล', 'เจ้าของ', '持有人', '户主', '客户', '人员', '员工', '姓名', '雇员', '工号', '客戶', '人員', '員工', '僱員', '工號', '戶主'],
  subscriber: ['subscriber', 'subscribers', 'pelanggan', 'sub', 'langganan', 'registered', 'terdaftar', 'thue'],
  phone: ['phone', 'phones', 'telephone', 'telepon', 'telpon', 'telp', 'tel', 'hp', 'handphone', 'mobile', 'msisdn', 'cellphone',
    'ponsel', 'sim', 'mdn', 'cli', 'telefono', 'telefon', 'dienthoai', 'thoai', 'sdt', 'โทรศัพท์', 'เบอร์', 'ເບີໂທ', 'ໂທລະສັບ', 'ဖုန်း', 'ទូរស័ព្ទ', '号码', '电话', '手机', '號碼', '電話', '手機'],
  party: ['party', 'parties', 'pihak', 'partner', 'leg'],
  account: ['account', 'accounts', 'acct', 'acc', 'rekening', 'rek', 'norek', 'wallet', 'wallets', 'dompet', 'iban', 'akun',
    'ewallet', 'khoan', 'tk', 'stk', 'akaun', 'บัญชี', 'กระเป๋า', 'ບັນຊີ', 'ဘဏ်စာရင်း', '账户', '账号', '钱包', '帳戶', '帳號', '賬戶', '賬號', '錢包', '卡号', '卡號', 'address'],
  bank: ['bank', 'bangko', 'institution', 'institusi', 'issuer', 'lembaga', 'hang', 'ธนาคาร', '银行', 'exchange', 'vasp'],
  place: ['location', 'locations', 'place', 'places', 'site', 'lokasi', 'tempat', 'venue', 'compound', 'diem', 'lugar', 'lokasyon', 'สถานที่', '地点'],
  device: ['imei', 'handset', 'device', 'perangkat', 'equipment'],
  id: ['id', 'ids', 'ref', 'no', 'nr', 'num', 'number', 'nomor', 'nomer', 'nombor', 'numero', 'ma', 'code', 'kode', 'key', 'identifier', '#', 'so', 'blg', 'bilang', 'kod', 'rujukan', 'sanggunian', 'รหัส', 'เลข',
    'หมายเลข', '编号', '号', '編號', '號', 'uid', 'nik'],
  name: ['name', 'names', 'nama', 'label', 'ten', 'pangalan', 'ชื่อ', 'ຊື່', 'အမည်', 'ឈ្មោះ', '姓名', '名称', '名字', '名稱', '名', 'fullname'],
  type: ['type', 'types', 'category', 'kind', 'class', 'jenis', 'tipe', 'kategori', 'loai', 'kieu', 'uri', 'ประเภท', 'ປະເພດ', 'အမျိုးအစား', 'ប្រភេទ', '类型', '類型', 'product', 'produk'],
  country: ['country', 'negara', 'nation', 'quoc', 'ประเทศ', '国家', '國家', 'jurisdiction'],
  nationality: ['nationality', 'nasyonalidad', 'warganegara', 'kewarganegaraan', 'citizenship', 'warga', 'warganegara', 'tich', 'สัญชาติ', '国籍', '國籍'],
  sideA: ['a', 'from', 'sender', 'pengirim', 'calling', 'caller', 'pemanggil', 'originating', 'origin', 'orig', 'asal', 'dari',
    'debtor', 'payer', 'remitter', 'originator', 'src', 'source', 'gui', 'goi', 'tumatawag', 'tumawag', 'mula', 'pendebit', 'penghantar',
    'unang', 'una', 'debit', 'debet', 'dr', '主叫', '转出', '轉出', '付款', '汇款人', '匯款人', '出账', '出賬', 'ต้นทาง', 'ผู้โทร', 'ผู้ส่ง', 'โทรออก', '1'],
  sideB: ['b', 'to', 'receiver', 'recipient', 'penerima', 'called', 'callee', 'dialled', 'dialed', 'terminating', 'term',
    'destination', 'dest', 'tujuan', 'bi goi', 'duoc goi', 'tatanggap', 'pinadalhan', 'creditor', 'payee', 'beneficiary', 'other', 'counterparty', 'counter', 'lawan',
    'kepada', 'ke', 'dihubungi', 'nhan', 'dst', 'target', 'tinawagan', 'tinawag', 'para', 'dikreditkan', 'ikalawang', 'ikalawa',
    'ผู้รับ', 'รับสาย', 'associate', 'credit', 'kredit', 'cr', '被叫', '对方', '對方', '转入', '轉入', '收款', '入账', '入賬', 'ปลายทาง', '2'],
  target: ['target', 'sasaran', 'monitored', 'intercepted', 'muc tieu', 'เป้าหมาย', '目标'],
  // NOTE: Vietnamese is often typed without accents and abbreviated (`So TK`/`STK`: số tài khoản, `So du`); Malay `baki`.
  balance: ['balance', 'saldo', 'du', 'so du', 'baki', 'ยอดคงเหลือ', 'ຍອດເຫຼືອ', 'လက်ကျန်', '余额', '餘額'],
  date: ['date', 'tanggal', 'tgl', 'day', 'hari', 'dt', 'ngay', 'tarikh', 'petsa', 'seen', 'วันที่', 'ວັນທີ', 'ရက်စွဲ', 'ថ្ងៃ', '日期', 'on'],
  time: ['time', 'waktu', 'jam', 'hour', 'gio', 'masa', 'oras', 'thoi gian', 'เวลา', 'ເວລາ', 'အချိန်', 'ម៉ោង', '时间', '時間', 'at'],
  stamp: ['timestamp', 'datetime', 'ts', 'stamp', 'when'],
  birth: ['birth', 'lahir', 'kelahiran', 'dob', 'born', 'sinh', 'kaarawan', 'kapanganakan', 'เกิด', '出生', 'birthday'],
  transaction: ['transaction', 'transactions', 'txn', 'tx', 'trx', 'transaksi', 'trans', 'trf', 'transfer', 'dich', 'txhash',
    'txid', 'payment', 'order', 'lenh', 'giao dich', 'urus niaga', 'transaksyon', '交易'],
  call: ['call', 'calls', 'panggilan', 'cuoc goi', 'tawag', 'voice', 'การโทร', '通话', '通話', '呼叫', '话单', '話單'],
};

/** Words that join others (`ng`, `sa`, `of`, `cua`) or name the thing numbered (`may`: a handset): they name no concept. */
const PARTICLES = new Set(['ng', 'sa', 'of', 'the', 'cua', 'ang', 'mga', 'may', 'yang']);

/** Side words that name the parties of a call, not of a payment: with a number word they are call parties. */
const CALL_SIDES = new Set(['calling', 'caller', 'called', 'callee', 'dialled', 'dialed', 'pemanggil', 'dihubungi', 'goi', 'bi goi',
  'duoc goi', 'tumatawag', 'tumawag', 'tinawagan', 'tinawag', 'originating', 'terminating', '主叫', '被叫']);

/** Words of money taken out to somewhere (`Withdrawal Address`): with an account word, the receiving side. */
const PAYOUT_WORDS = new Set(['withdrawal', 'withdrawals', 'withdraw', 'payout', 'penarikan', 'tarik', 'pengeluaran']);
/** Who a wallet's cash or payment row goes through: the other side of the money. */
const AGENT_WORDS = new Set(['agent', 'merchant', 'teller', 'outlet', 'biller', 'agen', 'pedagang']);
/** Words of a postal or a wallet address: which one, the other words say. */
const ADDRESS_WORDS = new Set(['address', 'alamat', 'addr']);
/** Address words of scripts without spaces, matched anywhere in the header. */
const UNSPACED_ADDRESS_WORDS = ['地址', '住址', 'ที่อยู่'];
/** Words of a coin, a chain or a wallet: with an address word (`USDT Address (TRC20)`, `USDT地址`), a wallet, not a home. */
const CRYPTO_WORDS = new Set(['wallet', 'crypto', 'usdt', 'usdc', 'erc20', 'trc20', 'bep20', 'btc', 'bitcoin', 'eth', 'ethereum', 'tron', 'bsc', 'polygon']);
/** Words of money paid in (`Deposit Address`): with an account word, the holder's own account. */
const DEPOSIT_WORDS = new Set(['deposit', 'deposits', 'setoran', 'topup', 'top']);

/** Roles named outright by a word or a run of words (`call type`, `jenis kelamin`). */
const DIRECT: [Candidate, string[]][] = [
  ['duration', ['duration', 'durasi', 'dur', 'lama', 'tempoh', 'tagal', 'seconds', 'secs', 'sec', 'detik', 'giay', 'so giay', 'segundo', 'seg', 'haba', 'วินาที', 'thoi luong', '时长', '時長', 'ระยะเวลา', 'ໄລຍະເວລາ', 'ကြာချိန်', 'រយៈពេល', 'billsec']],
  ['call_type', ['call type', 'calltype', 'record type', 'event type', 'service', 'dich vu', 'serbisyo', 'jenis panggilan', 'usage type', 'cdr type', 'event']],
  ['direction', ['direction', 'arah', 'in out', 'inout', 'dir', 'call direction', 'mo mt', 'flow']],
  ['imei', ['imei', 'handset', 'device id', 'imei a']],
  ['imsi', ['imsi']],
  ['cell_id', ['cell', 'cell id', 'cellid', 'cell site', 'ma tram', 'tram', 'เสา', '基站', 'lac', 'ci', 'bts', 'tower', 'cgi', 'ecgi', 'site id', 'first cell', 'sector']],
  ['operator', ['operator', 'carrier', 'network', 'telco', 'provider', 'operator name', 'mno', 'nha mang', 'nha cung cap', 'penyedia', 'ผู้ให้บริการ', '运营商']],
  ['amount', ['amount', 'jumlah', 'nominal', 'value', 'amt', 'nilai', 'quantity', 'qty', 'sum', 'so tien', 'amaun', 'kuantiti', 'halaga', 'dami', 'ยอดเงิน', 'จำนวน', 'mutasi',
    'จำนวนเงิน', 'ຈຳນວນເງິນ', 'ပမာဏ', '金额', '金額', 'amount usdt', 'total', 'so luong', 'ปริมาณ', '数量']],
  ['debit', ['debit', 'debet', 'ถอน', 'ຖອນ', 'db', 'dr', 'withdrawal', 'withdrawals', 'penarikan', 'keluar', 'money out', 'outflow', 'paid out', 'ghi no', 'no tk', 'phat sinh no']],
  ['credit', ['credit', 'ฝาก', 'ຝາກ', 'cr', 'kredit', 'deposit', 'deposits', 'setoran', 'masuk', 'money in', 'inflow', 'paid in', 'ghi co', 'co tk', 'phat sinh co']],
  ['currency', ['currency', 'mata uang', 'ccy', 'cur', 'token', 'asset', 'aset', 'tai san', 'valuta', 'coin', 'symbol', 'tien te', 'mata wang', 'loai tien', 'ticker', 'สกุลเงิน', '币种', '幣種', '币别', '幣別']],
  // NOTE: the other side of a statement's rows, named outright (`Counterparty`, `Lawan Transaksi`, `交易对手`): whatever its
  // values (a nickname `Buyer-a61b`, an account), the statement's row names both its sides.
  ['counterparty', ['counterparty', 'counter party', 'lawan transaksi', 'pihak lawan', 'doi tac', 'คู่สัญญา', '交易对手', '对手方']],
  ['transaction_id', ['hash', 'txhash', 'txid', 'reference', 'ref no', 'receipt', 'journal', 'trace', 'no transaksi', 'bukti']],
  ['channel', ['channel', 'kanal', 'saluran', 'kaedah', 'paraan', 'rail', 'kenh', 'ช่องทาง', 'method', 'payment method', 'via', 'media']],
  ['memo', ['memo', 'keterangan', 'description', 'desc', 'narrative', 'remark', 'remarks', 'berita', 'catatan', 'note', 'notes',
    'details', 'particulars', 'uraian', 'dien giai', 'noi dung', 'รายละเอียด', 'ລາຍລະອຽດ', 'ເນື້ອໃນ', 'အကြောင်းအရာ', '摘要', '备注', '備註', 'comment', 'comments']],
  ['latitude', ['latitude', 'lat', 'lintang', 'vi do']],
  ['longitude', ['longitude', 'lon', 'lng', 'long', 'bujur', 'kinh do']],
  ['coordinates', ['coordinates', 'coordinate', 'coords', 'koordinat', 'gps', 'latlng', 'latlon', 'latlong', 'lat lon', 'lat long', 'lat lng',
    'google maps', 'maps', 'map', 'geo', 'geolocation', 'location pin', 'toa do', 'titik', 'พิกัด', '坐标']],
  ['alias', ['alias', 'palayaw', 'aka', 'nickname', 'julukan', 'panggilan', 'also known', 'biet danh']],
  ['passport', ['passport', 'paspor', 'pasport', 'national id', 'nik', 'ktp', 'document no', 'id card', 'nric', 'ho chieu', 'id number', 'pasaporte', 'dokumen perjalanan',
    'หนังสือเดินทาง', '护照', '身份证', 'travel document', 'mykad', 'my kad', 'บัตรประชาชน', 'ic', 'kad pengenalan', 'philsys', 'phil sys', 'umid']],
  ['gender', ['gender', 'sex', 'jenis kelamin', 'kelamin', 'gioi tinh', 'เพศ', '性别']],
  ['role', ['role', 'peran', 'peranan', 'tungkulin', 'papel', 'function', 'position', 'jabatan', 'jawatan', 'vai tro', 'chuc vu', 'บทบาท', 'ตำแหน่ง',
    '岗位', '职位', '职务', '角色']],
  // NOTE: a transfer's status (did the money move?) is not a person's status (victim, suspect): transfer files read
  // a bare `Status` as this role (see kinds.ts), people lists as `status`.
  ['transaction_status', ['transaction status', 'txn status', 'tx status', 'payment status', 'transfer status', 'status transaksi',
    'keterangan status', 'status pembayaran', 'trang thai giao dich', 'สถานะรายการ', 'สถานะการทำรายการ', '交易状态']],
  ['status', ['status', 'kalagayan', 'katayuan', 'trang thai', 'สถานะ', '状态']],
  ['address', ['address', 'alamat', 'domicile', 'domisili', 'dia chi', 'ที่อยู่', '地址', '住址', 'residence']],
  ['relationship', ['relationship', 'relation', 'hubungan', 'ugnayan', 'kaugnayan', 'association', 'tie', 'relation type', 'quan he', 'ความสัมพันธ์']],
  ['weight', ['weight', 'bobot', 'strength']],
  // NOTE: an age is an attribute of a person, never an identifier (its values repeat: two workers of 24).
  ['attribute', ['age', 'umur', 'usia', 'edad', 'tuoi', 'gulang', 'อายุ', '年龄', 'age years']],
  ['evidence', ['source', 'sumber', 'pinagmulan', 'nguon', 'nguon tin', 'แหล่ง', 'maklumat', 'evidence', 'informant', 'reported by', 'agency', 'instansi', 'sumber data', 'report']],
  ['link_type', ['link type', 'edge type', 'type', 'jenis', 'label', 'interaction']],
  ['source', ['source', 'src', 'source node', 'node a', 'from node', 'node 1']],
  ['target', ['target', 'dst', 'target node', 'node b', 'to node', 'node 2']],
  ['location_type', ['location type', 'place type', 'type of place', 'jenis lokasi']],
];

const CONCEPT_OF = new Map<string, Concept[]>();
const UNSPACED: [string, Concept][] = [];
const RUNS: string[][] = [];
for (const [concept, list] of Object.entries(CONCEPTS) as [Concept, string[]][]) {
  for (const word of list) {
    if (/[^ -~]/.test(word)) UNSPACED.push([word, concept]);
    else CONCEPT_OF.set(word, [...(CONCEPT_OF.get(word) ?? []), concept]);
    if (word.includes(' ')) RUNS.push(word.split(' '));
  }
}

/** The header's words with each known run of words joined into one (`so bi goi` → [so, bi goi]). */
function joinRuns(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length;) {
    const run = RUNS.find((parts) => parts.every((part, offset) => words[index + offset] === part));
    joined.push(run ? run.join(' ') : words[index] ?? '');
    index += run ? run.length : 1;
  }
  return joined;
}

/** Which concepts a header's words name (each word may name several: `source` is a side and a links word). */
function conceptsOf(header: string, words: readonly string[]): Set<Concept> {
  const found = new Set<Concept>();
  for (const word of words) for (const concept of CONCEPT_OF.get(word) ?? []) found.add(concept);
  for (const [word, concept] of UNSPACED) if (header.includes(word)) found.add(concept);
  return found;
}

/** How much of the header a run of words covers: a phrase that is the whole header counts most. */
function phraseMatch(words: readonly string[], header: string, phrase: string): number {
  if (/[^ -~]/.test(phrase)) return header.includes(phrase) ? 1 : 0;
  const parts = phrase.split(' ');
  for (let start = 0; start + parts.length <= words.length; start++) {
    if (parts.every((part, i) => words[start + i] === part)) return parts.length / words.length;
  }
  // Glued forms: `calltype`, `txhash`, `anumber`.
  const glued = parts.join('');
  if (parts.length > 1 && words.includes(glued)) return 1 / words.length;
  return 0;
}

/**
 * Scores every role the header's words point to. Entity words (person, phone, account, place, bank) are
 * composed with facet words (id, name, type, country) and side words (from/A, to/B):
 * `holder_person_id` → person id, `bank country` → country, `account type` → an attribute,
 * `OTHER_PARTY` → phone B, `counterparty_wallet` → the other account. Roles named outright (`durasi`,
 * `keterangan`) score by how much of the header they cover.
 */
export function headerScores(header: string): HeaderScores {
  const words = splitHeader(header);
  const scores: HeaderScores = new Map();
  if (words.length === 0 || /^column \d+$/.test(header)) return scores;
  const give = (candidate: Candidate, score: number) => scores.set(candidate, Math.max(scores.get(candidate) ?? 0, Math.min(1, score)));
  const lower = header.slice(0, MAX_HEADER_CHARS).toLowerCase();
  for (const [role, phrases] of DIRECT) {
    for (const phrase of phrases) {
      const cover = phraseMatch(words, lower, phrase);
      if (cover > 0) give(role, 0.55 + 0.4 * cover);
    }
  }
  const joined = joinRuns(words);
  const concepts = conceptsOf(lower, joined);
  // NOTE: a coin or chain word beside an address word (`USDT地址(ERC20)`, `BTC address`) names a wallet: an account, no home.
  const addressed = words.some((word) => ADDRESS_WORDS.has(word)) || ` ${words.join(' ')} `.includes(' dia chi ')
    || UNSPACED_ADDRESS_WORDS.some((word) => lower.includes(word));
  if (addressed && words.some((word) => CRYPTO_WORDS.has(word))) {
    scores.delete('address');
    concepts.add('account');
  }
  // NOTE: `Passport Name`, `护照名`, `Nama sesuai paspor`, `Tên theo hộ chiếu`, `ชื่อตามหนังสือเดินทาง`: a name as the
  // document writes it is a name. A document word names the document's number only without a name word, or with a
  // number word beside it (`护照号码`, `Passport No`); the values decide between names and codes (see valueFit).
  if (scores.has('passport') && concepts.has('name') && !concepts.has('id')) {
    scores.delete('passport');
    give('person_name', 0.9);
    give('alias', 0.85);
  }
  composeConcepts(concepts, joined, give);
  // NOTE: `DR/CR`, `D/K`, `Debit/Credit` name both ways of money: the column holds each row's direction mark.
  if (namesBothDirections(words)) give('direction', 0.95);
  return scores;
}

function composeConcepts(c: Set<Concept>, words: readonly string[], give: (candidate: Candidate, score: number) => void): void {
  const has = (...concepts: Concept[]) => concepts.some((concept) => c.has(concept));
  // NOTE: `subscriber` names a person in `subscriber_person_id` / `subscriber_name`, a phone in `subscriber_number`.
  const personWord = has('person') || (has('subscriber') && has('name'));
  const sideA = has('sideA') && !(words.length === 1 && words[0] === '1');
  const sideB = has('sideB') && !(words.length === 1 && words[0] === '2');
  if (has('balance')) give('balance', 0.95);
  if (has('birth')) give('birth_date', 0.95);
  else if (has('stamp') || (has('date') && has('time'))) give('datetime', 0.9);
  else if (has('date')) {
    give('date', 0.8);
    give('datetime', 0.6);
  } else if (has('time')) {
    // NOTE: `Time (UTC)` and `Waktu` often hold whole date-times: the values decide between the two.
    give('time', 0.75);
    give('datetime', 0.7);
  }
  if (has('nationality')) give('nationality', 0.95);
  if (has('call') && has('type')) give('call_type', 0.85);
  if (has('transaction')) {
    if (has('id') || has('device') === false && words.length === 1) give('transaction_id', has('id') ? 0.9 : 0.6);
    if (has('type')) give('channel', 0.7);
  }
  // NOTE: `Alamat Penarikan` (withdrawal address), `Deposit Address`: an address money moves to or from is an account.
  const moneyAddress = words.some((word) => ADDRESS_WORDS.has(word)) && words.some((word) => PAYOUT_WORDS.has(word) || DEPOSIT_WORDS.has(word));
  if (has('account') || moneyAddress) {
    // NOTE: `Withdrawal Address`, `Payout Wallet`: where money taken out of the holder's account goes, its receiving
    // side; `Deposit Address` is where the holder receives. Neither is a postal address.
    const payout = words.some((word) => PAYOUT_WORDS.has(word));
    const moved = payout || words.some((word) => DEPOSIT_WORDS.has(word));
    const postal = words.some((word) => ADDRESS_WORDS.has(word)) && !has('sideA', 'sideB') && !moved && !words.some((w) => CRYPTO_WORDS.has(w) || w === 'account');
    if (postal) return;
    if (personWord) give(has('name') ? 'person_name' : 'person_id', 0.9);
    else if (has('type')) give('attribute', 0.85);
    else if (has('bank') && has('name')) give('bank', 0.85);
    else if (has('country')) give('country', 0.85);
    else if (has('name')) give('person_name', 0.75);
    else if (sideA) give('account_from', 0.9);
    else if (sideB || (payout && !sideA)) {
      give('account_to', 0.85);
      give('counterparty', 0.8);
    } else if (!has('balance')) give('account', 0.9);
    if (!personWord && !has('type', 'name', 'country', 'balance')) {
      if (has('phone')) give('phone', 0.6);
      if (has('subscriber')) give('phone', 0.5);
    }
    return;
  }
  if (has('phone', 'party') || (has('subscriber') && !personWord)) {
    if (personWord && has('id')) give('person_id', 0.9);
    else if (personWord || has('name')) give('person_name', 0.85);
    else if (has('type')) give('call_type', 0.6);
    else if (has('country')) give('country', 0.7);
    else if (has('target') && !has('party')) give('phone', 0.9);
    else if (sideA && !sideB) give('phone_a', 0.95);
    else if (sideB && !sideA) give('phone_b', 0.95);
    else if (!has('party') || words.length === 1) give('phone', 0.9);
    else give('phone', 0.5);
    return;
  }
  if (has('device')) return;
  if (personWord) {
    if (has('name')) give('person_name', 0.95);
    else if (has('country')) give('nationality', 0.7);
    else if (sideA && !sideB) give('person_a', 0.85);
    else if (sideB && !sideA) give('person_b', 0.85);
    else if (has('id')) give('person_id', 0.95);
    else {
      give('person_id', 0.7);
      give('person_name', 0.55);
    }
    return;
  }
  if (has('place')) {
    if (has('name')) give('location_name', 0.95);
    else if (has('type')) give('location_type', 0.9);
    else if (has('country')) give('country', 0.8);
    else if (has('id')) give('location_id', 0.95);
    else {
      give('location_id', 0.7);
      give('location_name', 0.65);
    }
    return;
  }
  if (has('bank')) {
    if (has('country')) give('country', 0.9);
    else give('bank', 0.9);
    return;
  }
  if (has('country')) give('country', 0.9);
  if (has('type') && !has('transaction')) give('attribute', 0.6);
  // Number words and particles (`Numero ng Tumawag`, `Số máy gọi`) do not count against a side word standing alone.
  const bare = words.filter((word) => !CONCEPT_OF.get(word)?.includes('id') && !PARTICLES.has(word));
  // Sides with nothing else (`from`, `Nomor A`, `pengirim`): phones, accounts, people or nodes, as the values say.
  const money = words.some((word) => ['debit', 'debet', 'dr', 'credit', 'kredit', 'cr'].includes(word));
  if ((sideA || sideB) && !(sideA && sideB) && !money && bare.length <= 2 && !has('time', 'date', 'stamp')) {
    const a = sideA;
    // NOTE: A/B letters with a number (`A_NUMBER`, `Nomor B`) are the telcos' way of naming call parties.
    // Call words (`Số bị gọi`, `Tinawagan`) name call parties whatever else the header says.
    const telco = (words.some((word) => word === 'a' || word === 'b') && has('id')) || words.some((word) => CALL_SIDES.has(word));
    give(a ? 'phone_a' : 'phone_b', telco ? 0.85 : 0.6);
    give(a ? 'account_from' : 'account_to', 0.6);
    give(a ? 'person_a' : 'person_b', 0.45);
    give(a ? 'source' : 'target', 0.5);
    if (!a) give('counterparty', 0.5);
  }
  // NOTE: a wallet's cash-in, cash-out and payments go through an agent, a merchant or a teller: a column naming one by
  // its code (`Agent Code`, `Merchant ID`) is the other side of the row's money, not a column to drop.
  if (words.some((word) => AGENT_WORDS.has(word)) && !has('name', 'type')) give('counterparty', has('id') ? 0.9 : 0.7);
  // NOTE: `ID TYPE` says what kind of document the next column is (Passport, PhilSys): a word, never anyone's id.
  if (has('id') && words.length <= 2 && !has('transaction', 'sideA', 'sideB', 'type')) {
    give('person_id', 0.6);
    give('location_id', 0.6);
    give('transaction_id', 0.45);
  }
  if (has('name') && !has('transaction')) {
    give('person_name', 0.7);
    give('location_name', 0.65);
  }
}

/**
 * Whether a header names only an identifier (`id_pelanggan`, `cust_id`, `kode`, `No.`): an id word, at most the word for
 * the list's own subject (`pelanggan`, `subscriber`), no other concept and no role named outright. What it identifies
 * is for the values to say (see idCodes.ts).
 */
export function namesOnlyAnId(header: string): boolean {
  const words = joinRuns(splitHeader(header));
  const concepts = conceptsOf(header.slice(0, MAX_HEADER_CHARS).toLowerCase(), words);
  if (!concepts.has('id') || [...concepts].some((concept) => concept !== 'id' && concept !== 'subscriber')) return false;
  const lower = header.slice(0, MAX_HEADER_CHARS).toLowerCase();
  return !DIRECT.some(([, phrases]) => phrases.some((phrase) => phraseMatch(words, lower, phrase) > 0));
}

/** Whether a header names a call (`Calling number`, `Call type`, `Số bị gọi`, `Panggilan`): evidence of a call record. */
export function namesCall(header: string): boolean {
  const words = joinRuns(splitHeader(header));
  return words.some((word) => CALL_SIDES.has(word)) || conceptsOf(header.slice(0, MAX_HEADER_CHARS).toLowerCase(), words).has('call');
}

/** Words of a way to reach someone (`Contact No`, `No. Kontak`, `联系电话`, `Số điện thoại liên hệ`, `เบอร์ติดต่อ`). */
const CONTACT_WORDS = ['contact', 'contacts', 'kontak', 'hubungi', 'lien he', 'ติดต่อ', 'ຕິດຕໍ່', '联系', '聯繫', '联络'];

/**
 * Whether a header names a contact (`Contact No`, `联系电话`): a way to reach a person listed for another reason, not the
 * line a subscriber list is about.
 */
export function namesContact(header: string): boolean {
  const words = ` ${splitHeader(header).join(' ')} `;
  const lower = header.slice(0, MAX_HEADER_CHARS).toLowerCase();
  return CONTACT_WORDS.some((word) => (/[^ -~]/.test(word) ? lower.includes(word) : words.includes(` ${word} `)));
}

/** Whether a label (`Target:`, `MSISDN`, `Nomor sasaran`, `Thuê bao`) names a subscriber's number: a title's target. */
export function namesSubscriber(label: string): boolean {
  const words = joinRuns(splitHeader(label));
  const concepts = conceptsOf(label.toLowerCase(), words);
  return concepts.has('target') || concepts.has('subscriber') || concepts.has('phone');
}
