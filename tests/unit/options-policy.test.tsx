// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePolicy, type Settings } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { OptionsPage } from '../../src/options/options-page';
import { fakeBackground } from './fake-options-intents';

afterEach(cleanup);

// The user's own rules: one for a site the organisation's rule covers, one of its own.
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [{ site: 'app.shop.test', loginUrl: 'https://app.shop.test/in' }, { site: 'a.test' }],
};
const managedRule = { site: 'shop.test', loginUrl: 'https://sso.shop.test/login', relatedSites: ['sso.test'] };

/** The page against a background whose managed storage holds `policy`, read by the real policy parser. */
async function openPage(policy: unknown, user: Settings = settings) {
  const background = fakeBackground(user, {}, parsePolicy(policy));
  render(<OptionsPage intents={background.intents} />);
  await screen.findByRole('heading', { name: 'Site rules' });
  return background;
}

const cardOf = (site: string) => screen.getByRole('heading', { name: site, level: 3 }).closest('li') as HTMLElement;
const buttonsIn = (element: HTMLElement) =>
  within(element)
    .queryAllByRole('button')
    .map((button) => button.textContent);
const button = (name: string) => screen.queryByRole('button', { name });

describe('the options page under an organisation’s policy', () => {
  it('shows a managed rule read-only, marked as the organisation’s, with what it sets', async () => {
    await openPage({ sites: [managedRule] });
    const card = cardOf('shop.test');
    expect(card.textContent).toContain('Set by your organization');
    expect(within(card).getByText('https://sso.shop.test/login')).toBeTruthy();
    expect(within(card).getByText('sso.test')).toBeTruthy();
    expect(buttonsIn(card)).toEqual([]);
    // Above the user's rules, which keep their buttons.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['shop.test', 'app.shop.test', 'a.test']);
    expect(buttonsIn(cardOf('a.test'))).toEqual(['Edit', 'Remove']);
    expect(button('Add a rule')).toBeTruthy();
  });

  it('marks the user’s rule for a managed site as not in use, and still lets it be edited', async () => {
    const background = await openPage({ sites: [managedRule] });
    const own = cardOf('app.shop.test');
    expect(own.textContent).toContain('Not in use: your organization’s rule for shop.test applies instead.');
    expect(own.textContent).not.toContain('Set by your organization');
    expect(cardOf('a.test').textContent).not.toContain('Not in use');

    fireEvent.click(within(own).getByRole('button', { name: 'Edit the rule for app.shop.test' }));
    const editor = screen.getByRole('form', { name: 'Edit the rule for app.shop.test' });
    fireEvent.input(within(editor).getByLabelText('Login page'), { target: { value: 'https://app.shop.test/again' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(within(cardOf('app.shop.test')).getByRole('status')).toBeTruthy());
    expect(background.settings().sites[0]).toEqual({ site: 'app.shop.test', loginUrl: 'https://app.shop.test/again' });
    expect(cardOf('app.shop.test').textContent).toContain('Not in use');
  });

  it('reports an invalid managed rule, naming it and the reason, and the rest of the page keeps working', async () => {
    const background = await openPage({
      sites: [managedRule, { site: 'bad.test', loginUrl: 'javascript:alert(1)' }],
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some of your organization’s settings are not valid and are ignored:');
    expect(alert.textContent).toContain(
      'Your organization’s rule 2 (bad.test): Login page (loginUrl) uses javascript: but only http: and https: are allowed.',
    );
    // The valid managed rule still applies; the invalid one is nowhere in the list.
    expect(cardOf('shop.test').textContent).toContain('Set by your organization');
    expect(screen.queryByRole('heading', { name: 'bad.test' })).toBeNull();

    fireEvent.click(button('Add a rule') as HTMLElement);
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'd.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(within(cardOf('d.test')).getByRole('status').textContent).toContain('Saved'));
    expect(background.settings().sites.at(-1)).toEqual({ site: 'd.test' });
  });

  it('with lockRules: no Add, Edit, Remove or Import, says why, and Export writes the user’s own rules only', async () => {
    const background = await openPage({ sites: [managedRule], lockRules: true });
    const rules = screen.getByRole('region', { name: 'Site rules' });
    expect(rules.textContent).toContain('Your organization manages the rules in this browser');
    expect(buttonsIn(rules)).toEqual([]);
    expect(cardOf('app.shop.test').textContent).toContain('Not in use');
    expect(screen.queryByText('Import…')).toBeNull();
    expect(document.querySelector('input[type="file"]')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const exported = JSON.parse(background.files[0]?.text ?? '{}');
    expect(exported.sites.map((rule: { site: string }) => rule.site)).toEqual(['app.shop.test', 'a.test']);
    expect(screen.getByRole('region', { name: 'Back up and restore' }).textContent).toContain(
      'Your organization’s settings are not exported.',
    );

    // The defaults and the keep list are not the rules: they stay editable.
    fireEvent.click(screen.getByRole('checkbox', { name: 'IndexedDB' }));
    await waitFor(() => expect(background.settings().defaults.clear.indexedDB).toBe(false));
    fireEvent.input(screen.getByLabelText('Site to keep'), { target: { value: 'mail.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(background.settings().keep).toEqual(['mail.test']));
  });

  it('shows the organisation’s defaults in place of the user’s, disabled, and says they are set by it', async () => {
    const background = await openPage({
      defaults: { clear: { indexedDB: false }, otherTabs: 'close', notify: false },
    });
    const defaults = screen.getByRole('region', { name: 'Defaults' });
    expect(defaults.textContent).toContain('Your organization sets the defaults in this browser');
    const boxes = within(defaults).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.length).toBeGreaterThan(2);
    expect(boxes.every((box) => box.disabled)).toBe(true);
    expect(within(defaults).getByRole('checkbox', { name: 'IndexedDB' })).toHaveProperty('checked', false);
    expect(within(defaults).getByRole('checkbox', { name: 'Cookies' })).toHaveProperty('checked', true);
    expect(within(defaults).getByRole('combobox')).toHaveProperty('disabled', true);
    expect(within(defaults).getByRole('combobox')).toHaveProperty('value', 'close');
    expect(background.settings().defaults).toEqual(DEFAULT_SETTINGS.defaults);

    // A new rule's boxes follow the defaults in force: the organisation's.
    fireEvent.click(button('Add a rule') as HTMLElement);
    const editor = screen.getByRole('form', { name: 'Add a rule' });
    expect(within(editor).getByRole('checkbox', { name: 'IndexedDB' })).toHaveProperty('checked', false);
    expect(within(editor).getByRole('checkbox', { name: 'IndexedDB' })).toHaveProperty('disabled', false);
  });
});
