import { t } from '../core/i18n';
import { ShortcutSettingsLink, useShortcut } from '../ui/shortcut';
import type { OptionsIntents } from './options-intents';

export function ShortcutSection({ intents }: { intents: Pick<OptionsIntents, 'shortcut' | 'openShortcutSettings'> }) {
  const shortcut = useShortcut(intents.shortcut);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      <p>
        {t('shortcutFor')}{' '}
        {shortcut === undefined ? '…' : shortcut ? <kbd>{shortcut}</kbd> : <em>{t('noShortcutAssigned')}</em>}
      </p>
      <ShortcutSettingsLink open={intents.openShortcutSettings}>{t('changeShortcutInBrowser')}</ShortcutSettingsLink>
    </section>
  );
}
