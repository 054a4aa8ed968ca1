import { setMessageSource } from '../core/i18n';
import { browser } from './browser';

/**
 * Takes SignOff's words from the browser: the messages of public/_locales
 * in the browser's UI language (English where SignOff has none), and that
 * language for numbers. Each entry point calls it before it says anything.
 */
export function installBrowserMessages(): void {
  setMessageSource({
    get uiLanguage() {
      return browser.i18n.getUILanguage();
    },
    lookUp: (key, substitutions) => browser.i18n.getMessage(key, [...substitutions]),
  });
}
