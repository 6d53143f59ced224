// Translation for core and UI alike: an i18next instance with ICU messages, English as the per-key fallback.
import i18next, { type i18n, type Module } from 'i18next';
import ICU from 'i18next-icu';
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { messageAt } from './catalogue.ts';
import { CATALOGUES } from './catalogues.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages.ts';

/** Values a message is built from; keys are placeholders named by the message, never by data. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Translates a key; a missing key in a language falls back to English, a key missing everywhere shows itself. */
export type Translate = (key: string, params?: MessageParams) => string;

/**
 * A ready (synchronously initialised) i18next instance for a language. The UI passes react-i18next's plugin;
 * core passes nothing.
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE, plugins: readonly Module[] = []): i18n {
  const instance = i18next.createInstance();
  instance.use(ICU);
  for (const plugin of plugins) instance.use(plugin);
  const resources = Object.fromEntries(LANGUAGES.map((code) => [code, { translation: CATALOGUES[code] }]));
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    // NOTE: React and the dossier escape text themselves; escaping here would show `&amp;` to the reader.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const translators = new Map<Language, Translate>();

/** A translate function for one language (cached): what the CLI summary and the dossier use. */
export function translator(language: Language): Translate {
  let translate = translators.get(language);
  if (!translate) {
    const instance = createI18n(language);
    translate = (key, params) => instance.t(key, params ?? {});
    translators.set(language, translate);
  }
  return translate;
}

const compiled = new Map<Language, Translate>();
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

// NOTE: intl-messageformat's default formatter memo costs more than the formatting; a plain map per options is enough.
function cachedIntl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    intlCache.set(key, value);
  }
  return value;
}

const FORMATTERS: Formatters = {
  getNumberFormat: (locales, options) => cachedIntl(`n|${String(locales)}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locales, options)),
  getDateTimeFormat: (locales, options) => cachedIntl(`d|${String(locales)}|${JSON.stringify(options ?? {})}`, () => new Intl.DateTimeFormat(locales, options)),
  getPluralRules: (locales, options) => cachedIntl(`p|${String(locales)}|${JSON.stringify(options ?? {})}`, () => new Intl.PluralRules(locales, options)),
};

/**
 * The same messages as `translator`, each compiled once and formatted with intl-messageformat directly: for
 * the analysis, which writes a sentence per key player and broker (i18next's lookup costs ~30× more per call).
 */
export function compiledTranslator(language: Language): Translate {
  let translate = compiled.get(language);
  if (!translate) {
    const formats = new Map<string, IntlMessageFormat | null>();
    translate = (key, params) => {
      let format = formats.get(key);
      if (format === undefined) {
        const message = messageAt(CATALOGUES[language], key) ?? messageAt(CATALOGUES[DEFAULT_LANGUAGE], key);
        format = message === undefined ? null : new IntlMessageFormat(message, language, undefined, { formatters: FORMATTERS });
        formats.set(key, format);
      }
      if (format === null) return key;
      const text = format.format(params ?? {});
      return typeof text === 'string' ? text : String(text);
    };
    compiled.set(language, translate);
  }
  return translate;
}

/**
 * A coded message (a ledger reason, an error) in a language, or `fallback` (its English text) when the code has
 * no message. Codes come from data (a case file), so only plain codes are looked up.
 */
export function translateCode(translate: Translate, group: string, code: string | undefined, params: MessageParams | undefined, fallback: string): string {
  if (!code || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(code)) return fallback;
  const key = `${group}.${code}`;
  const text = translate(key, params ? withParts(translate, group, code, withCauses(translate, group, withSelectKeys(params))) : params);
  // NOTE: a cell problem with no message leaves `{causeText}` in the sentence: the recorded English is better.
  return text === key || /\{(causes?\d?|parts)Text\}/.test(text) ? fallback : text;
}

// NOTE: a ledger reason names the cells that could not be read as `cause`, `cause2` (codes of `ledger.cause`),
// their values as `causeHeader`, `causeValue`…: each is said on its own, as `{causeText}`, and all as `{causesText}`.
function withCauses(translate: Translate, group: string, params: MessageParams): MessageParams {
  if (typeof params.cause !== 'string') return params;
  const out: Record<string, string | number> = { ...params };
  const causes: string[] = [];
  for (const prefix of ['cause', 'cause2']) {
    const code = params[prefix];
    if (typeof code !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(code)) continue;
    const own: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      const rest = name.slice(prefix.length);
      if (name.startsWith(prefix) && /^[A-Z][A-Za-z]*$/.test(rest)) own[`${rest.charAt(0).toLowerCase()}${rest.slice(1)}`] = value;
    }
    const key = `${group.split('.')[0] ?? group}.cause.${code}`;
    const said = translate(key, withSelectKeys(own));
    if (said === key) return params;
    out[`${prefix}Text`] = said;
    causes.push(said);
  }
  out.causesText = causes.join('; ');
  return out;
}

// NOTE: a reason made of a varying number of like parts (phone readings by plan) holds `parts` and each part's
// values as `<name><index>` (`count0`, `plan0`…): each part is said by `<group root>.part.<code>` and all of them,
// joined with `; `, go in as `{partsText}`.
function withParts(translate: Translate, group: string, code: string, params: MessageParams): MessageParams {
  const parts = params.parts;
  if (typeof parts !== 'number' || !Number.isInteger(parts) || parts < 0 || parts > 64) return params;
  const key = `${group.split('.')[0] ?? group}.part.${code}`;
  const said: string[] = [];
  for (let index = 0; index < parts; index += 1) {
    const own: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      const match = /^([A-Za-z]+)(\d+)$/.exec(name);
      if (match?.[1] && Number(match[2]) === index) own[match[1]] = value;
    }
    const text = translate(key, withSelectKeys(own));
    if (text === key) return params;
    said.push(text);
  }
  return { ...params, partsText: said.join('; ') };
}

// NOTE: ICU select keys cannot hold a hyphen, but coded params do (`cause: 'never-closed'`): each string param
// also comes as `<name>Key` with other characters turned into `_`, for messages to select on.
function withSelectKeys(params: MessageParams): MessageParams {
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[`${name}Key`] = value.replace(/[^A-Za-z0-9_]/g, '_');
  }
  return out;
}
