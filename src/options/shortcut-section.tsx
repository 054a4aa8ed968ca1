import { ShortcutSettingsLink, useShortcut } from '../ui/shortcut';
import type { OptionsIntents } from './options-intents';

export function ShortcutSection({ intents }: { intents: Pick<OptionsIntents, 'shortcut' | 'openShortcutSettings'> }) {
  const shortcut = useShortcut(intents.shortcut);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>
        Log out of the current site:{' '}
        {shortcut === undefined ? '…' : shortcut ? <kbd>{shortcut}</kbd> : <em>no shortcut assigned</em>}
      </p>
      <ShortcutSettingsLink open={intents.openShortcutSettings}>
        Change the shortcut in the browser's settings
      </ShortcutSettingsLink>
    </section>
  );
}
