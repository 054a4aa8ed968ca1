// The settings module's front door: what the rest of SignOff uses, and nothing else.
export { type AppliedChange, applyChange, type ChangeOutcome, inverseOf, type SettingsChange } from './changes';
export { describeIssue, type ImportOutcome, readSettingsFile, sizeIssue, writeSettingsFile } from './file';
export { type DraftErrors, draftOf, type RuleDraft, ruleFromDraft, toggleClear } from './rule-form';
export { choicesFor, type LogoutChoices, ruleForHost } from './rules';
export {
  DATA_TYPES,
  type DataType,
  type DataTypeChoice,
  type Defaults,
  MAX_SETTINGS_FILE_BYTES,
  OTHER_TABS_ACTIONS,
  type OtherTabsAction,
  type Rule,
  type Settings,
  type SettingsIssue,
} from './schema';
export { type LocalFallback, localNotice, planSyncWrite, readStoredSettings, type SettingsState } from './storage';
