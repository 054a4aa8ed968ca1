// The settings module's front door: what the rest of SignOff uses, and nothing else.

export { applyChange } from './apply-change';
export { AUTO_LOGOUT_MOMENTS, type AutoLogout, type AutoLogoutMoment, IDLE_MINUTES } from './auto-logout-schema';
export { type AppliedChange, type ChangeOutcome, type SettingsChange, SettingsChangeSchema } from './change';
export { type ImportOutcome, readSettingsFile, sizeIssue, writeSettingsFile } from './file';
export { asSentence, describeFormIssue, describeIssue, issueAt, type SettingsIssue } from './issues';
export { dataTypeLabel, ruleFieldLabel } from './labels';
export {
  isOverridden,
  type ManagedPolicy,
  managedRuleFor,
  NO_POLICY,
  parsePolicy,
  refusedByPolicy,
  settingsInForce,
} from './policy';
export {
  type AutoLogoutDraft,
  type DraftErrors,
  draftOf,
  type RuleDraft,
  ruleFromDraft,
  toggleClear,
} from './rule-form';
export { choicesFor, type LogoutChoices, ruleForHost } from './rules';
export {
  DATA_TYPES,
  type DataType,
  type DataTypeChoice,
  type Defaults,
  type DefaultsPatch,
  MAX_SETTINGS_FILE_BYTES,
  OTHER_TABS_ACTIONS,
  type OtherTabsAction,
  type Rule,
  type Settings,
} from './schema';
export { type LocalFallback, localNotice, readStoredSettings, type SavedChange, type SettingsState } from './state';
export { planSyncWrite } from './storage';
