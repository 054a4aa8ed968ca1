import * as v from 'valibot';
import type { TabPlace } from '../core/auto/groups';
import type { UseBook } from '../core/auto/idle';
import { type QueuedLogout, QueueSchema } from '../core/auto/queue';
import { browser } from './browser';

// The automatic logouts' state lives in storage, not in the service worker's
// memory, which the browser may drop at any time:
// - the queue of logouts to run, and when each idle site was last used, in
//   storage.local, so that a crashed or closed browser finds them at its next start;
// - where each watched tab is, in storage.session: a closed tab's address is
//   gone by the time the browser says it closed, and tabs do not outlive the browser.

const QUEUE_KEY = 'autoLogoutQueue';
const USE_KEY = 'autoLogoutUse';
const PLACES_KEY = 'watchedTabs';

const UseBookSchema = v.object({
  lastUsed: v.record(v.string(), v.number()),
  inUse: v.optional(v.array(v.string())),
  dormant: v.optional(v.array(v.string())),
  checkedAt: v.optional(v.number()),
});
const PlacesSchema = v.record(
  v.string(),
  v.object({ host: v.string(), storeId: v.string(), origin: v.optional(v.string()) }),
);

async function read<T>(area: 'local' | 'session', key: string, schema: v.GenericSchema<unknown, T>, empty: T) {
  const items = await browser.storage[area].get(key);
  const parsed = v.safeParse(schema, items[key]);
  return parsed.success ? parsed.output : empty;
}

/** Runs changes to one stored value one after another, so that none reads what another is about to replace. */
function serialised<T>(area: 'local' | 'session', key: string, schema: v.GenericSchema<unknown, T>, empty: T) {
  let tail: Promise<unknown> = Promise.resolve();
  return (change: (value: T) => T): Promise<T> => {
    const run = tail.then(async () => {
      const next = change(await read(area, key, schema, empty));
      await browser.storage[area].set({ [key]: next });
      return next;
    });
    tail = run.catch(() => {});
    return run;
  };
}

export const readQueue = (): Promise<QueuedLogout[]> => read('local', QUEUE_KEY, QueueSchema, []);
export const changeQueue = serialised<QueuedLogout[]>('local', QUEUE_KEY, QueueSchema, []);

export const readUseBook = (): Promise<UseBook> => read('local', USE_KEY, UseBookSchema, { lastUsed: {} });
export const changeUseBook = serialised<UseBook>('local', USE_KEY, UseBookSchema, { lastUsed: {} });

type Places = Record<string, TabPlace>;
export const readTabPlaces = (): Promise<Places> => read('session', PLACES_KEY, PlacesSchema, {});
export const changeTabPlaces = serialised<Places>('session', PLACES_KEY, PlacesSchema, {});
