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

let source: MessageSource | undefined;
let made: { language?: string; numbers?: Intl.NumberFormat; plurals?: Intl.PluralRules; lists?: Intl.ListFormat } = {};

/**
 * Sets where words come from. The language and the Intl objects are made on
 * first use, each alone: in a fresh service worker the first message took
 * 4 ms and the first number format 15 ms (measured), which a logout waited for
 * when they were all made at start.
 */
export function setMessageSource(messages: MessageSource): void {
  source = messages;
  made = {};
}

function messageSource(): MessageSource {
  if (!source) throw new Error('SignOff has no words yet: its entry point must call setMessageSource first.');
  return source;
}

// Plural forms and the "and" of lists follow the language the messages are in: a browser in a language
// SignOff does not ship falls back to English, whose messages have English plural forms.
const language = () => (made.language ??= messageSource().lookUp('messagesLanguage', []) || 'en');
const numbers = () => (made.numbers ??= new Intl.NumberFormat(messageSource().uiLanguage));
const plurals = () => (made.plurals ??= new Intl.PluralRules(language()));
const lists = () => (made.lists ??= new Intl.ListFormat(language(), { type: 'conjunction' }));

const asText = (value: Substitution) => (typeof value === 'number' ? formatNumber(value) : value);

/** The message `key` in the user's language, with `substitutions` in its placeholders' order. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return messageSource().lookUp(key, substitutions.map(asText));
}

/** The message `key` in the plural form `count` takes in the user's language; the count is its first substitution. */
export function tCount(key: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const texts = [count, ...substitutions].map(asText);
  const messages = messageSource();
  // A browser whose plural rules know a category that the catalog's do not gets the general form.
  return messages.lookUp(`${key}_${plurals().select(count)}`, texts) || messages.lookUp(`${key}_other`, texts);
}

export function formatNumber(value: number): string {
  return numbers().format(value);
}

/** Names joined as the language joins them: "a.test and b.test", "a.test、b.test". */
export function formatList(items: readonly string[]): string {
  return lists().format(items);
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
  return language();
}
