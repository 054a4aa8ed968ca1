import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Catalog,
  catalogSource,
  formatList,
  formatNumber,
  joinSentences,
  setMessageSource,
  t,
  tCount,
} from '../../src/core/i18n';
import { parsePolicy } from '../../src/core/settings';
import { parseSettings } from '../../src/core/settings/parse';

const catalogOf = (folder: string): Catalog =>
  JSON.parse(readFileSync(`public/_locales/${folder}/messages.json`, 'utf8'));

// These tests speak other languages; the others expect English.
afterEach(() => setMessageSource(catalogSource(catalogOf('en'), 'en')));

describe('messages in the user’s language', () => {
  it('puts substitutions into named placeholders, the way the browsers do', () => {
    expect(t('logOutOfSite', 'example.com')).toBe('Log out of example.com');
    setMessageSource(catalogSource(catalogOf('de'), 'de'));
    expect(t('logOutOfSite', 'example.com')).toBe('Von example.com abmelden');
  });

  it.each([
    ['en', 1, '1 cookie'],
    ['en', 1234, '1,234 cookies'],
    ['de', 1, '1 Cookie'],
    ['de', 1234, '1.234 Cookies'],
    ['fr', 1, '1 cookie'],
    ['fr', 2, '2 cookies'],
    ['fr', 1_000_000, '1 000 000 de cookies'],
    ['pt_BR', 1_000_000, '1.000.000 de cookies'],
    ['ja', 1, 'Cookie 1 件'],
  ])('counts in %s by its plural rules: %d is "%s"', (folder, count, expected) => {
    const tag = folder.replace('_', '-');
    setMessageSource(catalogSource(catalogOf(folder), tag));
    expect(tCount('cookieCount', count).replace(/\s/g, ' ')).toBe(expected);
  });

  it('falls back to the general form when the browser’s plural rules know a form the catalog lacks', () => {
    const onlyOther: Catalog = {
      messagesLanguage: { message: 'fr' },
      cookieCount_other: { message: '$COUNT$ cookies', placeholders: { count: { content: '$1' } } },
    };
    setMessageSource(catalogSource(onlyOther, 'fr'));
    expect(tCount('cookieCount', 1)).toBe('1 cookies');
  });

  it('writes numbers the UI language’s way and joins lists in the messages’ language', () => {
    setMessageSource(catalogSource(catalogOf('de'), 'de'));
    expect(formatNumber(1048576)).toBe('1.048.576');
    expect(formatList(['a.test', 'b.test', 'c.test'])).toBe('a.test, b.test und c.test');
  });

  it('says English, in English plural forms, in a UI language SignOff has no messages for', () => {
    // The browser gives the English messages then, messagesLanguage included.
    setMessageSource(catalogSource(catalogOf('en'), 'nl'));
    expect(tCount('cookieCount', 1)).toBe('1 cookie');
    expect(formatList(['a.test', 'b.test'])).toBe('a.test and b.test');
    expect(formatNumber(1234)).toBe('1.234');
  });

  it('puts sentences one after another with a space, but none after a Chinese or Japanese full stop', () => {
    expect(joinSentences(['Cleared 2 cookies.', '', 'Now at https://a.test/.'])).toBe(
      'Cleared 2 cookies. Now at https://a.test/.',
    );
    expect(joinSentences(['已清除 2 个 Cookie。', '现在位于 https://a.test/。'])).toBe(
      '已清除 2 个 Cookie。现在位于 https://a.test/。',
    );
  });

  it('refuses a call with the wrong number of substitutions, which the browser would pass over silently', () => {
    expect(() => t('logOutOfSite')).toThrow('takes 1 substitutions, not 0');
  });
});

describe('words a fresh service worker does not wait for', () => {
  /** The English catalog, counting what is asked of it. */
  function countingSource() {
    const asked = { messages: 0, uiLanguage: 0 };
    const english = catalogSource(catalogOf('en'), 'en');
    setMessageSource({
      get uiLanguage() {
        asked.uiLanguage++;
        return english.uiLanguage;
      },
      lookUp(key, substitutions) {
        asked.messages++;
        return english.lookUp(key, substitutions);
      },
    });
    return asked;
  }

  it('asks for nothing until a message is wanted, and makes the number format only for a number', () => {
    const asked = countingSource();
    expect(asked).toEqual({ messages: 0, uiLanguage: 0 });
    expect(t('logOutOfSite', 'example.com')).toBe('Log out of example.com');
    expect(asked).toEqual({ messages: 1, uiLanguage: 0 });
    expect(formatNumber(1234)).toBe('1,234');
    expect(asked.uiLanguage).toBe(1);
  });

  it('reads good rules without a word: their labels are made only for a rule with an issue', () => {
    const asked = countingSource();
    const sites = Array.from({ length: 50 }, (_, i) => ({ site: `s${i}.example`, loginUrl: `https://s${i}.example/` }));
    const good = parseSettings({ version: 1, sites, defaults: { notify: false } });
    expect(good.issues).toEqual([]);
    expect(parsePolicy({ sites: sites.slice(0, 2), lockRules: true }).issues).toEqual([]);
    expect(asked).toEqual({ messages: 0, uiLanguage: 0 });
    const bad = parseSettings({ version: 1, sites: [...sites, { site: 's0.example', loginUrl: 'javascript:x' }] });
    expect(bad.issues.map((issue) => issue.where)).toEqual(['rule 51 (s0.example)']);
  });
});
