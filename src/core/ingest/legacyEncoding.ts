// Files in a legacy 8-bit or double-byte encoding (Windows-1252, Thai Windows-874, GB18030, Big5…): read only in the
// encoding a person chose, and what each encoding would make of the file's text, for that person to choose by.

/**
 * Encodings Simpul reads when a person states one (mapping `encoding`, CLI `--encoding`): the ones the region's
 * exports come in when they are not Unicode. WHATWG names: every browser's and Node's `TextDecoder` knows them
 * (`iso-8859-1` and `latin1` are Windows-1252 there; `windows-874` reads TIS-620; `gb18030` reads GBK and GB2312).
 */
export const LEGACY_ENCODINGS = ['windows-1252', 'windows-1258', 'windows-874', 'gb18030', 'big5', 'shift_jis', 'euc-kr'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

export function isLegacyEncoding(value: unknown): value is LegacyEncoding {
  return typeof value === 'string' && (LEGACY_ENCODINGS as readonly string[]).includes(value);
}

// NOTE: what a well-read non-ASCII character is, per encoding. Latin-script text (Western European, Vietnamese) writes
// its non-ASCII letters inside words of ASCII letters ("Renée", "Nguyễn"), in the case the word is in; Thai, Chinese,
// Japanese and Korean text writes whole words in its own script, with no ASCII letter in them. Reading bytes in the
// wrong encoding breaks exactly this: Thai read as Windows-1252 gives words of accented letters only ("ÊÁªÒÂ"),
// Vietnamese read as Windows-1252 puts capitals inside words ("NguyêÞn"), Windows-1252 read as Thai or GB18030 puts a
// Thai letter or a Han character inside an ASCII word, and Chinese read as Thai starts words with vowel signs. Each
// double-byte standard also puts its most used characters in one block (GB2312's and Big5's first level of hanzi,
// KS X 1001's 2,350 Hangul syllables, JIS kana and level-1 kanji): text in that standard keeps mostly to it, text in
// another one read through it does not. The product of the two shares orders the readings; a person who can read the
// preview decides.
// `words`: whether a well-read word holds ASCII letters (Latin), holds none (Thai), or may (Chinese, Japanese and Korean
// text runs Latin abbreviations into its words, "USDT地址": the standard's frequent block judges those readings).
type WordRule = 'latin' | 'own' | 'any';
const SCRIPT: Record<LegacyEncoding, { letters: RegExp; words: WordRule }> = {
  'windows-1252': { letters: /[\p{Script=Latin}]/u, words: 'latin' },
  'windows-1258': { letters: /[\p{Script=Latin}\p{M}]/u, words: 'latin' },
  'windows-874': { letters: /[\p{Script=Thai}]/u, words: 'own' },
  gb18030: { letters: /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u, words: 'any' },
  big5: { letters: /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u, words: 'any' },
  shift_jis: { letters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff9f]/u, words: 'any' },
  'euc-kr': { letters: /[\p{Script=Hangul}\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u, words: 'any' },
};

/** A double-byte standard's shape: which bytes lead a two-byte character and which pairs are its most used block. */
interface DoubleByte {
  /** Bytes read as one character on their own (besides ASCII). */
  single?: (byte: number) => boolean;
  /** The pair (lead, trail) is in the standard's block of most used characters or its punctuation rows. */
  frequent: (lead: number, trail: number) => boolean;
  /** Bytes after a lead that make a four-byte character (GB18030). */
  fourByte?: (second: number) => boolean;
}

const DOUBLE_BYTE: Partial<Record<LegacyEncoding, DoubleByte>> = {
  // GB2312 rows 16–55 (0xB0–0xD7) are its 3,755 level-1 hanzi; rows 1–3 punctuation and full-width forms.
  gb18030: { frequent: (lead, trail) => trail >= 0xa1 && ((lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa3)), fourByte: (second) => second >= 0x30 && second <= 0x39 },
  // Big5 0xA440–0xC67E are its 5,401 frequently used hanzi; 0xA1–0xA3 punctuation and symbols.
  big5: { frequent: (lead, trail) => (lead >= 0xa1 && lead <= 0xc5) || (lead === 0xc6 && trail <= 0x7e) },
  // Shift_JIS 0x81 punctuation, 0x82–0x83 kana, 0x88–0x98 level-1 kanji; 0xA1–0xDF half-width katakana alone.
  shift_jis: { single: (byte) => byte >= 0xa1 && byte <= 0xdf, frequent: (lead) => (lead >= 0x81 && lead <= 0x83) || (lead >= 0x88 && lead <= 0x98) },
  // KS X 1001 rows 16–40 (0xB0–0xC8) are its 2,350 Hangul syllables; rows 1–3 punctuation and full-width forms.
  'euc-kr': { frequent: (lead, trail) => trail >= 0xa1 && ((lead >= 0xb0 && lead <= 0xc8) || (lead >= 0xa1 && lead <= 0xa3)) },
};

// NOTE: a single-byte encoding gives each byte its own character, so its words of non-ASCII letters are as often of odd
// as of even length; double-byte text gives runs of high bytes in pairs. Twenty runs all of even length would happen to
// single-byte text about once in a million (0.5^20): the fewer odd runs below a tenth, the less a single-byte reading fits.
function singleByteFit(bytes: Uint8Array): number {
  let runs = 0;
  let odd = 0;
  let length = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && (bytes[i] ?? 0) >= 0x80) { length += 1; continue; }
    if (length > 0) { runs += 1; if (length % 2 === 1) odd += 1; }
    length = 0;
  }
  return runs < 20 ? 1 : Math.min(1, odd / runs / 0.1);
}

