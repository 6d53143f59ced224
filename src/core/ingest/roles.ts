// Column roles and file kinds, and the header words (English, Bahasa Indonesia, telco, bank) that name them.

export const FILE_KINDS = [
  'people', 'subscribers', 'account_holders', 'locations', 'calls', 'transfers', 'sightings', 'associations', 'links',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const COLUMN_ROLES = [
  'person_id', 'person_name', 'alias', 'nationality', 'passport', 'birth_date', 'gender', 'role', 'status', 'address',
  'phone', 'phone_a', 'phone_b', 'call_type', 'direction', 'datetime', 'date', 'time', 'duration', 'imei', 'imsi', 'cell_id', 'operator',
  'account', 'account_from', 'account_to', 'amount', 'currency', 'bank', 'transaction_id', 'channel', 'memo',
  'location_id', 'location_name', 'country', 'latitude', 'longitude', 'location_type',
  'person_a', 'person_b', 'relationship', 'source', 'target', 'link_type', 'weight', 'evidence', 'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles that only make sense once the file's kind is known: `id`, `name`, `from`, `to`… */
export type GenericRole = 'id' | 'name' | 'from' | 'to' | 'party';

export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && (FILE_KINDS as readonly string[]).includes(value);
}

export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);
}

/** Lower-case, accents and punctuation folded to `_`: `No. HP` → `no_hp`, `A-Number` → `a_number`. */
export function headerToken(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

// NOTE: one table, token → role. Tokens come from headerToken(); add a word here, not in code.
// NOTE: no prototype: a header named `constructor` or `toString` must find nothing, not a function.
const WORDS: Record<string, ColumnRole | GenericRole> = Object.create(null) as Record<string, ColumnRole | GenericRole>;
function words(role: ColumnRole | GenericRole, ...tokens: string[]): void {
  for (const token of tokens) WORDS[token] = role;
}

words('id', 'id', 'no', 'nomor', 'kode', 'code', 'ref');
words('name', 'name', 'nama', 'full_name', 'nama_lengkap');
words('from', 'from', 'sender', 'pengirim', 'dari', 'source_account', 'origin');
words('to', 'to', 'receiver', 'recipient', 'penerima', 'kepada', 'ke', 'beneficiary', 'destination');

words('person_id', 'person_id', 'personid', 'person', 'id_orang', 'id_person', 'subject_id', 'suspect_id', 'holder_id',
  'owner_id', 'id_pemilik', 'id_tersangka', 'id_korban', 'pid', 'person_ref', 'id_subjek');
words('person_name', 'person_name', 'subscriber_name', 'registered_name', 'holder_name', 'account_name', 'owner_name',
  'nama_pemilik', 'nama_pelanggan', 'customer_name', 'nama_nasabah', 'account_holder', 'pemilik', 'nama_orang');
words('alias', 'alias', 'aka', 'nickname', 'nama_alias', 'julukan', 'panggilan');
words('nationality', 'nationality', 'kewarganegaraan', 'citizenship', 'warga_negara', 'nationality_country');
words('passport', 'passport', 'passport_no', 'passport_number', 'nomor_paspor', 'no_paspor', 'paspor', 'id_number',
  'national_id', 'nik', 'ktp', 'no_ktp', 'document_no', 'id_card');
words('birth_date', 'birth_date', 'date_of_birth', 'dob', 'tanggal_lahir', 'tgl_lahir', 'birthdate');
words('gender', 'gender', 'sex', 'jenis_kelamin');
words('role', 'role', 'peran', 'function', 'position', 'jabatan');
words('status', 'status', 'victim_status', 'status_orang');
words('address', 'address', 'alamat', 'home_address');

words('phone', 'phone', 'phone_number', 'msisdn', 'mobile', 'mobile_number', 'no_hp', 'nomor_hp', 'nomor_telepon',
  'no_telepon', 'telepon', 'hp', 'handphone', 'no_telp', 'telp', 'tel', 'number', 'subscriber', 'subscriber_number',
  'sim', 'nomor', 'phone_no');
words('phone_a', 'a_number', 'anumber', 'a_party', 'aparty', 'calling_party', 'calling_number', 'caller', 'caller_number',
  'originating_number', 'pemanggil', 'nomor_pemanggil', 'msisdn_a', 'from_number', 'a_msisdn', 'calling');
words('phone_b', 'b_number', 'bnumber', 'b_party', 'bparty', 'called_party', 'called_number', 'callee', 'dialled_number',
  'dialed_number', 'other_party', 'terminating_number', 'nomor_tujuan', 'nomor_dihubungi', 'msisdn_b', 'to_number',
  'b_msisdn', 'called', 'dihubungi', 'tujuan');
words('call_type', 'call_type', 'calltype', 'type_of_call', 'jenis_panggilan', 'record_type', 'event_type', 'service');
words('direction', 'direction', 'call_direction', 'arah', 'in_out', 'inout', 'dir');
words('datetime', 'datetime', 'date_time', 'start_time', 'starttime', 'timestamp', 'call_start', 'event_time', 'time_stamp',
  'waktu_panggilan', 'transaction_time', 'txn_time', 'tx_time', 'block_time', 'created_at', 'event_date', 'event_datetime');
words('date', 'date', 'tanggal', 'tgl', 'call_date', 'txn_date', 'transaction_date', 'value_date', 'seen_on', 'seen_date',
  'date_seen', 'tanggal_transaksi', 'tanggal_panggilan', 'reg_date', 'registration_date', 'tanggal_registrasi', 'day');
words('time', 'time', 'waktu', 'call_time', 'jam', 'txn_time_only');
words('duration', 'duration', 'durasi', 'dur', 'dur_sec', 'duration_s', 'duration_sec', 'duration_seconds', 'call_duration',
  'lama', 'lama_panggilan', 'seconds');
words('imei', 'imei', 'handset', 'device', 'device_id', 'imei_a');
words('imsi', 'imsi', 'imsi_a');
words('cell_id', 'cell_id', 'cellid', 'cell', 'lac', 'lac_ci', 'bts', 'tower', 'site_id', 'cgi');
words('operator', 'operator', 'carrier', 'provider', 'network', 'telco', 'operator_name');

words('account', 'account', 'account_number', 'account_no', 'acct', 'acct_no', 'no_rek', 'nomor_rekening', 'rekening',
  'no_rekening', 'wallet', 'wallet_address', 'address_wallet', 'iban', 'ewallet', 'e_wallet', 'akun');
words('account_from', 'debit_account', 'from_account', 'sender_account', 'source_account_number', 'rekening_pengirim',
  'rek_pengirim', 'from_address', 'debit_acct', 'payer_account', 'originator_account', 'dr_account', 'rekening_asal');
words('account_to', 'credit_account', 'to_account', 'beneficiary_account', 'receiver_account', 'rekening_penerima',
  'rek_penerima', 'to_address', 'credit_acct', 'payee_account', 'cr_account', 'rekening_tujuan');
words('amount', 'amount', 'jumlah', 'nominal', 'value', 'amt', 'txn_amount', 'transaction_amount', 'nilai', 'amount_usdt');
words('currency', 'currency', 'mata_uang', 'ccy', 'cur', 'token', 'asset', 'valuta');
words('bank', 'bank', 'bank_name', 'nama_bank', 'provider_name', 'institution', 'wallet_provider', 'platform');
words('transaction_id', 'transaction_id', 'txn_id', 'tx_id', 'tx_hash', 'txid', 'hash', 'reference', 'ref_no', 'no_transaksi',
  'id_transaksi', 'trx_id');
words('channel', 'channel', 'kanal', 'method', 'payment_method');
words('memo', 'memo', 'keterangan', 'description', 'narrative', 'remarks', 'remark', 'berita', 'catatan', 'note', 'notes');

words('location_id', 'location_id', 'loc_id', 'place_id', 'site', 'id_lokasi', 'location_ref', 'place');
words('location_name', 'location_name', 'location', 'lokasi', 'nama_lokasi', 'place_name', 'tempat', 'site_name');
words('country', 'country', 'negara', 'country_code', 'kode_negara', 'cc');
words('latitude', 'latitude', 'lat', 'lintang');
words('longitude', 'longitude', 'lon', 'lng', 'long', 'bujur');
words('location_type', 'location_type', 'place_type', 'jenis_lokasi', 'type_of_place', 'kind');

words('person_a', 'person_a', 'person1', 'person_1', 'orang_a', 'orang_1', 'subject_a', 'id_a');
words('person_b', 'person_b', 'person2', 'person_2', 'orang_b', 'orang_2', 'subject_b', 'id_b');
words('relationship', 'relationship', 'relation', 'hubungan', 'association', 'relation_type', 'tie');
words('source', 'source_node', 'src', 'node_a');
words('target', 'target', 'target_node', 'dst', 'node_b');
words('link_type', 'link_type', 'edge_type', 'type', 'jenis', 'label');
words('weight', 'weight', 'bobot', 'strength');
words('evidence', 'source', 'sumber', 'evidence', 'informant', 'reported_by', 'sumber_data');

/** The role a header's words suggest before the kind is known, or undefined. */
export function roleFromHeader(header: string): ColumnRole | GenericRole | undefined {
  const token = headerToken(header);
  if (token === '') return undefined;
  const exact = WORDS[token];
  if (exact) return exact;
  // NOTE: telcos add suffixes ("A_NUMBER_MSISDN", "DURATION (s)"); try the longest known prefix.
  const parts = token.split('_');
  // NOTE: no known word has more parts than the longest; trying longer prefixes made a header of
  // thousands of parts (a file read as one header line) take minutes.
  for (let n = Math.min(parts.length - 1, longestWord()); n >= 1; n--) {
    const prefix = WORDS[parts.slice(0, n).join('_')];
    if (prefix) return prefix;
  }
  return undefined;
}

let longest = 0;
function longestWord(): number {
  if (longest === 0) for (const token of Object.keys(WORDS)) longest = Math.max(longest, token.split('_').length);
  return longest;
}
