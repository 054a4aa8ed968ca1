// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { OptionsPage } from '../../src/options/options-page';
import { fakeBackground, tabFrom, tabOrder } from './fake-options-intents';

afterEach(cleanup);

const settings: Settings = { ...DEFAULT_SETTINGS, sites: [{ site: 'kept.test', loginUrl: 'https://kept.test/in' }] };

async function openPage(background = fakeBackground(settings)) {
  render(<OptionsPage intents={background.intents} />);
  await screen.findByRole('heading', { name: 'Back up and restore' });
  return background;
}

const importControl = () => screen.getByLabelText('Import…') as HTMLInputElement;
const filesSection = () => screen.getByRole('region', { name: 'Back up and restore' });

/** Chooses a file in the Import control, as a person does: focus is on it when the browser hands over the file. */
function choose(contents: string, name: string) {
  const file = new File([contents], name, { type: 'application/json' });
  importControl().focus();
  fireEvent.change(importControl(), { target: { files: [file] } });
}

/** A notice as the user reads it: its headline, then each issue. */
const lines = (notice: HTMLElement) => [...notice.querySelectorAll('p, li')].map((line) => line.textContent);
const ruleHeadings = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('importing and exporting settings', () => {
  it('shows Export and Import as two buttons, Import keeping the browser’s file input in reach of the keyboard', async () => {
    await openPage();
    const input = importControl();
    expect(input.type).toBe('file');
    expect(input.closest('label')?.textContent).toBe('Import…');
    expect(input.classList.contains('visually-hidden')).toBe(true);
    expect(tabOrder()).toContain(input);
    expect(tabFrom(screen.getByRole('button', { name: 'Export' }))).toBe(input);
  });

  it('exports the settings as the documented file', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(background.files).toHaveLength(1);
    const [file] = background.files;
    expect(file?.name).toBe('signoff-settings.json');
    expect(JSON.parse(file?.text ?? '')).toEqual({
      version: 1,
      sites: settings.sites,
      defaults: settings.defaults,
    });
  });

  it('imports a file, says so with its name right after Import, and Undo puts the previous settings back', async () => {
    const background = await openPage();
    choose('{"version": 1, "sites": [{"site": "new.test", "colour": "red"}]}', 'mine.json');

    const imported = await within(filesSection()).findByRole('status');
    expect(lines(imported)).toEqual([
      'Imported 1 rule from mine.json, with 1 note. Undo',
      'Rule 1 (new.test): unknown field "colour" was ignored.',
    ]);
    expect(ruleHeadings()).toEqual(['new.test']);
    // Focus stays on Import; the next Tab reaches Undo.
    expect(document.activeElement).toBe(importControl());
    const undo = within(imported).getByRole('button', { name: 'Undo' });
    expect(tabFrom(importControl())).toBe(undo);

    fireEvent.click(undo);
    const undone = await within(filesSection()).findByText('Undone.');
    await waitFor(() => expect(document.activeElement).toBe(undone.closest('[role="status"]')));
    expect(background.sent.at(-1)).toEqual({ kind: 'replaceAll', settings });
    expect(ruleHeadings()).toEqual(['kept.test']);
  });

  it('refuses a file that is not JSON in a few words, with the place the parser stopped', async () => {
    const background = await openPage();
    choose('{\n  "version": 1,\n}', 'broken.json');

    const alert = await within(filesSection()).findByRole('alert');
    expect(lines(alert)).toEqual([
      'broken.json was not imported; your settings are unchanged.',
      'The file is not valid JSON (line 3, column 1).',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(background.sent).toEqual([]);
  });

  it('refuses a file with an invalid rule, names the field as the page and the file do, and changes nothing', async () => {
    const background = await openPage();
    choose(
      '{"version": 1, "sites": [{"site": "a.test"}, {"site": "b.test", "loginUrl": "javascript:alert(1)", "relatedSites": ["x/y"]}]}',
      'bad.json',
    );

    const alert = await within(filesSection()).findByRole('alert');
    expect(lines(alert)).toEqual([
      'bad.json was not imported; your settings are unchanged.',
      'Rule 2 (b.test): Login page (loginUrl) uses javascript: but only http: and https: are allowed.',
      'Rule 2 (b.test): Related sites entry 1 (relatedSites[0]) "x/y" must be a host name such as example.com, not a URL.',
    ]);
    expect(within(alert).queryByRole('button', { name: 'Undo' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(background.settings()).toEqual(settings);
    expect(ruleHeadings()).toEqual(['kept.test']);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const background = await openPage();
    choose(`{"version": 1}${' '.repeat(1024 * 1024)}`, 'huge.json');

    const alert = await within(filesSection()).findByRole('alert');
    expect(lines(alert)).toEqual([
      'huge.json was not imported; your settings are unchanged.',
      'The file is 1,048,590 bytes; settings files are at most 1,048,576 bytes (1 MB).',
    ]);
    expect(background.sent).toEqual([]);
  });

  it('says in words why the background could not be asked', async () => {
    await openPage(
      fakeBackground(settings, { importText: () => Promise.reject(new Error('Could not establish connection.')) }),
    );
    choose('{"version": 1}', 'mine.json');
    const alert = await within(filesSection()).findByRole('alert');
    expect(lines(alert)).toEqual([
      'mine.json was not imported; your settings are unchanged.',
      'Could not establish connection.',
    ]);
  });
});
