import type englishMessages from '../../../public/_locales/en/messages.json';

// The message keys come from the English catalog, so a key the code names
// that English lacks fails to compile. Only the type is imported: the
// extension's pages read their words from the browser, not from this file.

/** The plural categories of Intl.PluralRules (CLDR). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

type EnglishKey = keyof typeof englishMessages & string;

/** A message that says a count: English has `<key>_one` and `<key>_other`, every language one per plural category. */
export type PluralKey = { [K in EnglishKey]: K extends `${infer Base}_other` ? Base : never }[EnglishKey];

/** A message said as it is, with substitutions at most. */
export type MessageKey = Exclude<EnglishKey, `${string}_${PluralCategory}`>;
