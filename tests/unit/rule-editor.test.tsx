// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rule, Settings } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { RuleEditor } from '../../src/options/rule-editor';

afterEach(cleanup);

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  defaults: { ...DEFAULT_SETTINGS.defaults, otherTabs: 'close', clear: { ...DEFAULT_SETTINGS.defaults.clear } },
  sites: [{ site: 'a.test', loginUrl: 'https://a.test/in', clear: { cacheStorage: false } }],
};

function openEditor(editing?: string, shown: Settings = settings) {
  const saved: Array<{ rule: Rule; original?: Rule }> = [];
  let cancelled = false;
  const element = (current: Settings) => (
    <RuleEditor
      settings={current}
      editing={editing}
      onSave={(rule, original) => saved.push({ rule, ...(original ? { original } : {}) })}
      onCancel={() => {
        cancelled = true;
      }}
    />
  );
  const { rerender } = render(element(shown));
  return { saved, cancelled: () => cancelled, rerender: (next: Settings) => rerender(element(next)) };
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));
const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
/** What a screen reader says after a box's name: where its value comes from. */
const sourceOf = (name: string) =>
  document.getElementById(box(name).getAttribute('aria-describedby') ?? '')?.textContent;
const resetButton = (name: string) => screen.queryByRole('button', { name: `Reset to default: ${name}` });

