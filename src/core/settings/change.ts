import * as v from 'valibot';
import type { SettingsIssue } from './issues';
import { DefaultsPatchSchema, RuleSchema, type Settings, SettingsFileSchema } from './schema';

/**
 * One change a user makes to the settings. The background applies each to
 * the settings as they are stored at that moment, so changes made elsewhere
 * (the popup, another synced browser) are kept. Applying a change checks its
 * rules and settings again, with what is stored.
 */
export const SettingsChangeSchema = v.variant('kind', [
  /**
   * Adds a rule, or with `replacing` replaces that one. `expected` is the rule
   * as the editor first showed it: if the stored rule has changed since, the
   * change is refused rather than undo the other edit.
   */
  v.object({
    kind: v.literal('putRule'),
    rule: RuleSchema,
    replacing: v.optional(v.string()),
    expected: v.optional(RuleSchema),
  }),
  v.object({ kind: v.literal('removeRule'), site: v.string() }),
  v.object({ kind: v.literal('patchDefaults'), defaults: DefaultsPatchSchema }),
  /** "Use this page as login page": the rule that applies to the host, or a new one for its site. */
  v.object({ kind: v.literal('setLoginUrl'), host: v.string(), site: v.string(), loginUrl: v.string() }),
  /** The sites "Log out of all sites" leaves signed in, all of them at once. */
  v.object({ kind: v.literal('setKeep'), keep: v.array(v.string()) }),
  /** Import (and undoing an import): all rules and defaults at once. */
  v.object({ kind: v.literal('replaceAll'), settings: SettingsFileSchema }),
]);

export type SettingsChange = v.InferOutput<typeof SettingsChangeSchema>;

export interface AppliedChange {
  settings: Settings;
  /** Rules whose stored item must be written. */
  changedSites: string[];
  /** Rules whose stored item must be deleted. */
  removedSites: string[];
  /** Every rule is new: write them all, and delete any other rule SignOff can read. */
  replacedAll: boolean;
  /** The change that reverses this one, worked out from the settings it was applied to. */
  undo?: SettingsChange;
}

/** What a change did (by default, what storage must write), or why it was refused and nothing changed. */
export type ChangeOutcome<Done = AppliedChange> = Done | { issues: SettingsIssue[] };
