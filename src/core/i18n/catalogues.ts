// Every catalogue by language: English complete (the reference), Bahasa Indonesia complete, Thai partial.
import type { Messages } from './catalogue.ts';
import { en } from './en.ts';
import { id } from './id.ts';
import type { Language } from './languages.ts';
import { th } from './th.ts';

export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, id, th: th as Messages };

/** Languages whose catalogue must have every English key (the missing-translation test checks them). */
export const COMPLETE_LANGUAGES: readonly Language[] = ['en', 'id'];
