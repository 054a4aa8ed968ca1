import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/i18n';
import {
  checkCatalogs,
  checkKeys,
  checkKeysUsed,
  checkOwnPlaceholders,
  checkPlaceholdersMatch,
  keysUsedIn,
} from './catalog-checks';

const LOCALES = 'public/_locales';
const catalogs: Record<string, Catalog> = Object.fromEntries(
  readdirSync(LOCALES).map((folder) => [
    folder,
    JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')),
  ]),
);
const english = catalogs.en as Catalog;

/** The extension's source files, and the manifest, which names messages as __MSG_key__. */
function sourceFiles(): Array<{ file: string; text: string }> {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((file) => join('src', file))
    // The i18n module defines t() and tCount(); it names no messages.
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(join('src', 'core', 'i18n')));
  return [...files, 'manifest.json'].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

describe('the message catalogs', () => {
  it('cover English, German, French, Spanish, Brazilian Portuguese, Japanese and Simplified Chinese', () => {
    expect(Object.keys(catalogs).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN']);
  });

  it('agree: every key in every language, each count in every plural form, the same placeholders', () => {
    expect(checkCatalogs(catalogs)).toEqual([]);
  });

  it('hold every message the code and the manifest name, and no message nothing uses', () => {
    const { uses, problems } = keysUsedIn(sourceFiles());
    expect(problems).toEqual([]);
    expect(uses.length).toBeGreaterThan(100);
    expect(checkKeysUsed(uses, english, ['messagesLanguage'])).toEqual([]);
  });
});

// Each check, shown to fail on a small catalog broken the way it looks for.
describe('the catalog checks find', () => {
  const small: Catalog = {
    messagesLanguage: { message: 'en' },
    greeting: { message: 'Hello $NAME$', placeholders: { name: { content: '$1' } } },
    apples_one: { message: '$COUNT$ apple', placeholders: { count: { content: '$1' } } },
    apples_other: { message: '$COUNT$ apples', placeholders: { count: { content: '$1' } } },
  };
  const count = { placeholders: { count: { content: '$1' } } };

  it('a missing key, an extra one, and a messagesLanguage that is not the folder’s', () => {
    const german: Catalog = {
      messagesLanguage: { message: 'de-DE' },
      apples_one: { message: '$COUNT$ Apfel', ...count },
      apples_other: { message: '$COUNT$ Äpfel', ...count },
      farewell: { message: 'Tschüss' },
    };
    expect(checkKeys('de', german, small)).toEqual([
      'de lacks greeting',
      'de has farewell, which English or its plural rules do not have',
      "de's messagesLanguage is de-DE, not de",
    ]);
  });

  it('a plural category the language’s rules use but the catalog lacks, and one they do not use', () => {
    const french: Catalog = { ...small, messagesLanguage: { message: 'fr' } };
    expect(checkKeys('fr', french, small)).toEqual(['fr lacks apples_many']);
    const japanese: Catalog = { ...small, messagesLanguage: { message: 'ja' } };
    expect(checkKeys('ja', japanese, small)).toEqual([
      'ja has apples_one, which English or its plural rules do not have',
    ]);
  });

  it('a placeholder used but not defined, and one defined but left out', () => {
    const broken: Catalog = {
      greeting: { message: 'Hello $NAME$ and $FRIEND$', placeholders: { name: { content: '$1' } } },
      apples_other: { message: 'apples', ...count },
    };
    expect(checkOwnPlaceholders('en', broken)).toEqual([
      'en greeting names $friend$ undefined',
      'en apples_other leaves out $count$',
    ]);
  });

  it('placeholders that differ from English, also in a plural form English lacks', () => {
    const french: Catalog = {
      greeting: { message: 'Bonjour $NOM$', placeholders: { nom: { content: '$1' } } },
      apples_many: { message: '$COUNT$ de pommes', placeholders: { count: { content: '$2' } } },
    };
    expect(checkPlaceholdersMatch('fr', french, small)).toEqual([
      'fr greeting has placeholders ["nom=$1"], English has ["name=$1"]',
      'fr apples_many has placeholders ["count=$2"], English has ["count=$1"]',
    ]);
  });

  it('a key the code names that English lacks, a count without forms, a key not written out, and an unused message', () => {
    const { uses, problems } = keysUsedIn([
      { file: 'a.ts', text: "t('greeting', name); tCount('pears', 2); t('apples_one'); t(key);" },
      { file: 'manifest.json', text: '{"name": "__MSG_title__"}' },
    ]);
    expect(problems).toEqual(['a.ts calls t() with a key that is not a string literal']);
    expect(checkKeysUsed(uses, small, ['messagesLanguage'])).toEqual([
      'a.ts counts with pears, which English has no pears_other for',
      'a.ts uses apples_one, which English has no message for',
      'manifest.json uses title, which English has no message for',
      'English has apples_other, which no code uses',
    ]);
    expect(checkKeysUsed(uses.slice(0, 1), small, ['messagesLanguage'])).toEqual([
      'English has apples_one, which no code uses',
      'English has apples_other, which no code uses',
    ]);
  });
});
