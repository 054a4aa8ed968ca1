import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ID, FIREFOX_MIN_VERSION, firefoxManifest, GECKO_ID, withVersion } from '../../scripts/manifests.mjs';

const source = JSON.parse(readFileSync('manifest.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const chromium = withVersion(source, version);

describe('the version, from package.json alone', () => {
  it('is filled into the manifest at build time, so manifest.json has none of its own to drift', () => {
    expect(source).not.toHaveProperty('version');
    expect(chromium.version).toBe(version);
    expect(firefoxManifest(chromium).version).toBe(version);
  });

  it('changes nothing else of manifest.json', () => {
    const { version: _filled, ...rest } = chromium;
    expect(rest).toEqual(source);
  });
});

describe('the Firefox manifest, made from manifest.json', () => {
  const firefox = firefoxManifest(chromium);

  it('runs the background as an event page, since Firefox rejects a service worker alone', () => {
    expect(firefox.background).toEqual({ scripts: [chromium.background.service_worker] });
  });

  it('has a fixed id, a tested minimum version, and says it collects no data', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });

  it('keeps everything else as Chromium has it: the command and its key, popup, options page, permissions', () => {
    for (const key of [
      'name',
      'description',
      'default_locale',
      'version',
      'commands',
      'action',
      'options_ui',
      'permissions',
      'host_permissions',
      'incognito',
    ]) {
      expect(firefox[key], key).toEqual(chromium[key]);
    }
    expect(chromium.commands.logout.suggested_key.default).toBe('Alt+Shift+L');
    expect(chromium.incognito).toBe('spanning');
  });

  it('names and describes SignOff in the user’s language, from the catalogs in public/_locales', () => {
    expect(chromium.default_locale).toBe('en');
    const words = [
      chromium.name,
      chromium.description,
      chromium.action.default_title,
      chromium.commands.logout.description,
    ];
    for (const text of words) expect(text).toMatch(/^__MSG_\w+__$/);
    expect(firefox.default_locale).toBe('en');
  });
});

describe('a stable id, for policies to name', () => {
  it('is in Chromium the one the manifest key gives: its SHA-256, first 32 hex digits written a to p', () => {
    const digest = createHash('sha256').update(Buffer.from(source.key, 'base64')).digest('hex').slice(0, 32);
    const id = [...digest].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
    expect(id).toBe(CHROMIUM_ID);
  });

  it('leaves Chromium’s key and managed-storage schema out of Firefox’s manifest, which uses its gecko id', () => {
    const firefox = firefoxManifest(chromium);
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('storage');
    expect(source.storage.managed_schema).toBe('managed_schema.json');
    expect(JSON.parse(readFileSync(`public/${source.storage.managed_schema}`, 'utf8')).type).toBe('object');
  });
});