/** Share of a double-byte text's characters that are in the standard's most used block (1 when it has none). */
function frequentShare(bytes: Uint8Array, shape: DoubleByte): number {
  let characters = 0;
  let frequent = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    characters += 1;
    if (shape.single?.(lead)) { frequent += 1; continue; }
    const trail = bytes[i + 1] ?? 0;
    if (shape.fourByte?.(trail)) { i += 3; continue; }
    if (shape.frequent(lead, trail)) frequent += 1;
    i += 1;
  }
  return characters > 0 ? frequent / characters : 1;
}

/** Bytes of the file's start that the readings look at: enough lines to judge, bounded cost on a 500 MB file. */
const SAMPLE_BYTES = 256 * 1024;
const SAMPLE_LINES = 3;

/** What one encoding makes of a file that is not UTF-8: how much of it reads as words of that encoding's script, and a sample. */
export interface EncodingReading {
  encoding: LegacyEncoding;
  /** Share (0–1) of the sample's non-ASCII characters that are letters of the encoding's script(s), written as words are. */
  wellRead: number;
  /** Non-ASCII characters in the sample. */
  characters: number;
  /** The first lines holding non-ASCII text (at most 3, each cut to 160 characters), as this encoding reads them. */
  sample: string[];
}

/**
 * Every legacy encoding that reads the start of `bytes` without an invalid sequence, best-read first (ties keep the
 * LEGACY_ENCODINGS order); of encodings that read it as the same text, only the first. Looks at the first 256 KB, cut
 * at a line end.
 */
