import type { MessageKey, PluralKey } from './keys';

/**
 * Where words come from: the browser's i18n in the extension (each entry
 * point sets it, see src/platform/i18n.ts), the English catalog file in the
 * unit tests. Nothing here calls the browser.
 */
export interface MessageSource {
  /** The browser's UI language: numbers are written its way. */
  uiLanguage: string;
  /** The message with its substitutions in place, or '' when there is none. */
  lookUp(key: string, substitutions: readonly string[]): string;
}

export type Substitution = string | number;

interface Formats {
  source: MessageSource;
  language: string;
  numbers: Intl.NumberFormat;
  plurals: Intl.PluralRules;
  lists: Intl.ListFormat;
}

let formats: Formats | undefined;

export function setMessageSource(source: MessageSource): void {
  // Plural forms and the "and" of lists follow the language the messages are in: a browser in a language
  // SignOff does not ship falls back to English, whose messages have English plural forms.
  const language = source.lookUp('messagesLanguage', []) || 'en';
  formats = {
    source,
    language,
    numbers: new Intl.NumberFormat(source.uiLanguage),
    plurals: new Intl.PluralRules(language),
    lists: new Intl.ListFormat(language, { type: 'conjunction' }),
  };
}

function current(): Formats {
  if (!formats) throw new Error('SignOff has no words yet: its entry point must call setMessageSource first.');
  return formats;
}

const asText = (value: Substitution) => (typeof value === 'number' ? formatNumber(value) : value);

/** The message `key` in the user's language, with `substitutions` in its placeholders' order. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return current().source.lookUp(key, substitutions.map(asText));
}

/** The message `key` in the plural form `count` takes in the user's language; the count is its first substitution. */
export function tCount(key: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const { source, plurals } = current();
  const texts = [count, ...substitutions].map(asText);
  // A browser whose plural rules know a category that the catalog's do not gets the general form.
  return source.lookUp(`${key}_${plurals.select(count)}`, texts) || source.lookUp(`${key}_other`, texts);
}

export function formatNumber(value: number): string {
  return current().numbers.format(value);
}

/** Names joined as the language joins them: "a.test and b.test", "a.test、b.test". */
export function formatList(items: readonly string[]): string {
  return current().lists.format(items);
}

/**
 * Sentences one after another, as their script writes them: a space after a
 * full stop, none after a Chinese or Japanese one ("。"). Empty ones are left out.
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences
    .filter(Boolean)
    .reduce((text, next) => (text === '' || /[。！？]$/.test(text) ? `${text}${next}` : `${text} ${next}`), '');
}

/** The language the messages are in, as a BCP 47 tag: for a page's `lang`. */
export function messagesLanguage(): string {
  return current().language;
}
