import { useEffect, useState } from 'preact/hooks';

/**
 * The key now assigned to the logout command: undefined while it loads, null
 * when there is none. It is read again whenever the page regains focus, since
 * the user changes it on the browser's own page.
 */
export function useShortcut(load: () => Promise<string | undefined>): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    const refresh = () =>
      load().then(
        (key) => setShortcut(key ?? null),
        () => setShortcut(null),
      );
    refresh();
    addEventListener('focus', refresh);
    return () => removeEventListener('focus', refresh);
  }, [load]);
  return shortcut;
}

/** A link to the browser's shortcut settings, which extensions must open themselves. */
export function ShortcutSettingsLink({ open, children }: { open: () => void; children: string }) {
  return (
    <a
      href="chrome://extensions/shortcuts"
      onClick={(event) => {
        event.preventDefault();
        open();
      }}
    >
      {children}
    </a>
  );
}
