import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storeManifest } from '../../scripts/manifests.mjs';
import {
  extensionZipProblems,
  listingOf,
  localeFiles,
  sourceZipProblems,
} from '../../scripts/release/package-check.mjs';
import { zipFiles } from '../../scripts/release/zip.mjs';

const manifest = {
  version: '1.2.3',
  icons: { 16: 'icons/icon-16.png' },
  action: { default_popup: 'src/popup/index.html' },
  background: { service_worker: 'background.js' },
};
const shipped = ['manifest.json', 'icons/icon-16.png', 'src/popup/index.html', 'background.js'];
const expected = { version: '1.2.3', locales: [] };

describe('what a store zip must hold, and must not', () => {
  it('passes a zip with the manifest at the top, the files it names and the right version', () => {
    expect(extensionZipProblems({ entries: shipped, manifest }, expected)).toEqual([]);
  });

  it('refuses a manifest with a key, which the stores refuse; the Chrome Web Store zip has it taken out', () => {
    expect(extensionZipProblems({ entries: shipped, manifest: { ...manifest, key: 'MIIB' } }, expected)).toEqual([
      'its manifest has a "key", which the stores refuse',
    ]);
    expect(storeManifest({ ...manifest, key: 'MIIB' })).toEqual(manifest);
  });

  it.each([
    ['a source map', [...shipped, 'assets/index-abc.js.map'], 'a source map: assets/index-abc.js.map'],
    ['a test file', [...shipped, 'assets/popup.test.js'], 'a test file: assets/popup.test.js'],
    ['a tests folder', [...shipped, 'tests/unit/site.js'], 'a test file: tests/unit/site.js'],
    [
      'a name Chromium reserves',
      [...shipped, 'assets/_helpers.js'],
      'a name browsers reserve (it starts with _): assets/_helpers.js',
    ],
    [
      'a missing popup',
      shipped.slice(0, 2).concat('background.js'),
      'no src/popup/index.html, which the manifest names',
    ],
  ])('refuses %s', (_case, entries, problem) => {
    expect(extensionZipProblems({ entries, manifest }, expected)).toEqual([problem]);
  });

  it('refuses a version other than package.json’s', () => {
    expect(extensionZipProblems({ entries: shipped, manifest: { ...manifest, version: '0.1.0' } }, expected)).toEqual([
      "its version is 0.1.0, package.json's is 1.2.3",
    ]);
  });

  it('refuses a zip of the folder instead of its contents', () => {
    const entries = shipped.map((path) => `dist/${path}`);
    expect(extensionZipProblems({ entries, manifest: undefined }, expected)).toEqual([
      "manifest.json is at dist/manifest.json, not at the top: zip the folder's contents, not the folder",
    ]);
  });

  it('wants every locale the build wrote, and English and the default locale when the manifest has one', () => {
    const localized = { ...manifest, default_locale: 'de' };
    const built = localeFiles(['_locales/de/messages.json', '_locales/fr/messages.json', 'assets/x.js']);
    expect(built).toEqual(['_locales/de/messages.json', '_locales/fr/messages.json']);
    expect(
      extensionZipProblems(
        { entries: [...shipped, '_locales/de/messages.json'], manifest: localized },
        {
          ...expected,
          locales: built,
        },
      ),
    ).toEqual(['no _locales/fr/messages.json', 'no _locales/en/messages.json']);
  });
});

describe('the source archive', () => {
  const source = [
    'README.md',
    'package.json',
    'package-lock.json',
    'manifest.json',
    'vite.config.ts',
    'src/core/site.ts',
  ];

  it('holds what a rebuild needs and nothing built or installed', () => {
    expect(sourceZipProblems(source)).toEqual([]);
    expect(sourceZipProblems([...source.slice(1), 'node_modules/fflate/package.json', 'dist/manifest.json'])).toEqual([
      'no README.md',
      'not source: node_modules/fflate/package.json',
      'not source: dist/manifest.json',
    ]);
  });
});

describe('the zips themselves', () => {
  const files: Array<[string, Uint8Array]> = shipped.map((path) => [
    path,
    strToU8(path === 'manifest.json' ? JSON.stringify(manifest) : path),
  ]);

  it('list their files at the top level and in path order, and read back the manifest', () => {
    const listing = listingOf(zipFiles(files));
    expect(listing.entries).toEqual([...shipped].sort());
    expect(listing.manifest).toEqual(manifest);
  });

  it('come out byte for byte the same from the same files, whatever order they are given in', () => {
    expect(zipFiles([...files].reverse())).toEqual(zipFiles(files));
  });
});
