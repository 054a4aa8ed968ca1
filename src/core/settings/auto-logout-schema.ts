import * as v from 'valibot';
import { t } from '../i18n';

/** When a rule logs its site out with nobody asking: these two, and after some minutes without use. */
export const AUTO_LOGOUT_MOMENTS = ['onLastTabClosed', 'onStartup'] as const;
export const IDLE_MINUTES = { min: 1, max: 1440 } as const;

const IdleMinutes = v.pipe(
  v.number(() => t('issueIdleMinutesRange', IDLE_MINUTES.min, IDLE_MINUTES.max)),
  v.integer(() => t('issueIdleMinutesRange', IDLE_MINUTES.min, IDLE_MINUTES.max)),
  v.minValue(IDLE_MINUTES.min, () => t('issueIdleMinutesRange', IDLE_MINUTES.min, IDLE_MINUTES.max)),
  v.maxValue(IDLE_MINUTES.max, () => t('issueIdleMinutesRange', IDLE_MINUTES.min, IDLE_MINUTES.max)),
);
const AutoLogoutMoment = v.union(
  [v.picklist(AUTO_LOGOUT_MOMENTS), v.strictObject({ idleMinutes: IdleMinutes }, () => t('issueNotAutoLogout'))],
  // A wrong number inside {"idleMinutes": N} is said as such, not as "not one of the choices".
  (issue) =>
    issue.issues?.find((inner) => inner.type !== 'picklist' && inner.type !== 'strict_object')?.message ??
    t('issueNotAutoLogout'),
);
/** One moment, or several: `"onLastTabClosed"`, `{"idleMinutes": 30}`, `["onStartup", {"idleMinutes": 30}]`. */
const AutoLogoutList = v.pipe(
  v.array(AutoLogoutMoment),
  v.check(
    (moments) =>
      new Set(moments.map((moment) => (typeof moment === 'string' ? moment : 'idle'))).size === moments.length,
    () => t('issueAutoLogoutRepeated'),
  ),
);
export const AutoLogout = v.union(
  [AutoLogoutMoment, AutoLogoutList],
  (issue) => issue.issues?.find((inner) => inner.message !== issue.message)?.message ?? t('issueNotAutoLogout'),
);

export type AutoLogout = v.InferOutput<typeof AutoLogout>;
export type AutoLogoutMoment = v.InferOutput<typeof AutoLogoutMoment>;
