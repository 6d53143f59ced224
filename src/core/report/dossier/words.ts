// The dossier's words in its language: whole messages from the catalogues, with evidence (names, keys, hashes)
// placed into them as HTML, so no sentence is glued together from English fragments.

import type { CodedText } from '../../i18n/coded.ts';
import { sayCoded } from '../../i18n/coded.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/languages.ts';
import { translateCode, translator, type MessageParams, type Translate } from '../../i18n/translate.ts';
import { escapeHtml } from './html.ts';
import { sayLabel } from '../../i18n/entityLabel.ts';

/** The translate function, language and number format a section writes with. */
export interface DossierWords {
  t: Translate;
  language: Language;
  /** A message, escaped. */
  h(key: string, params?: MessageParams): string;
  /**
   * A message whose `html` placeholders hold markup already made safe (a `<bdi>` name, a `<span class="key">`):
   * the message text is escaped around them.
   */
  html(key: string, params: MessageParams, html: Readonly<Record<string, string>>): string;
  /** A count or measure in the language's digits (`1.204` in Indonesian). */
  num(value: number, fractionDigits?: number): string;
  /** An entity type (`person`) as a word of the language. */
  type(type: string): string;
  /** An entity's label: the names Simpul made up (unknown counterparty, cash in/out) in the language. */
  label(entity: { type: string; key: string; label: string }): string;
  /** A link type (`transferred`) as a word of the language. */
  linkType(type: string): string;
  /** A file kind (`calls`) as a word of the language. */
  kind(kind: string): string;
  /** A reason kept as code and figures (`whyCode`), or its recorded English. */
  why(item: { why?: string; whyCode?: CodedText }): string;
  /** A hub's reason kept as code and figures (`reasonCode`), or its recorded English. */
  reason(item: { reason: string; reasonCode?: CodedText }): string;
}

/** The words of one dossier. */
export function dossierWords(language: Language = 'en', t: Translate = translator(language)): DossierWords {
  const h = (key: string, params?: MessageParams) => escapeHtml(t(key, params));
  return {
    t, language, h,
    html: (key, params, html) => {
      // NOTE: each HTML part enters the message as a private-use marker, is escaped with the text, then swapped in.
      const markers = Object.keys(html).map((name, i) => [name, `\uE000${i}\uE001`] as const);
      let text = escapeHtml(t(key, { ...params, ...Object.fromEntries(markers) }));
      for (const [name, marker] of markers) text = text.split(marker).join(html[name] ?? '');
      return text;
    },
    num: (value, fractionDigits = 0) => formatNumber(language, value, fractionDigits),
    type: (type) => translateCode(t, 'dossier.type', type, undefined, type),
    label: (entity) => sayLabel(t, entity),
    linkType: (type) => translateCode(t, 'link', type, undefined, type),
    kind: (kind) => translateCode(t, 'kind', kind, undefined, kind),
    why: (item) => (item.whyCode ? sayCoded(t, 'why', item.whyCode, item.why ?? '') || (item.why ?? '') : item.why ?? ''),
    reason: (item) => (item.reasonCode ? sayCoded(t, 'why', item.reasonCode, item.reason) || item.reason : item.reason),
  };
}

/** The words of the dossier a section belongs to (its language, English by default). */
export function wordsOf(context: { options: { language?: Language }; t?: Translate }): DossierWords {
  return dossierWords(context.options.language ?? 'en', context.t);
}
