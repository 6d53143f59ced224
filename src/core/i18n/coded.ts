// A sentence kept as a message code and its figures, so each language can say it (the English is kept beside it).

import { compiledTranslator, type MessageParams, type Translate } from './translate.ts';

/**
 * A message of a catalogue group by its stable code, with the values it is written from. `lists` are
 * sub-sentences (a broker's bridges, the ties of one bridge), each said on its own and joined into the
 * placeholder of the same name; `<name>Count` holds how many there are, for messages to leave a part out.
 */
export interface CodedText {
  code: string;
  params?: Record<string, string | number>;
  lists?: Record<string, CodedList>;
}

/** Sub-sentences joined with a separator (`, ` or `; `: punctuation, not words, so the same in every language). */
export interface CodedList {
  separator: string;
  items: CodedText[];
}

const english = compiledTranslator('en');

/** The coded sentence in a language; `fallback` (the English as recorded) when a code has no message there. */
export function sayCoded(t: Translate, group: string, coded: CodedText, fallback = ''): string {
  if (!/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(coded.code)) return fallback;
  const params: Record<string, string | number> = { ...(coded.params ?? {}) };
  for (const [name, list] of Object.entries(coded.lists ?? {})) {
    params[name] = list.items.map((item) => sayCoded(t, group, item)).join(list.separator);
    params[`${name}Count`] = list.items.length;
  }
  const key = `${group}.${coded.code}`;
  const text = t(key, params as MessageParams);
  return text === key ? fallback : text;
}

/** The sentence in English, as report.json and older readers keep it. */
export function sayInEnglish(group: string, coded: CodedText): string {
  return sayCoded(english, group, coded);
}

/** What a checked reader needs to read a coded text from an untrusted file (see workspace/check.ts). */
export interface CodedCheck {
  record(value: unknown, at: string): Record<string, unknown>;
  string(value: unknown, at: string): string;
  number(value: unknown, at: string): number;
  list(value: unknown, at: string): unknown[];
}

/** A coded text from an untrusted case file: codes and names are plain words, values strings or numbers. */
export function readCodedText(check: CodedCheck, value: unknown, at: string, depth = 0): CodedText {
  const data = check.record(value, at);
  const code = check.string(data.code, `${at}.code`);
  const out: CodedText = { code };
  if (data.params !== undefined) {
    const params = check.record(data.params, `${at}.params`);
    const read: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
    for (const [name, item] of Object.entries(params)) {
      if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name)) continue;
      read[name] = typeof item === 'number' ? check.number(item, `${at}.params.${name}`) : check.string(item, `${at}.params.${name}`);
    }
    out.params = read;
  }
  if (data.lists !== undefined && depth < 4) {
    const lists = check.record(data.lists, `${at}.lists`);
    const read: Record<string, CodedList> = Object.create(null) as Record<string, CodedList>;
    for (const [name, item] of Object.entries(lists)) {
      if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name)) continue;
      const list = check.record(item, `${at}.lists.${name}`);
      read[name] = {
        separator: check.string(list.separator, `${at}.lists.${name}.separator`).slice(0, 4),
        items: check.list(list.items, `${at}.lists.${name}.items`).map((entry, i) => readCodedText(check, entry, `${at}.lists.${name}.items[${i}]`, depth + 1)),
      };
    }
    out.lists = read;
  }
  return out;
}
