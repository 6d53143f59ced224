// The catalogues: complete in English and Bahasa Indonesia, valid ICU, same placeholders, English per missing key.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogueKeys, messageAt, type Messages } from '../../src/core/i18n/catalogue.ts';
import { CATALOGUES, COMPLETE_LANGUAGES } from '../../src/core/i18n/catalogues.ts';
import { LANGUAGES } from '../../src/core/i18n/languages.ts';
import { translateCode, translator } from '../../src/core/i18n/translate.ts';

/** The argument names an ICU message uses (`{count}`, `{count, plural, …}`), nested options included. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]): void => {
    for (const element of elements) {
      if (typeof element !== 'object' || element === null) continue;
      const node = element as { value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] };
      if ('value' in node && typeof node.value === 'string' && ('options' in node || [1, 2, 3, 4].includes((node as { type?: number }).type ?? -1))) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (Array.isArray(node.children)) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
}

const english = CATALOGUES.en;
const englishKeys = catalogueKeys(english);

describe('the catalogues', () => {
  it('has over a hundred English keys to compare against', () => {
    expect(englishKeys.length).toBeGreaterThan(100);
  });

  it.each(COMPLETE_LANGUAGES.filter((language) => language !== 'en'))('has every English key in %s, and no key English lacks', (language) => {
    const keys = catalogueKeys(CATALOGUES[language]);
    expect(englishKeys.filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !englishKeys.includes(key))).toEqual([]);
  });

  it.each([...LANGUAGES])('has only keys English has, each a valid ICU message with the same placeholders, in %s', (language) => {
    const catalogue: Messages = CATALOGUES[language];
    for (const key of catalogueKeys(catalogue)) {
      const reference = messageAt(english, key);
      expect(reference, `${language}: ${key} is not an English key`).toBeDefined();
      const message = messageAt(catalogue, key) ?? '';
      expect(message.trim(), `${language}: ${key} is empty`).not.toBe('');
      expect(argumentsOf(message), `${language}: ${key} placeholders`).toEqual(argumentsOf(reference ?? ''));
    }
  });

  it('finds a catalogue with a key missing (the check above can fail)', () => {
    const broken: Messages = { ...english, app: { ...(english.app as Messages) } };
    delete (broken.app as Record<string, unknown>).newCase;
    expect(englishKeys.filter((key) => !catalogueKeys(broken).includes(key))).toEqual(['app.newCase']);
  });

  it('tells a placeholder renamed in a translation', () => {
    expect(argumentsOf('{count} berkas')).not.toEqual(argumentsOf('{files, plural, one {# file} other {# files}}'));
  });
});

describe('translator', () => {
  it('speaks Indonesian with ICU values and English plurals', () => {
    expect(translator('en')('app.summaryFiles', { files: 1 })).toBe('1 file');
    expect(translator('en')('app.summaryFiles', { files: 3 })).toBe('3 files');
    expect(translator('id')('app.summaryFiles', { files: 3 })).toBe('3 berkas');
    expect(translator('id')('victim.badge')).toBe('korban — lindungi');
  });

  it('falls back to English key by key in a partial catalogue', () => {
    const thai = translator('th');
    expect(thai('app.newCase')).toBe('คดีใหม่');
    expect(thai('app.tour')).toBe(translator('en')('app.tour'));
  });

  it('translates a ledger reason by its code, and keeps the recorded English for an unknown or odd code', () => {
    const id = translator('id');
    expect(translateCode(id, 'ledger.code', 'unclosed-quote', { line: 4, column: 2, cause: 'never-closed' }, 'the quote…')).toBe(
      'tanda kutip yang membuka kolom ke-2 tidak pernah ditutup: baris ini ditolak dan pembacaan dilanjutkan ke baris berikutnya (perbaikan: tutup tanda kutipnya, gandakan tanda kutip di dalam nilai, atau hapus)');
    expect(translateCode(id, 'ledger.code', 'no-such-code', undefined, 'as recorded')).toBe('as recorded');
    expect(translateCode(id, 'ledger.code', '__proto__', undefined, 'as recorded')).toBe('as recorded');
    expect(translateCode(id, 'ledger.code', 'code.stray-quote', undefined, 'as recorded')).toBe('as recorded');
    expect(translateCode(id, 'ledger.code', undefined, undefined, 'as recorded')).toBe('as recorded');
  });
});
