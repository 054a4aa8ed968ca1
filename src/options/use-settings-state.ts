import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../core/errors';
import type { SettingsState } from '../core/settings';
import type { OptionsIntents } from './options-intents';

/** The settings as the background last answered, read again whenever they change elsewhere. */
export function useSettingsState(intents: Pick<OptionsIntents, 'load' | 'watch'>) {
  const [state, setState] = useState<SettingsState>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    const reload = () => intents.load().then(setState, (error: unknown) => setLoadError(errorMessage(error)));
    reload();
    return intents.watch(reload);
  }, [intents]);
  return { state, loadError, setState };
}
