import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { evalMarks } from './scripts/eval-marks.mjs';
import { plainLazyImports, stylesheetsOnly } from './scripts/lazy-imports.mjs';
import { firefoxManifest, withoutRawHtmlWrites, withVersion } from './scripts/manifests.mjs';

// `vite build` makes the Chromium extension in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const chromium = withVersion(manifest, packageJson.version);
  return {
    plugins: [
      preact(),
      withoutRawHtmlWrites(),
      plainLazyImports(),
      crx({
        manifest: (firefox ? firefoxManifest(chromium) : chromium) as never,
        browser: firefox ? 'firefox' : 'chrome',
      }),
      ...(process.env.SIGNOFF_EVAL_MARKS === '1' ? [evalMarks()] : []),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Both targets know modulepreload (Chrome 66, Firefox 115): the polyfill would only add to the popup's bytes.
      modulePreload: { polyfill: false, resolveDependencies: stylesheetsOnly },
      target: firefox ? 'firefox140' : 'chrome120',
    },
    server: { port: 5173, strictPort: false },
  };
});
