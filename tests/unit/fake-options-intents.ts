import {
  applyChange,
  type ManagedPolicy,
  NO_POLICY,
  readSettingsFile,
  refusedByPolicy,
  type Settings,
  type SettingsChange,
  type SettingsState,
} from '../../src/core/settings';
import type { OptionsIntents } from '../../src/options/options-intents';
import { fakeAllSites } from './fake-all-sites';

/**
 * The options page's intents against a background held in memory, which
 * applies changes with the real settings core, and refuses those `policy`
 * forbids, as the background does. `elsewhere` changes its settings the way
 * the popup or another browser would, without the page knowing.
 */
export function fakeBackground(
  initial: Settings,
  overrides: Partial<OptionsIntents> = {},
  policy: ManagedPolicy = NO_POLICY,
) {
  let settings = initial;
  const sent: SettingsChange[] = [];
  const files: Array<{ name: string; text: string }> = [];
  const state = (): SettingsState => ({ settings, policy, issues: [], area: 'sync' });
  const change: OptionsIntents['change'] = async (request) => {
    sent.push(request);
    const refused = refusedByPolicy(request, policy);
    if (refused) return { issues: [refused] };
    const outcome = applyChange(settings, request);
    if ('issues' in outcome) return outcome;
    settings = outcome.settings;
    return { state: state(), ...(outcome.undo ? { undo: outcome.undo } : {}) };
  };
  const intents: OptionsIntents = {
    load: async () => state(),
    change,
    importText: async (text) => {
      const file = readSettingsFile(text, new TextEncoder().encode(text).byteLength);
      if (!file.accepted) return file;
      const saved = await change({ kind: 'replaceAll', settings: file.settings });
      return 'issues' in saved
        ? { accepted: false, issues: saved.issues }
        : { accepted: true, warnings: file.warnings, ...saved };
    },
    watch: () => () => {},
    shortcut: async () => 'Alt+Shift+L',
    allSitesShortcut: async () => undefined,
    openShortcutSettings: async () => {},
    saveFile: (name, text) => files.push({ name, text }),
    ...fakeAllSites({ signedIn: {}, keep: [] }).intents,
    ...overrides,
  };
  return {
    intents,
    /** Every change the page sent, in order. */
    sent,
    /** Every file the page offered for download. */
    files,
    settings: () => settings,
    elsewhere(request: SettingsChange) {
      const outcome = applyChange(settings, request);
      if ('issues' in outcome) throw new Error(outcome.issues[0]?.message);
      settings = outcome.settings;
    },
  };
}

/**
 * The elements Tab visits, in order: what a keyboard user reaches from where
 * focus is. happy-dom does not move focus on Tab, so the order is read from
 * the page as the browser reads it (document order; no positive tabindex here).
 */
export function tabOrder(): HTMLElement[] {
  const candidates = document.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
  );
  return [...candidates].filter(
    (element) => !element.hasAttribute('disabled') && element.getAttribute('tabindex') !== '-1',
  );
}

/** What Tab pressed `presses` times from the focused element reaches. */
export function tabFrom(element: Element | null, presses = 1): HTMLElement | undefined {
  const order = tabOrder();
  const at = order.indexOf(element as HTMLElement);
  return at === -1 ? undefined : order[at + presses];
}
