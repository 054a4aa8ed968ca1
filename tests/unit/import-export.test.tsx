// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { OptionsPage } from '../../src/options/options-page';
import { fakeBackground } from './fake-options-intents';

afterEach(cleanup);

const settings: Settings = { ...DEFAULT_SETTINGS, sites: [{ site: 'kept.test', loginUrl: 'https://kept.test/in' }] };

async function openPage(background = fakeBackground(settings)) {
  render(<OptionsPage intents={background.intents} />);
  await screen.findByRole('heading', { name: 'Back up and restore' });
  return background;
}

/** Chooses a file in the Import control, as a person does. */
function choose(contents: string, name: string) {
  const file = new File([contents], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Import settings'), { target: { files: [file] } });
}

const ruleHeadings = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('importing and exporting settings', () => {
  it('exports the settings as the documented file', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(background.files).toHaveLength(1);
    const [file] = background.files;
    expect(file?.name).toBe('signoff-settings.json');
    expect(JSON.parse(file?.text ?? '')).toEqual({
      version: 1,
      sites: settings.sites,
      defaults: settings.defaults,
    });
  });

  it('imports a file, says what it held, and Undo puts the previous settings back', async () => {
    const background = await openPage();
    choose('{"version": 1, "sites": [{"site": "new.test", "colour": "red"}]}', 'mine.json');

    const imported = await screen.findByRole('status');
    expect(imported.textContent).toContain('Imported 1 rule from mine.json, with 1 note.');
    expect(imported.textContent).toContain('Rule 1 (new.test): unknown field "colour" was ignored');
    expect(ruleHeadings()).toEqual(['new.test']);
    // The message is at the top of the page, far from the file chooser: focus takes the user there.
    await waitFor(() => expect(document.activeElement).toBe(imported));

    fireEvent.click(within(imported).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.', { exact: false });
    expect(background.sent.at(-1)).toEqual({ kind: 'replaceAll', settings });
    expect(ruleHeadings()).toEqual(['kept.test']);
  });

  it('refuses a file with an invalid rule, says why, and changes nothing', async () => {
    const background = await openPage();
    choose('{"version": 1, "sites": [{"site": "a.test", "loginUrl": "javascript:alert(1)"}]}', 'bad.json');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('bad.json was not imported; your settings are unchanged.');
    expect(alert.textContent).toContain(
      'Rule 1 (a.test), loginUrl: uses javascript: but only http: and https: are allowed',
    );
    expect(within(alert).queryByRole('button', { name: 'Undo' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(background.settings()).toEqual(settings);
    expect(ruleHeadings()).toEqual(['kept.test']);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const background = await openPage();
    choose(`{"version": 1}${' '.repeat(1024 * 1024)}`, 'huge.json');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('huge.json was not imported; your settings are unchanged.');
    expect(alert.textContent).toContain('File: is 1,048,590 bytes; settings files are at most 1,048,576 bytes (1 MB)');
    expect(background.sent).toEqual([]);
  });

  it('says in words why the background could not be asked', async () => {
    await openPage(
      fakeBackground(settings, { importText: () => Promise.reject(new Error('Could not establish connection.')) }),
    );
    choose('{"version": 1}', 'mine.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('mine.json was not imported; your settings are unchanged.');
    expect(alert.textContent).toContain('File: Could not establish connection.');
    expect(alert.textContent).not.toContain('Error:');
  });
});
