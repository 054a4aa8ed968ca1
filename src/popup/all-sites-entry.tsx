import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../core/i18n';
import type { AllSitesFlow } from '../ui/all-sites';
import type { PopupIntents } from './popup-intents';

/**
 * "Log out of all sites": a link-style button whose flow is loaded when it is
 * pressed, as the popup's own code must stay small to open fast (bench/bytes.mjs).
 */
export function AllSitesEntry({ intents, onChanged }: { intents: PopupIntents; onChanged: () => void }) {
  const [Flow, setFlow] = useState<FunctionComponent<Parameters<typeof AllSitesFlow>[0]>>();
  if (Flow) return <Flow intents={intents} startNow startClass="link" onChanged={onChanged} />;
  return (
    <button
      type="button"
      class="link"
      onClick={() => import('../ui/all-sites').then((flow) => setFlow(() => flow.AllSitesFlow))}
    >
      {t('allSitesButton')}
    </button>
  );
}
