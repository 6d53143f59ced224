// A name written only in another script carries its Latin letters and the name of its script, in the reader's language.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translate.ts';
import { nameText } from '../../src/core/report/dossier/html.ts';

describe('the script of a name in the dossier', () => {
  it.each([
    ['สมชาย ใจดี', 'Thai', 'aksara Thai'],
    ['မောင်မောင်', 'Burmese', 'aksara Myanmar'],
    ['王伟涛', 'Chinese', 'aksara Tionghoa'],
    ['សុខ ជា', 'Khmer', 'aksara Khmer'],
    ['Иван', 'Cyrillic', 'aksara Sirilik'],
  ])('names the script of %s as %s in English and %s in Indonesian', (name, english, indonesian) => {
    expect(nameText(name, translator('en'))).toContain(`[${english}: `);
    expect(nameText(name, translator('id'))).toContain(`[${indonesian}: `);
    expect(nameText(name, translator('id'))).not.toContain(`[${english}: `);
  });

  it('keeps a name that has Latin letters as written, with no script note', () => {
    expect(nameText('Wang Weitao (王伟涛)', translator('id'))).not.toContain('aksara');
  });
});
