// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings, SettingsState } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { OptionsPage } from '../../src/options/options-page';
import { fakeBackground } from './fake-options-intents';

afterEach(cleanup);

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [
    { site: 'a.test', loginUrl: 'https://a.test/in' },
    { site: 'b.test', otherTabs: 'leave' },
  ],
};

async function openPage(background = fakeBackground(settings)) {
  render(<OptionsPage intents={background.intents} />);
  await screen.findByRole('heading', { name: 'Site rules' });
  return background;
}

const ruleHeadings = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('the options page', () => {
  it('says it is loading, then shows the rules, the defaults and the shortcut', async () => {
    render(<OptionsPage intents={fakeBackground(settings).intents} />);
    expect(screen.getByRole('status').textContent).toBe('Loading settings…');
    await screen.findByRole('heading', { name: 'Site rules' });
    expect(ruleHeadings()).toEqual(['a.test', 'b.test']);
    expect(screen.getByText('https://a.test/in')).toBeTruthy();
    expect(screen.getByText('Leave them as they are', { selector: 'dd' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Cookies' })).toHaveProperty('checked', true);
    expect((await screen.findByText('Alt+Shift+L')).tagName).toBe('KBD');
  });

  it('says why it could not read the settings, in words', async () => {
    const background = fakeBackground(settings, {
      load: () => Promise.reject(new Error('Could not establish connection.')),
    });
    render(<OptionsPage intents={background.intents} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('SignOff could not read its settings: Could not establish connection.');
  });

  it('removes a rule, and Undo sends back the change the background answered', async () => {
    const background = await openPage();
    // Meanwhile the popup gives a.test a new login page; this page still shows the old one.
    background.elsewhere({ kind: 'setLoginUrl', host: 'a.test', site: 'a.test', loginUrl: 'https://a.test/new' });

    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for a.test' }));
    const removed = await screen.findByRole('status');
    expect(removed.textContent).toContain('Removed the rule for a.test.');
    expect(ruleHeadings()).toEqual(['b.test']);
    const undo = within(removed).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));

    fireEvent.click(undo);
    const undone = await screen.findByText('Undone.', { exact: false });
    await waitFor(() => expect(document.activeElement).toBe(undone.closest('[role="status"]')));
    expect(background.sent.at(-1)).toEqual({
      kind: 'putRule',
      rule: { site: 'a.test', loginUrl: 'https://a.test/new' },
    });
    expect(ruleHeadings()).toEqual(['b.test', 'a.test']);
    expect(screen.getByText('https://a.test/new')).toBeTruthy();
  });

  it('adds a rule through the editor, and says so', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'c.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    await screen.findByText('Saved the rule for c.test.', { exact: false });
    expect(ruleHeadings()).toEqual(['a.test', 'b.test', 'c.test']);
    expect(screen.queryByRole('form')).toBeNull();
    expect(background.settings().sites.at(-1)).toEqual({ site: 'c.test' });
    // Focus comes back to the rule that was saved.
    const edit = screen.getByRole('button', { name: 'Edit the rule for c.test' });
    await waitFor(() => expect(document.activeElement).toBe(edit));
  });

  it('closes the editor on Cancel, with focus back on "Add a rule"', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const add = await screen.findByRole('button', { name: 'Add a rule' });
    await waitFor(() => expect(document.activeElement).toBe(add));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('shows why the background refused an edit, and keeps the editor open', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the rule for a.test' }));
    background.elsewhere({ kind: 'setLoginUrl', host: 'a.test', site: 'a.test', loginUrl: 'https://a.test/new' });
    fireEvent.input(screen.getByLabelText('Server logout URL'), { target: { value: 'https://a.test/out' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved (see below); nothing changed.');
    expect(alert.textContent).toContain('Rule: the rule for a.test was changed elsewhere while you edited it');
    expect(screen.getByRole('form', { name: 'Edit the rule for a.test' })).toBeTruthy();
    expect(background.settings().sites[0]).toEqual({ site: 'a.test', loginUrl: 'https://a.test/new' });
  });

  it('says in words why a change could not be sent', async () => {
    await openPage(
      fakeBackground(settings, { change: () => Promise.reject(new Error('Extension context invalidated.')) }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for b.test' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent?.trim()).toBe('Not saved (Extension context invalidated.); nothing changed.');
    expect(ruleHeadings()).toEqual(['a.test', 'b.test']);
  });

  it('saves a switched default at once, and Undo switches it back', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('checkbox', { name: 'IndexedDB' }));
    const saved = await screen.findByRole('status');
    expect(saved.textContent).toContain('Saved the defaults.');
    expect(background.settings().defaults.clear.indexedDB).toBe(false);
    expect(screen.getByRole('checkbox', { name: 'IndexedDB' })).toHaveProperty('checked', false);

    fireEvent.click(within(saved).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.', { exact: false });
    expect(background.sent.at(-1)).toEqual({ kind: 'patchDefaults', defaults: { clear: { indexedDB: true } } });
    expect(screen.getByRole('checkbox', { name: 'IndexedDB' })).toHaveProperty('checked', true);
  });

  it('tells about stored settings it could not use, and where they are kept', async () => {
    const state: SettingsState = {
      settings,
      issues: [
        { severity: 'error', where: 'rule 3 (newer.test), otherTabs', message: 'must be "reload", "close" or "leave"' },
      ],
      area: 'local',
      notice: 'Browser sync refused these settings (quota), so they are saved in this browser only.',
    };
    await openPage(fakeBackground(settings, { load: async () => state }));
    expect(screen.getByText(/saved in this browser only/)).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some saved settings were not valid and are not in use');
    expect(alert.textContent).toContain('Rule 3 (newer.test), otherTabs: must be "reload", "close" or "leave"');
  });
});
