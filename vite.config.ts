import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest, withoutRawHtmlWrites } from './scripts/manifests.mjs';

// `vite build` makes the Chromium extension in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      withoutRawHtmlWrites(),
      crx({
        manifest: (firefox ? firefoxManifest(manifest) : manifest) as never,
        browser: firefox ? 'firefox' : 'chrome',
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome120',
    },
    server: { port: 5173, strictPort: false },
  };
});
