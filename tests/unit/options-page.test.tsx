// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_POLICY, type Settings, type SettingsState } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { OptionsPage } from '../../src/options/options-page';
import { fakeBackground, tabFrom } from './fake-options-intents';

afterEach(cleanup);

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [
    { site: 'a.test', loginUrl: 'https://a.test/in' },
    { site: 'b.test', otherTabs: 'leave' },
    { site: 'c.test' },
  ],
};

async function openPage(background = fakeBackground(settings)) {
  render(<OptionsPage intents={background.intents} />);
  await screen.findByRole('heading', { name: 'Site rules' });
  return background;
}

const ruleHeadings = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
/** The rule list's items, each as what it shows first: a rule's site, or the notice left where a rule was. */
const listed = () =>
  [...document.querySelectorAll('.rules > li')].map(
    (item) => item.querySelector('h3')?.textContent ?? item.querySelector('[role]')?.textContent,
  );
const itemOf = (site: string) => screen.getByRole('heading', { name: site, level: 3 }).closest('li') as HTMLElement;
const focused = () => document.activeElement;
/** A notice as the user reads it: its headline, then each issue. */
const lines = (notice: HTMLElement) => [...notice.querySelectorAll('p, li')].map((line) => line.textContent);

describe('the options page', () => {
  it('says it is loading, then shows the rules, the defaults and the shortcut', async () => {
    render(<OptionsPage intents={fakeBackground(settings).intents} />);
    expect(screen.getByRole('status').textContent).toBe('Loading settings…');
    await screen.findByRole('heading', { name: 'Site rules' });
    expect(ruleHeadings()).toEqual(['a.test', 'b.test', 'c.test']);
    expect(screen.getByText('https://a.test/in')).toBeTruthy();
    expect(screen.getByText('Leave them as they are', { selector: 'dd' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Cookies' })).toHaveProperty('checked', true);
    expect((await screen.findByText('Alt+Shift+L')).tagName).toBe('KBD');
    // The logout-all command has no key until the user gives it one.
    await screen.findByText('no shortcut assigned');
    expect(screen.getByText('no shortcut assigned').parentElement?.textContent).toContain('Log out of all sites:');
  });

  it('says why it could not read the settings, in words', async () => {
    const background = fakeBackground(settings, {
      load: () => Promise.reject(new Error('Could not establish connection.')),
    });
    render(<OptionsPage intents={background.intents} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('SignOff could not read its settings: Could not establish connection.');
  });

  it('edits a rule in its place, and says it saved it right under it, with Undo one Tab after Remove', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the rule for b.test' }));
    const editor = screen.getByRole('form', { name: 'Edit the rule for b.test' });
    expect(editor.closest('li')).toBe(document.querySelectorAll('.rules > li')[1]);
    fireEvent.input(within(editor).getByLabelText('Login page'), { target: { value: 'https://b.test/in' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save rule' }));

    const saved = await waitFor(() => within(itemOf('b.test')).getByRole('status'));
    expect(saved.textContent).toBe('Saved the rule for b.test. Undo');
    expect(screen.queryByRole('form')).toBeNull();
    const edit = screen.getByRole('button', { name: 'Edit the rule for b.test' });
    await waitFor(() => expect(focused()).toBe(edit));
    const undo = within(saved).getByRole('button', { name: 'Undo' });
    expect(tabFrom(edit)).toBe(screen.getByRole('button', { name: 'Remove the rule for b.test' }));
    expect(tabFrom(edit, 2)).toBe(undo);

    fireEvent.click(undo);
    const undone = await within(itemOf('b.test')).findByText('Undone.');
    await waitFor(() => expect(focused()).toBe(undone.closest('[role="status"]')));
    expect(background.settings().sites[1]).toEqual({ site: 'b.test', otherTabs: 'leave' });
  });

  it('saves a rule’s automatic logouts, and its card says them in words', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the rule for c.test' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'When its last tab closes' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^After\b.*\bminutes without use$/ }));
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Minutes without use' }), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));

    await waitFor(() => within(itemOf('c.test')).getByRole('status'));
    expect(background.settings().sites[2]).toEqual({
      site: 'c.test',
      autoLogout: ['onLastTabClosed', { idleMinutes: 1 }],
    });
    const term = within(itemOf('c.test')).getByText('Log out automatically');
    expect(term.tagName).toBe('DT');
    expect(term.nextElementSibling?.textContent).toBe('When its last tab closes and after 1 minute without use.');
  });

  it('adds a rule, and says so under the new rule, with focus on its Edit button', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'D.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    const saved = await waitFor(() => within(itemOf('d.test')).getByRole('status'));
    expect(saved.textContent).toBe('Saved the rule for d.test. Undo');
    expect(ruleHeadings()).toEqual(['a.test', 'b.test', 'c.test', 'd.test']);
    expect(screen.queryByRole('form')).toBeNull();
    expect(background.settings().sites.at(-1)).toEqual({ site: 'd.test' });
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Edit the rule for d.test' })));
  });

  it('leaves a removed rule’s notice in its place, with focus on Undo; Undo says so where the rule comes back', async () => {
    const background = await openPage();
    // Meanwhile the popup gives b.test a new login page; this page still shows the old one.
    background.elsewhere({ kind: 'setLoginUrl', host: 'b.test', site: 'b.test', loginUrl: 'https://b.test/new' });

    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for b.test' }));
    const removed = await screen.findByRole('status');
    expect(removed.textContent).toBe('Removed the rule for b.test. Undo');
    expect(listed()).toEqual(['a.test', 'Removed the rule for b.test. Undo', 'c.test']);
    await waitFor(() => expect(focused()).toBe(within(removed).getByRole('button', { name: 'Undo' })));

    fireEvent.click(within(removed).getByRole('button', { name: 'Undo' }));
    const undone = await waitFor(() => within(itemOf('b.test')).getByRole('status'));
    expect(undone.textContent).toBe('Undone.');
    await waitFor(() => expect(focused()).toBe(undone));
    expect(background.sent.at(-1)).toEqual({
      kind: 'putRule',
      rule: { site: 'b.test', otherTabs: 'leave', loginUrl: 'https://b.test/new' },
    });
    expect(listed()).toEqual(['a.test', 'c.test', 'b.test']);
    expect(screen.getByText('https://b.test/new')).toBeTruthy();
  });

  it('says where the notice was when Undo is refused, and takes focus there', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for a.test' }));
    const removed = await screen.findByRole('status');
    background.elsewhere({ kind: 'setLoginUrl', host: 'a.test', site: 'a.test', loginUrl: 'https://a.test/again' });
    fireEvent.click(within(removed).getByRole('button', { name: 'Undo' }));

    const alert = await screen.findByRole('alert');
    expect(lines(alert)).toEqual(['Not saved; nothing changed.', 'Site a.test already has a rule.']);
    expect(listed()[0]).toBe(alert.textContent);
    await waitFor(() => expect(focused()).toBe(alert));
  });

  it('closes the editor on Cancel, with focus back on "Add a rule"', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const add = await screen.findByRole('button', { name: 'Add a rule' });
    await waitFor(() => expect(focused()).toBe(add));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('shows why the background refused an edit inside the editor, with focus on it, and keeps the editor open', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the rule for a.test' }));
    background.elsewhere({ kind: 'setLoginUrl', host: 'a.test', site: 'a.test', loginUrl: 'https://a.test/new' });
    fireEvent.input(screen.getByLabelText('Server logout URL'), { target: { value: 'https://a.test/out' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));

    const alert = await screen.findByRole('alert');
    const editor = screen.getByRole('form', { name: 'Edit the rule for a.test' });
    expect(editor.contains(alert)).toBe(true);
    expect(lines(alert)).toEqual([
      'Not saved; nothing changed.',
      'The rule for a.test was changed elsewhere while you edited it, so your edit was not saved. Cancel, then edit the rule again to start from that change.',
    ]);
    await waitFor(() => expect(focused()).toBe(alert));
    expect(background.settings().sites[0]).toEqual({ site: 'a.test', loginUrl: 'https://a.test/new' });
  });

  it('says in words, under the rule, why a change could not be sent', async () => {
    await openPage(
      fakeBackground(settings, { change: () => Promise.reject(new Error('Extension context invalidated')) }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for b.test' }));
    const alert = await within(itemOf('b.test')).findByRole('alert');
    expect(lines(alert)).toEqual(['Not saved; nothing changed. Extension context invalidated.']);
    await waitFor(() => expect(focused()).toBe(alert));
    expect(ruleHeadings()).toEqual(['a.test', 'b.test', 'c.test']);
  });

  it('clears the last notice when an editor opens', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for c.test' }));
    await screen.findByRole('status');
    fireEvent.click(screen.getByRole('button', { name: 'Edit the rule for a.test' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(listed()).toEqual(['Edit the rule for a.test', 'b.test']);
  });

  it('saves a switched default at once, says so in the defaults, and Undo switches it back', async () => {
    const background = await openPage();
    const box = screen.getByRole('checkbox', { name: 'IndexedDB' });
    box.focus();
    fireEvent.click(box);
    const defaults = screen.getByRole('region', { name: 'Defaults' });
    const saved = await within(defaults).findByRole('status');
    expect(saved.textContent).toBe('Saved the defaults. Undo');
    expect(background.settings().defaults.clear.indexedDB).toBe(false);
    expect(screen.getByRole('checkbox', { name: 'IndexedDB' })).toHaveProperty('checked', false);
    // Focus stays on the box; Undo is the next stop after the section's last control.
    expect(focused()).toBe(box);
    const notify = screen.getByRole('checkbox', { name: /Show a notification/ });
    expect(tabFrom(notify)).toBe(within(saved).getByRole('button', { name: 'Undo' }));

    fireEvent.click(within(saved).getByRole('button', { name: 'Undo' }));
    const undone = await within(defaults).findByText('Undone.');
    await waitFor(() => expect(focused()).toBe(undone.closest('[role="status"]')));
    expect(background.sent.at(-1)).toEqual({ kind: 'patchDefaults', defaults: { clear: { indexedDB: true } } });
    expect(screen.getByRole('checkbox', { name: 'IndexedDB' })).toHaveProperty('checked', true);
  });

  it('tells about stored settings it could not use, and where they are kept', async () => {
    const state: SettingsState = {
      settings,
      policy: NO_POLICY,
      issues: [
        {
          severity: 'error',
          where: 'rule 3 (newer.test)',
          field: 'otherTabs',
          message: 'must be "reload", "close" or "leave"',
        },
      ],
      area: 'local',
      notice: 'Browser sync refused these settings (quota), so they are saved in this browser only.',
    };
    await openPage(fakeBackground(settings, { load: async () => state }));
    expect(screen.getByText(/saved in this browser only/)).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some saved settings were not valid and are not in use');
    expect(alert.textContent).toContain(
      'Rule 3 (newer.test): The site\'s other open tabs (otherTabs) must be "reload", "close" or "leave".',
    );
  });
});
