import * as v from 'valibot';
import { type LogoutJournal, LogoutJournalSchema } from '../core/logout/journal';
import { type SessionSnapshot, SessionSnapshotSchema } from '../core/logout/snapshot';
import { browser } from './browser';

// storage.session lives in memory only: it is never written to disk, and it
// outlives a stopped service worker but not the browser.

const SNAPSHOT_KEY = 'undoSnapshot';
const journalKey = (tabId: number) => `logout:${tabId}`;

async function read<T>(key: string, schema: v.GenericSchema<unknown, T>): Promise<T | undefined> {
  const items = await browser.storage.session.get(key);
  const parsed = v.safeParse(schema, items[key]);
  return parsed.success ? parsed.output : undefined;
}

export function readSnapshot(): Promise<SessionSnapshot | undefined> {
  return read(SNAPSHOT_KEY, SessionSnapshotSchema);
}

/** Saves the snapshot Undo offers; false when it does not fit in session storage's quota. */
export async function writeSnapshot(snapshot: SessionSnapshot): Promise<boolean> {
  return browser.storage.session.set({ [SNAPSHOT_KEY]: snapshot }).then(
    () => true,
    () => false,
  );
}

/** Drops the snapshot, unless a newer one (another id) has taken its place. */
export async function dropSnapshot(id?: string): Promise<void> {
  if (id !== undefined && (await readSnapshot())?.id !== id) return;
  await browser.storage.session.remove(SNAPSHOT_KEY);
}

export function readJournal(tabId: number): Promise<LogoutJournal | undefined> {
  return read(journalKey(tabId), LogoutJournalSchema);
}

export async function writeJournal(journal: LogoutJournal): Promise<void> {
  await browser.storage.session.set({ [journalKey(journal.tabId)]: journal });
}

export async function dropJournal(tabId: number): Promise<void> {
  await browser.storage.session.remove(journalKey(tabId));
}

/** Every unfinished logout, as a service worker finds them when it starts. */
export async function readJournals(): Promise<LogoutJournal[]> {
  const items = await browser.storage.session.get(null);
  return Object.entries(items).flatMap(([key, value]) => {
    if (!key.startsWith('logout:')) return [];
    const parsed = v.safeParse(LogoutJournalSchema, value);
    return parsed.success ? [parsed.output] : [];
  });
}