export function legacyReadings(bytes: Uint8Array): EncodingReading[] {
  let end = Math.min(bytes.length, SAMPLE_BYTES);
  if (end < bytes.length) {
    const newline = bytes.lastIndexOf(10, end - 1);
    if (newline > 0) end = newline + 1;
  }
  const head = bytes.subarray(0, end);
  const readings: EncodingReading[] = [];
  const texts = new Set<string>();
  for (const encoding of LEGACY_ENCODINGS) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(head);
    } catch {
      continue;
    }
    // NOTE: two encodings that read the same text (French names read alike in Windows-1252 and -1258) are no choice: the
    // first listed stands for both.
    if (texts.has(text)) continue;
    texts.add(text);
    const words = wellReadShare(text, SCRIPT[encoding], encoding === 'windows-874', encoding === 'euc-kr');
    const shape = DOUBLE_BYTE[encoding];
    const wellRead = words.wellRead * (shape ? frequentShare(head, shape) : singleByteFit(head));
    readings.push({ encoding, wellRead, characters: words.characters, sample: sampleLines(legacyText(text, encoding)) });
  }
  return readings.map((reading, order) => ({ reading, order }))
    .sort((a, b) => b.reading.wellRead - a.reading.wellRead || a.order - b.order)
    .map(({ reading }) => reading);
}

// NOTE: Thai writes a vowel sign or tone mark after its consonant and a leading vowel (เ แ โ ใ ไ) before one: a word
// that breaks this is not Thai text.
const THAI_CONSONANT = /[\u0e01-\u0e2e]/;
const THAI_AFTER = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
const THAI_LEADING = /[\u0e40-\u0e44]/;

function thaiWellFormed(chars: string[], at: number): boolean {
  const char = chars[at] ?? '';
  if (THAI_AFTER.test(char)) {
    const before = chars[at - 1] ?? '';
    return THAI_CONSONANT.test(before) || (THAI_AFTER.test(before) && THAI_CONSONANT.test(chars[at - 2] ?? ''));
  }
  if (THAI_LEADING.test(char)) return THAI_CONSONANT.test(chars[at + 1] ?? '');
  return true;
}

function wellReadShare(text: string, script: { letters: RegExp; words: WordRule }, thai: boolean, korean: boolean): { wellRead: number; characters: number } {
  let characters = 0;
  let well = 0;
  // NOTE: a word is a run of letters, marks and digits; its non-ASCII characters are judged together.
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}\u3000-\u303f\uff01-\uff9f]+|[^\p{ASCII}]/gu)) {
    const word = match[0];
    let nonAscii = 0;
    let letters = 0;
    let ascii = false;
    let hangul = false;
    let han = false;
    const chars = [...word];
    for (let at = 0; at < chars.length; at++) {
      const char = chars[at] ?? '';
      if (char.charCodeAt(0) < 0x80) {
        if (/[A-Za-z]/.test(char)) ascii = true;
        continue;
      }
      nonAscii += 1;
      if (!script.letters.test(char)) continue;
      // A capital right after a small letter is not how a Latin-script word is written.
      if (script.words === 'latin' && /\p{Lu}/u.test(char) && /\p{Ll}/u.test(chars[at - 1] ?? '')) continue;
      if (thai && !thaiWellFormed(chars, at)) continue;
      letters += 1;
      if (/\p{Script=Hangul}/u.test(char)) hangul = true;
      if (/\p{Script=Han}/u.test(char)) han = true;
    }
    // NOTE: Korean writes a word in Hangul, or (rarely) in hanja, not both inside one word; Chinese read as EUC-KR mixes them.
    if (korean && hangul && han) letters = 0;
    characters += nonAscii;
    if (script.words === 'any' || ascii === (script.words === 'latin')) well += letters;
  }
  return { wellRead: characters > 0 ? well / characters : 0, characters };
}

function sampleLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!/[^\p{ASCII}]/u.test(line)) continue;
    lines.push(line.length > 160 ? `${line.slice(0, 159)}…` : line);
    if (lines.length === SAMPLE_LINES) break;
  }
  return lines;
}

// NOTE: Windows-1258 writes Vietnamese tones as combining marks ("ê" + U+0303); composed ("ễ") they match the same
// name typed in a UTF-8 file.
/** Text a legacy encoding decoded, as Simpul keeps it: composed (NFC) for Windows-1258, else as decoded. */
export function legacyText(text: string, encoding: LegacyEncoding): string {
  return encoding === 'windows-1258' ? text.normalize('NFC') : text;
}
