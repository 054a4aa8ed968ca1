import { t } from '../core/i18n';
import type { OtherTabsAction } from '../core/settings';

// The field and data type names live with the settings, whose messages use them too.
export { dataTypeLabel, ruleFieldLabel } from '../core/settings';

const OTHER_TABS_LABELS: Record<OtherTabsAction, () => string> = {
  reload: () => t('otherTabsReload'),
  close: () => t('otherTabsClose'),
  leave: () => t('otherTabsLeave'),
};

export const otherTabsLabel = (action: OtherTabsAction): string => OTHER_TABS_LABELS[action]();

const OTHER_TABS_AS_DEFAULTS: Record<OtherTabsAction, () => string> = {
  reload: () => t('otherTabsAsDefaultsReload'),
  close: () => t('otherTabsAsDefaultsClose'),
  leave: () => t('otherTabsAsDefaultsLeave'),
};

/** A rule's choice to follow the defaults, saying what they are now: "As in the defaults (reload them)". */
export const otherTabsAsDefaultsLabel = (action: OtherTabsAction): string => OTHER_TABS_AS_DEFAULTS[action]();
