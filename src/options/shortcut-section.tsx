import { useEffect, useState } from 'preact/hooks';
import type { OptionsIntents } from './options-intents';

export function ShortcutSection({ intents }: { intents: Pick<OptionsIntents, 'shortcut' | 'openShortcutSettings'> }) {
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    const refresh = () => intents.shortcut().then((key) => setShortcut(key ?? null));
    refresh();
    // The user may change it in the browser's page and come back.
    addEventListener('focus', refresh);
    return () => removeEventListener('focus', refresh);
  }, [intents]);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>
        Log out of the current site:{' '}
        {shortcut === undefined ? '…' : shortcut ? <kbd>{shortcut}</kbd> : <em>no shortcut assigned</em>}
      </p>
      <a
        href="chrome://extensions/shortcuts"
        onClick={(event) => {
          event.preventDefault();
          intents.openShortcutSettings();
        }}
      >
        Change the shortcut in the browser's settings
      </a>
    </section>
  );
}
