import { t } from '../core/i18n';
import { ShortcutSettingsLink, useShortcut } from '../ui/shortcut';
import type { PopupIntents } from './popup-intents';

export function ShortcutHint({ intents }: { intents: Pick<PopupIntents, 'shortcut' | 'openShortcutSettings'> }) {
  const shortcut = useShortcut(intents.shortcut);
  if (shortcut === undefined) return null;
  return (
    <p class="shortcut">
      {shortcut ? (
        <>
          {t('shortcutLabel')} <kbd>{shortcut}</kbd>
        </>
      ) : (
        t('noShortcut')
      )}{' '}
      <ShortcutSettingsLink open={intents.openShortcutSettings}>
        {shortcut ? t('changeShortcut') : t('setShortcut')}
      </ShortcutSettingsLink>
    </p>
  );
}
