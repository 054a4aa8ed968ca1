import { describe, expect, it } from 'vitest';
import {
  type AppliedChange,
  applyChange,
  NO_POLICY,
  planSyncWrite,
  readStoredSettings,
  type Settings,
  type SettingsChange,
} from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { fromStorageItems, type StorageItems, toStorageItems } from '../../src/core/settings/storage';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [{ site: 'a.test', loginUrl: 'https://a.test/in' }, { site: 'b.test' }],
};

/** What sync holds after a write, as storage.sync.set and .remove leave it. */
function afterWrite(items: StorageItems, change: SettingsChange, wasLocal = false): StorageItems {
  const current = readStoredSettings(items, undefined).settings;
  const outcome = applyChange(current, change) as AppliedChange;
  const write = planSyncWrite(items, outcome, wasLocal);
  const next = { ...items, ...write.set };
  for (const key of write.remove) delete next[key];
  return next;
}

describe('settings in storage.sync', () => {
  it('keeps one item per rule and reads them back in order', () => {
    const items = toStorageItems(settings);
    expect(Object.keys(items).sort()).toEqual(['rule:a.test', 'rule:b.test', 'settings']);
    const shuffled = Object.fromEntries(Object.entries(items).reverse());
    expect(fromStorageItems(shuffled)).toEqual({ version: 1, defaults: settings.defaults, sites: settings.sites });
  });

  it('reads empty storage as defaults, and rules whose meta item has not synced yet as version 1', () => {
    expect(readStoredSettings({}, undefined)).toEqual({
      settings: DEFAULT_SETTINGS,
      policy: NO_POLICY,
      issues: [],
      area: 'sync',
    });
    expect(readStoredSettings({ 'rule:a.test': { site: 'a.test' } }, undefined).settings.sites).toEqual([
      { site: 'a.test' },
    ]);
  });

  it('writes only the rule an edit touched, and the meta item', () => {
    const write = planSyncWrite(
      toStorageItems(settings),
      applyChange(settings, {
        kind: 'putRule',
        rule: { site: 'b.test', otherTabs: 'leave' },
        replacing: 'b.test',
      }) as AppliedChange,
      false,
    );
    expect(Object.keys(write.set).sort()).toEqual(['rule:b.test', 'settings']);
    expect(write.remove).toEqual([]);
  });

  it('keeps the keep list in the meta item, writes no rule for it, and drops it from the item once empty', () => {
    const items = toStorageItems(settings);
    const kept = afterWrite(items, { kind: 'setKeep', keep: ['mail.example'] });
    expect(kept.settings).toMatchObject({ keep: ['mail.example'] });
    expect(kept['rule:a.test']).toBe(items['rule:a.test']);
    expect(readStoredSettings(kept, undefined).settings.keep).toEqual(['mail.example']);
    const emptied = afterWrite(kept, { kind: 'setKeep', keep: [] });
    expect(emptied.settings).not.toHaveProperty('keep');
    expect(readStoredSettings(emptied, undefined).settings.keep).toEqual([]);
  });

  it('deletes a removed rule, and nothing else', () => {
    const next = afterWrite(toStorageItems(settings), { kind: 'removeRule', site: 'a.test' });
    expect(Object.keys(next).sort()).toEqual(['rule:b.test', 'settings']);
  });

  it('never deletes a rule item it cannot read, even on import', () => {
    const items = { ...toStorageItems(settings), 'rule:newer.test': { site: 'newer.test', otherTabs: 'hibernate' } };
    const state = readStoredSettings(items, undefined);
    expect(state.settings.sites.map((r) => r.site)).toEqual(['a.test', 'b.test']);
    expect(state.issues).toHaveLength(1);
    const changes: SettingsChange[] = [
      { kind: 'removeRule', site: 'a.test' },
      { kind: 'putRule', rule: { site: 'c.test' } },
      { kind: 'replaceAll', settings: { version: 1, sites: [{ site: 'c.test' }] } },
    ];
    for (const change of changes) {
      expect(afterWrite(items, change)['rule:newer.test']).toEqual({ site: 'newer.test', otherTabs: 'hibernate' });
    }
    expect(Object.keys(afterWrite(items, { kind: 'replaceAll', settings: { version: 1, sites: [] } })).sort()).toEqual([
      'rule:newer.test',
      'settings',
    ]);
  });

  it('when sync takes over again from the local copy, deletes the rules removed meanwhile', () => {
    // Sync still holds a and b; while sync refused, the user removed a locally.
    const stale = toStorageItems(settings);
    const local: Settings = { ...settings, sites: [{ site: 'b.test' }] };
    const state = readStoredSettings(stale, { reason: 'QUOTA_BYTES quota exceeded', settings: local });
    expect(state.area).toBe('local');
    expect(state.notice).toContain('QUOTA_BYTES quota exceeded');
    const outcome = applyChange(state.settings, { kind: 'putRule', rule: { site: 'c.test' } }) as AppliedChange;
    const write = planSyncWrite(stale, outcome, true);
    expect(Object.keys(write.set).sort()).toEqual(['rule:b.test', 'rule:c.test', 'settings']);
    expect(write.remove).toEqual(['rule:a.test']);
  });

  it('ignores a local item that is not the copy SignOff keeps', () => {
    const items = toStorageItems(settings);
    for (const junk of [{ settings }, 'settings', { reason: 7, settings }]) {
      expect(readStoredSettings(items, junk)).toEqual({ settings, policy: NO_POLICY, issues: [], area: 'sync' });
    }
  });

  it('reports settings of an unknown version in sync as unreadable, even while a local copy is in force', () => {
    const newer = { settings: { version: 2, defaults: {} }, 'rule:a.test': { site: 'a.test' } };
    expect(readStoredSettings(newer, undefined).unreadable).toContain('2 is unknown');
    expect(readStoredSettings(newer, { reason: 'quota', settings }).unreadable).toContain('2 is unknown');
    expect(readStoredSettings(toStorageItems(settings), undefined).unreadable).toBeUndefined();
  });
});
