import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { classicWorker, withoutBackground } from './scripts/classic-worker.mjs';
import { evalMarks } from './scripts/eval-marks.mjs';
import { plainLazyImports, stylesheetsOnly } from './scripts/lazy-imports.mjs';
import { firefoxManifest, withoutRawHtmlWrites, withVersion } from './scripts/manifests.mjs';

// `vite build` makes the Chromium extension in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const chromium = withVersion(manifest, packageJson.version);
  const shipped = firefox ? firefoxManifest(chromium) : chromium;
  const target = firefox ? 'firefox140' : 'chrome120';
  const marks = process.env.SIGNOFF_EVAL_MARKS === '1' ? [evalMarks()] : [];
  // Rolldown's default inlining wrote tldts's 68 KB table of labels into each of the three functions that read
  // it: the worker was 360 KB instead of 220, and a fresh worker compiled it 2-4 ms longer.
  const rolldownOptions = { optimization: { inlineConst: false } };
  return {
    plugins: [
      preact(),
      withoutRawHtmlWrites(),
      plainLazyImports(),
      crx({ manifest: withoutBackground(shipped) as never, browser: firefox ? 'firefox' : 'chrome' }),
      classicWorker({
        background: shipped.background,
        fileName: 'background.js',
        mode,
        target,
        rolldownOptions,
        marks,
      }),
      ...marks,
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Both targets know modulepreload (Chrome 66, Firefox 115): the polyfill would only add to the popup's bytes.
      modulePreload: { polyfill: false, resolveDependencies: stylesheetsOnly },
      target,
      rolldownOptions,
    },
    server: { port: 5173, strictPort: false },
  };
});
