import type { MessageSource } from './words';

/** One message of a `_locales/<lang>/messages.json` file, in the format the browsers read. */
export interface CatalogEntry {
  message: string;
  description?: string;
  /** `$NAME$` in the message stands for the content of `name`, which is `$1`, `$2`…: the substitutions in order. */
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogEntry>;

/**
 * A message with its placeholders and substitutions in place, the way the
 * browsers' `i18n.getMessage` does it: `$NAME$` (any case) becomes its
 * placeholder's content, then `$1`…`$9` the substitutions and `$$` a `$`.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n
 */
export function messageFromCatalog(entry: CatalogEntry, substitutions: readonly string[]): string {
  const contents = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
  );
  const named = entry.message.replace(
    /\$([\w@]+)\$/g,
    (whole, name: string) => contents.get(name.toLowerCase()) ?? whole,
  );
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** How many substitutions a message takes: the highest `$n` its placeholders (or its text) name. */
export function substitutionCount(entry: CatalogEntry): number {
  const texts = [entry.message, ...Object.values(entry.placeholders ?? {}).map((placeholder) => placeholder.content)];
  const numbers = texts.flatMap((text) => [...text.matchAll(/\$([1-9])/g)].map((match) => Number(match[1])));
  return Math.max(0, ...numbers);
}

/**
 * A message source that reads a catalog file's contents, for Node, where no
 * browser i18n exists (the unit tests). Stricter than the browser: a call
 * with more or fewer substitutions than the message takes throws.
 */
export function catalogSource(catalog: Catalog, uiLanguage: string): MessageSource {
  return {
    uiLanguage,
    lookUp(key, substitutions) {
      const entry = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
      if (!entry) return '';
      const expected = substitutionCount(entry);
      if (substitutions.length !== expected) {
        throw new Error(`The message ${key} takes ${expected} substitutions, not ${substitutions.length}`);
      }
      return messageFromCatalog(entry, substitutions);
    },
  };
}
