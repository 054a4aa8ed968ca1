// @ts-check
// How the extension's pages load a chunk they import lazily (the popup's "Log out of all sites").

/** The module Vite loads its preload helper from, which wraps every dynamic import() of the build. */
const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite's preload helper fetches a lazily imported chunk's JavaScript ahead of
 * it and puts its CSS in the page: some 650 bytes, gzipped, added to the
 * popup, whose code must stay within its budget (bench/budgets.mjs). An
 * extension page reads its chunks from the extension's own files, where
 * fetching ahead gains nothing: this helper only puts the CSS in, then
 * imports. The build fails if Vite's own helper still ends up in a chunk.
 * @returns {import('vite').Plugin}
 */
export function plainLazyImports() {
  let base = '/';
  return {
    name: 'signoff:plain-lazy-imports',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      return id === VITE_PRELOAD_HELPER ? helperCode(base) : null;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        // Vite's helper announces a failed preload with this event; the one above has none.
        if (chunk.type === 'chunk' && chunk.code.includes('vite:preloadError')) {
          this.error(`${chunk.fileName} has Vite's own preload helper: see scripts/lazy-imports.mjs`);
        }
      }
    },
  };
}

/**
 * Only the stylesheets among a dynamic import's dependencies: the JavaScript
 * ones are left for the import to fetch. The page's own `<link rel="modulepreload">`s stay.
 * @type {(file: string, deps: string[], context: { hostType: 'html' | 'js' }) => string[]}
 */
export const stylesheetsOnly = (_file, deps, { hostType }) => (hostType === 'html' ? deps : []);

/** @param {string} base */
function helperCode(base) {
  return `
const loaded = (link) => new Promise((resolve, reject) => {
  link.onload = resolve;
  link.onerror = () => reject(new Error('SignOff could not load ' + link.href));
});
const addStylesheet = (href) => {
  if (document.querySelector('link[href="' + href + '"]')) return undefined;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  document.head.append(link);
  return loaded(link);
};
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).filter((dep) => dep.endsWith('.css')).map((dep) => addStylesheet(${JSON.stringify(base)} + dep))).then(load);
`;
}
