// @ts-check
// The background script built as one classic script instead of ES modules. A fresh Chromium worker ran
// SignOff's code about 10 ms sooner from a classic script (bench/cold-start-probe.mjs): the worker's start is
// what a cold logout waits for.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The manifest as @crxjs/vite-plugin gets it: without `background`, which classicWorker builds and names.
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>}
 */
export function withoutBackground(manifest) {
  const { background: _builtByClassicWorker, ...rest } = manifest;
  return rest;
}

/** @typedef {{ service_worker?: string, scripts?: string[], type?: string }} Background */

/**
 * The source file a manifest's `background` names: Chromium's service worker, or Firefox's event page.
 * @param {Background} background
 */
export function backgroundEntry(background) {
  const entry = background.service_worker ?? background.scripts?.[0];
  if (!entry || (background.scripts?.length ?? 1) !== 1)
    throw new Error('The manifest must name one background script');
  return entry;
}

/**
 * `background` naming the built script in the same key. Without `type: "module"`, both browsers run it as
 * a classic script.
 * @param {Background} background the source manifest's
 * @param {string} fileName
 * @returns {Background}
 */
export function classicBackground(background, fileName) {
  return background.scripts ? { scripts: [fileName] } : { service_worker: fileName };
}

/**
 * Builds the script `background` names into `fileName`, one classic script with every import inlined, and
 * names that in the manifest @crxjs/vite-plugin wrote (see withoutBackground).
 * @param {{ background: Background, fileName: string, mode: string, target: string,
 *   rolldownOptions: import('vite').BuildOptions['rolldownOptions'], marks: import('vite').PluginOption[] }} options
 *   `target` and `rolldownOptions` as the pages are built with; `marks` for bench/eval-marks-probe.mjs
 * @returns {import('vite').Plugin}
 */
export function classicWorker({ background, fileName, mode, target, rolldownOptions, marks }) {
  const entry = backgroundEntry(background);
  return {
    name: 'signoff:classic-worker',
    apply: 'build',
    enforce: 'post',
    // After @crxjs/vite-plugin has written the manifest, which it makes late in the build.
    async writeBundle({ dir = 'dist' }) {
      const manifestPath = join(dir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      const built = await build({
        configFile: false,
        mode,
        logLevel: 'warn',
        publicDir: false,
        plugins: marks,
        build: {
          write: false,
          target,
          // The script exports nothing: the name, which an IIFE build requires, never becomes a global.
          lib: { entry, formats: ['iife'], name: 'SignOffBackground', fileName: () => fileName },
          rolldownOptions,
        },
      });
      const outputs = [built].flat().flatMap((result) => ('output' in result ? result.output : []));
      const script = outputs.find((file) => file.type === 'chunk' && file.isEntry);
      if (script?.type !== 'chunk') return this.error(`Building ${entry} gave no script`);
      await writeFile(join(dir, fileName), script.code);
      const named = { ...manifest, background: classicBackground(background, fileName) };
      await writeFile(manifestPath, `${JSON.stringify(named, null, 2)}\n`);
    },
  };
}