describe('the rule editor', () => {
  it('opens empty for a new rule, with the cursor in its first field', () => {
    openEditor();
    expect(screen.getByRole('form', { name: 'Add a rule' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Site'));
    expect(screen.getByRole('combobox', { name: "The site's other open tabs" })).toHaveProperty('value', 'default');
    expect(screen.getByRole('option', { name: 'As in the defaults (close them)' })).toBeTruthy();
  });

  it('shows each error next to its field, as a sentence that names it, focuses the first, and saves nothing', async () => {
    const { saved } = openEditor();
    type('Site', 'Example.COM');
    type('Login page', 'javascript:alert(1)');
    type('Related sites', 'ok.test, x/y');
    save();

    await screen.findByText('Login page uses javascript: but only http: and https: are allowed.');
    expect(
      screen.getByText('Related sites entry 2 "x/y" must be a host name such as example.com, not a URL.'),
    ).toBeTruthy();
    const login = screen.getByLabelText('Login page');
    expect(login.getAttribute('aria-invalid')).toBe('true');
    expect(login.getAttribute('aria-describedby')).toBe('field-loginUrl-hint field-loginUrl-error');
    expect(screen.getByLabelText('Site').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(login);
    expect(saved).toEqual([]);
  });

  it('hands on the checked rule once the errors are fixed, and clears them', async () => {
    const { saved } = openEditor();
    type('Site', 'Example.COM');
    type('Login page', 'javascript:alert(1)');
    save();
    await screen.findByText(/Login page uses javascript:/);

    type('Login page', 'https://example.com/signin');
    save();
    expect(saved).toEqual([{ rule: { site: 'example.com', loginUrl: 'https://example.com/signin' } }]);
    expect(screen.queryByText(/Login page uses javascript:/)).toBeNull();
  });

  it('refuses a second rule for a site that has one', async () => {
    const { saved } = openEditor();
    type('Site', 'A.test');
    save();
    await screen.findByText('Site a.test already has a rule; edit that one instead.');
    expect(saved).toEqual([]);
  });

  it('shows which boxes follow the defaults and which the rule sets itself', () => {
    openEditor('a.test');
    expect(box('Cookies').checked).toBe(true);
    expect(sourceOf('Cookies')).toBe('as in the defaults');
    expect(resetButton('Cookies')).toBeNull();
    expect(box('Cache Storage').checked).toBe(false);
    expect(sourceOf('Cache Storage')).toBe('set for this site');
    expect(resetButton('Cache Storage')?.textContent).toBe('Reset to default');
  });

  it('turns a switched box into the rule’s own choice, and Reset makes it follow the defaults again', () => {
    const { saved } = openEditor('a.test');
    fireEvent.click(box('Cookies'));
    expect(box('Cookies').checked).toBe(false);
    expect(sourceOf('Cookies')).toBe('set for this site');

    const reset = resetButton('Cache Storage');
    reset?.focus();
    fireEvent.click(reset as HTMLElement);
    expect(box('Cache Storage').checked).toBe(true);
    expect(sourceOf('Cache Storage')).toBe('as in the defaults');
    // The Reset button is gone: focus is on the box it reset, not lost.
    expect(resetButton('Cache Storage')).toBeNull();
    expect(document.activeElement).toBe(box('Cache Storage'));

    save();
    expect(saved[0]?.rule).toEqual({ site: 'a.test', loginUrl: 'https://a.test/in', clear: { cookies: false } });
  });

  it('shows the defaults as they are now for the boxes that follow them, and saves none of them', () => {
    const { saved, rerender } = openEditor('a.test');
    const changed = { ...settings, defaults: { ...settings.defaults, clear: { ...settings.defaults.clear } } };
    changed.defaults.clear.indexedDB = false;
    rerender(changed);
    expect(box('IndexedDB').checked).toBe(false);
    expect(sourceOf('IndexedDB')).toBe('as in the defaults');
    save();
    expect(saved[0]?.rule).toEqual(settings.sites[0]);
  });

  it('edits a rule: shows it, and saves it with the rule as it was first shown', () => {
    const { saved } = openEditor('a.test');
    expect(screen.getByRole('form', { name: 'Edit the rule for a.test' })).toBeTruthy();
    expect(screen.getByLabelText('Login page')).toHaveProperty('value', 'https://a.test/in');

    fireEvent.click(box('Cookies'));
    const tabs = screen.getByRole('combobox', { name: "The site's other open tabs" });
    fireEvent.change(tabs, { target: { value: 'leave' } });
    type('Server logout URL', 'https://a.test/out');
    save();

    expect(saved).toEqual([
      {
        rule: {
          site: 'a.test',
          loginUrl: 'https://a.test/in',
          logoutUrl: 'https://a.test/out',
          clear: { cookies: false, cacheStorage: false },
          otherTabs: 'leave',
        },
        original: settings.sites[0],
      },
    ]);
  });

  it('cancels', () => {
    const { cancelled, saved } = openEditor('a.test');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled()).toBe(true);
    expect(saved).toEqual([]);
  });
});

describe('the rule editor’s automatic logouts', () => {
  const minutes = () => screen.getByRole('spinbutton', { name: 'Minutes without use' }) as HTMLInputElement;
  /**
   * The box is named by its sentence, the minutes field in it included. A browser gives that field's value
   * ("After 30 minutes without use"); happy-dom's names read its value attribute, which Preact leaves unset.
   */
  const idleBox = () => screen.getByRole('checkbox', { name: /^After\b.*\bminutes without use$/ }) as HTMLInputElement;

  it('shows none for a rule without them, the minutes suggested but closed until their box is on', () => {
    openEditor('a.test');
    const group = screen.getByRole('group', { name: 'Log out automatically' });
    expect(group).toBeTruthy();
    expect(box('When its last tab closes').checked).toBe(false);
    expect(box('When the browser starts').checked).toBe(false);
    expect(idleBox().checked).toBe(false);
    expect(idleBox().getAttribute('aria-labelledby')?.split(' ')).toContain(minutes().id);
    expect(minutes().value).toBe('30');
    expect(minutes().disabled).toBe(true);
  });

  it('shows a rule’s own, and saves them back as the rule had them', () => {
    const rule: Rule = { site: 'a.test', autoLogout: ['onLastTabClosed', { idleMinutes: 45 }, 'onStartup'] };
    const { saved } = openEditor('a.test', { ...settings, sites: [rule] });
    expect(box('When its last tab closes').checked).toBe(true);
    expect(idleBox().checked).toBe(true);
    expect(minutes().value).toBe('45');
    expect(box('When the browser starts').checked).toBe(true);
    save();
    expect(saved[0]?.rule).toEqual(rule);
  });

  it('saves the moments switched on, one as itself, several as a list in the file’s order', () => {
    const { saved } = openEditor('a.test');
    fireEvent.click(box('When the browser starts'));
    save();
    fireEvent.click(idleBox());
    expect(minutes().disabled).toBe(false);
    fireEvent.input(minutes(), { target: { value: '15' } });
    save();
    expect(saved.map(({ rule }) => rule.autoLogout)).toEqual(['onStartup', [{ idleMinutes: 15 }, 'onStartup']]);
  });

  it('switched off again, saves none, whatever the minutes say', () => {
    const rule: Rule = { site: 'a.test', autoLogout: { idleMinutes: 10 } };
    const { saved } = openEditor('a.test', { ...settings, sites: [rule] });
    fireEvent.input(minutes(), { target: { value: '0' } });
    fireEvent.click(idleBox());
    save();
    expect(saved[0]?.rule).toEqual({ site: 'a.test' });
  });

  it.each([
    ['0', '0'],
    ['more than a day', '1441'],
    ['not whole', '2.5'],
    ['empty', ''],
  ])('refuses minutes that are %s, next to them, naming the field, with focus on them', async (_label, typed) => {
    const { saved } = openEditor('a.test');
    fireEvent.click(idleBox());
    fireEvent.input(minutes(), { target: { value: typed } });
    save();
    const error = await screen.findByText(
      'Log out automatically, time without use must be a whole number of minutes from 1 to 1,440.',
    );
    expect(minutes().getAttribute('aria-invalid')).toBe('true');
    expect(minutes().getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(minutes());
    expect(saved).toEqual([]);

    fireEvent.input(minutes(), { target: { value: '1440' } });
    save();
    expect(saved[0]?.rule.autoLogout).toEqual({ idleMinutes: 1440 });
    expect(minutes().getAttribute('aria-invalid')).toBeNull();
  });
});
