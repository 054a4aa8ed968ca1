import { readFileSync } from 'node:fs';
import { type Catalog, catalogSource, setMessageSource } from '../../src/core/i18n';

// The unit tests read SignOff's words from the English catalog file, as a
// browser in English would: the tests assert what an English user reads.
const english: Catalog = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
setMessageSource(catalogSource(english, 'en'));
