import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundEntry, classicBackground, withoutBackground } from '../../scripts/classic-worker.mjs';
import { firefoxManifest, withVersion } from '../../scripts/manifests.mjs';

const chromium = withVersion(JSON.parse(readFileSync('manifest.json', 'utf8')), '1.0.0');

describe('the background, built as one classic script', () => {
  it.each([
    ['Chromium', chromium.background, { service_worker: 'background.js' }],
    ['Firefox', firefoxManifest(chromium).background, { scripts: ['background.js'] }],
  ])('is named in the key %s reads, with no module type', (_browser, background, built) => {
    expect(backgroundEntry(background)).toBe('src/background/index.ts');
    expect(classicBackground(background, 'background.js')).toEqual(built);
  });

  it('is left out of the manifest the pages are built from, so that no module worker is built too', () => {
    const pages = withoutBackground(chromium);
    expect(pages).not.toHaveProperty('background');
    expect({ ...pages, background: chromium.background }).toEqual(chromium);
  });

  it.each([[{}], [{ scripts: [] }], [{ scripts: ['a.ts', 'b.ts'] }]])(
    'refuses a manifest that names no single background script: %j',
    (background) => {
      expect(() => backgroundEntry(background)).toThrow('one background script');
    },
  );
});
