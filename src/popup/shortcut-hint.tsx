import { ShortcutSettingsLink, useShortcut } from '../ui/shortcut';
import type { PopupIntents } from './popup-intents';

export function ShortcutHint({ intents }: { intents: Pick<PopupIntents, 'shortcut' | 'openShortcutSettings'> }) {
  const shortcut = useShortcut(intents.shortcut);
  if (shortcut === undefined) return null;
  return (
    <p class="shortcut">
      {shortcut ? (
        <>
          Shortcut: <kbd>{shortcut}</kbd>
        </>
      ) : (
        'No keyboard shortcut set.'
      )}{' '}
      <ShortcutSettingsLink open={intents.openShortcutSettings}>{shortcut ? 'Change' : 'Set one'}</ShortcutSettingsLink>
    </p>
  );
}
