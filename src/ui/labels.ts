import type { OtherTabsAction } from '../core/settings';

// The field and data type names live with the settings, whose messages use them too.
export { DATA_TYPE_LABELS, RULE_FIELD_LABELS } from '../core/settings';

export const OTHER_TABS_LABELS: Record<OtherTabsAction, string> = {
  reload: 'Reload them',
  close: 'Close them',
  leave: 'Leave them as they are',
};
