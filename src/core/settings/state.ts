import * as v from 'valibot';
import { t } from '../i18n';
import type { SettingsChange } from './change';
import type { SettingsIssue } from './issues';
import { parseSettings } from './parse';
import { type ManagedPolicy, parsePolicy } from './policy';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { fromStorageItems, type StorageItems } from './storage';

/** The settings as the options page edits them, and where they are kept. */
export interface SettingsState {
  /** The user's own settings: what the options page edits and Export writes. */
  settings: Settings;
  /** What the organisation's policy sets over them (see settingsInForce). */
  policy: ManagedPolicy;
  /** Problems found in what storage held (such rules are not in use, and are kept as they are). */
  issues: SettingsIssue[];
  area: 'sync' | 'local';
  notice?: string;
  /** Set when the stored settings cannot be read, and so must not be changed here. */
  unreadable?: string;
}

/** What a saved change or import answers: the settings now in force, and the change that undoes it. */
export interface SavedChange {
  state: SettingsState;
  undo?: SettingsChange;
}

/** What storage.local holds when sync refused the settings: all of them, and why. parseSettings reads them. */
const LocalFallbackSchema = v.object({ reason: v.string(), settings: v.unknown() });
export type LocalFallback = v.InferOutput<typeof LocalFallbackSchema>;

/**
 * The settings in force: the local copy while sync refuses them, otherwise
 * sync's. Sync is read either way, so that settings a newer SignOff wrote
 * there are never saved over. A local item that is not SignOff's copy is ignored.
 */
export function readStoredSettings(
  syncItems: StorageItems,
  localItem: unknown,
  managedItems: StorageItems = {},
): SettingsState {
  const raw = fromStorageItems(syncItems);
  const synced = raw === undefined ? { settings: structuredClone(DEFAULT_SETTINGS), issues: [] } : parseSettings(raw);
  const unreadable = 'unreadable' in synced ? synced.unreadable : undefined;
  const local = v.safeParse(LocalFallbackSchema, localItem);
  const inForce = local.success
    ? { ...parseSettings(local.output.settings), area: 'local' as const }
    : { ...synced, area: 'sync' as const };
  return {
    settings: inForce.settings,
    policy: parsePolicy(managedItems),
    issues: inForce.issues,
    area: inForce.area,
    ...(local.success ? { notice: localNotice(local.output.reason) } : {}),
    ...(unreadable ? { unreadable } : {}),
  };
}

export function localNotice(reason: string): string {
  return t('settingsKeptLocally', reason);
}
