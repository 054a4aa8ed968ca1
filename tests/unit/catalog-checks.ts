import type { Catalog, CatalogEntry } from '../../src/core/i18n';

// Checks of the message catalogs (public/_locales/<folder>/messages.json) and
// of the code that names their keys. Each returns its problems as sentences,
// none when all is well, so that a failing test says what to fix.

/** A `_locales` folder as a BCP 47 tag, the form Intl takes: pt_BR is pt-BR. */
export const languageTag = (folder: string) => folder.replace('_', '-');

const pluralBase = (key: string) => /^(.+)_(?:zero|one|two|few|many|other)$/.exec(key)?.[1];

/** The message keys that say a count: those English has an `_other` form of. */
export function pluralBases(english: Catalog): Set<string> {
  return new Set(
    Object.keys(english).flatMap((key) => (key.endsWith('_other') ? [key.slice(0, -'_other'.length)] : [])),
  );
}

/** Every English key is in each language; counts have exactly the forms the language's plural rules use. */
export function checkKeys(folder: string, catalog: Catalog, english: Catalog): string[] {
  const bases = pluralBases(english);
  const categories = new Intl.PluralRules(languageTag(folder)).resolvedOptions().pluralCategories;
  const expected = new Set(Object.keys(english).filter((key) => !bases.has(pluralBase(key) ?? '')));
  for (const base of bases) for (const category of categories) expected.add(`${base}_${category}`);
  const problems = [...expected].filter((key) => !Object.hasOwn(catalog, key)).map((key) => `${folder} lacks ${key}`);
  for (const key of Object.keys(catalog)) {
    if (!expected.has(key)) problems.push(`${folder} has ${key}, which English or its plural rules do not have`);
  }
  const tag = catalog.messagesLanguage?.message;
  if (tag !== undefined && tag !== languageTag(folder)) {
    problems.push(`${folder}'s messagesLanguage is ${tag}, not ${languageTag(folder)}`);
  }
  return problems;
}

const placeholderNames = (entry: CatalogEntry) =>
  Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());

const describePlaceholders = (entry: CatalogEntry | undefined) =>
  JSON.stringify(
    Object.entries(entry?.placeholders ?? {})
      .map(([name, placeholder]) => `${name.toLowerCase()}=${placeholder.content}`)
      .sort(),
  );

/** A message names only placeholders it defines, and says each of them: a value left out is a fact the reader misses. */
export function checkOwnPlaceholders(folder: string, catalog: Catalog): string[] {
  return Object.entries(catalog).flatMap(([key, entry]) => {
    const defined = placeholderNames(entry);
    const named = [...entry.message.matchAll(/\$([\w@]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase());
    return [
      ...named.filter((name) => !defined.includes(name)).map((name) => `${folder} ${key} names $${name}$ undefined`),
      ...defined.filter((name) => !named.includes(name)).map((name) => `${folder} ${key} leaves out $${name}$`),
    ];
  });
}

/** Each message takes the same placeholders, with the same substitutions, as its English original. */
export function checkPlaceholdersMatch(folder: string, catalog: Catalog, english: Catalog): string[] {
  return Object.entries(catalog).flatMap(([key, entry]) => {
    const base = pluralBase(key);
    const original = english[key] ?? (base === undefined ? undefined : english[`${base}_other`]);
    if (!original) return [];
    const mine = describePlaceholders(entry);
    const theirs = describePlaceholders(original);
    return mine === theirs ? [] : [`${folder} ${key} has placeholders ${mine}, English has ${theirs}`];
  });
}

/** All of the checks above, for every catalog. */
export function checkCatalogs(catalogs: Record<string, Catalog>): string[] {
  const english = catalogs.en;
  if (!english) return ['there is no English catalog (en)'];
  return Object.entries(catalogs).flatMap(([folder, catalog]) => [
    ...checkKeys(folder, catalog, english),
    ...checkOwnPlaceholders(folder, catalog),
    ...checkPlaceholdersMatch(folder, catalog, english),
  ]);
}

/** Where the code asks for messages: `t('key')`, `tCount('key', n)`, and `__MSG_key__` in the manifest. */
export interface KeyUse {
  file: string;
  key: string;
  plural: boolean;
}

export interface KeysUsed {
  uses: KeyUse[];
  problems: string[];
}

/**
 * The keys named in source files. A call whose key is not written out as a
 * string cannot be checked by reading it, so it is a problem in itself.
 */
export function keysUsedIn(files: ReadonlyArray<{ file: string; text: string }>): KeysUsed {
  const uses: KeyUse[] = [];
  const problems: string[] = [];
  for (const { file, text } of files) {
    for (const call of text.matchAll(/\b(t|tCount)\(\s*(?:(['"])(\w+)\2|([^\s)]))/g)) {
      const [, name, , key, other] = call;
      if (key !== undefined) uses.push({ file, key, plural: name === 'tCount' });
      else if (other !== undefined) problems.push(`${file} calls ${name}() with a key that is not a string literal`);
    }
    for (const [, key] of text.matchAll(/__MSG_(\w+)__/g)) if (key) uses.push({ file, key, plural: false });
  }
  return { uses, problems };
}

/** Each key the code names has an English message (of the right kind); each English message is used. */
export function checkKeysUsed(uses: readonly KeyUse[], english: Catalog, alwaysUsed: readonly string[]): string[] {
  const bases = pluralBases(english);
  const problems = uses.flatMap(({ file, key, plural }) => {
    if (plural) return bases.has(key) ? [] : [`${file} counts with ${key}, which English has no ${key}_other for`];
    return Object.hasOwn(english, key) && !bases.has(pluralBase(key) ?? '')
      ? []
      : [`${file} uses ${key}, which English has no message for`];
  });
  const used = new Set([...alwaysUsed, ...uses.map(({ key }) => key)]);
  for (const key of Object.keys(english)) {
    if (!used.has(key) && !used.has(pluralBase(key) ?? '')) problems.push(`English has ${key}, which no code uses`);
  }
  return problems;
}
