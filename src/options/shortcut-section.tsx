import { t } from '../core/i18n';
import { ShortcutSettingsLink, useShortcut } from '../ui/shortcut';
import type { OptionsIntents } from './options-intents';

type ShortcutIntents = Pick<OptionsIntents, 'shortcut' | 'allSitesShortcut' | 'openShortcutSettings'>;

export function ShortcutSection({ intents }: { intents: ShortcutIntents }) {
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      <ShortcutLine label={t('shortcutFor')} load={intents.shortcut} />
      <ShortcutLine label={t('shortcutForAllSites')} load={intents.allSitesShortcut} />
      <ShortcutSettingsLink open={intents.openShortcutSettings}>{t('changeShortcutInBrowser')}</ShortcutSettingsLink>
    </section>
  );
}

function ShortcutLine({ label, load }: { label: string; load: () => Promise<string | undefined> }) {
  const shortcut = useShortcut(load);
  return (
    <p>
      {label} {shortcut === undefined ? '…' : shortcut ? <kbd>{shortcut}</kbd> : <em>{t('noShortcutAssigned')}</em>}
    </p>
  );
}
