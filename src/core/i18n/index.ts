// Messages in the user's language: the words, plural forms, numbers and lists; no browser calls.
export { type Catalog, type CatalogEntry, catalogSource, messageFromCatalog, substitutionCount } from './catalog';
export { type MessageKey, PLURAL_CATEGORIES, type PluralCategory, type PluralKey } from './keys';
export {
  formatList,
  formatNumber,
  joinSentences,
  type MessageSource,
  messagesLanguage,
  type Substitution,
  setMessageSource,
  t,
  tCount,
} from './words';
