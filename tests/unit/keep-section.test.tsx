// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { OptionsPage } from '../../src/options/options-page';
import { fakeBackground, tabFrom } from './fake-options-intents';

afterEach(cleanup);

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [{ site: 'a.test' }],
  keep: ['mail.example.com', 'bank.test'],
};

async function openPage(background = fakeBackground(settings)) {
  render(<OptionsPage intents={background.intents} />);
  await screen.findByRole('heading', { name: 'Sites to keep signed in' });
  return background;
}

const section = () => screen.getByRole('region', { name: 'Sites to keep signed in' });
const field = () => within(section()).getByRole('textbox', { name: 'Site to keep' }) as HTMLInputElement;
const kept = () => [...section().querySelectorAll('li')].map((item) => item.textContent);
const focused = () => document.activeElement;
/** Types a site, then presses Enter in the field: the form's submit, as a browser does it. */
function typeAndEnter(site: string) {
  fireEvent.input(field(), { target: { value: site } });
  fireEvent.submit(field().form as HTMLFormElement);
}

describe('the options page’s sites to keep signed in', () => {
  it('says what the list is for, and lists each site with a Remove button that names it', async () => {
    await openPage();
    expect(within(section()).getByText(/“Log out of all sites” leaves these sites signed in/)).toBeTruthy();
    expect(within(section()).getByText(/with its subdomains/)).toBeTruthy();
    // A subdomain keeps its whole site, and says so.
    expect(kept()).toEqual(['mail.example.com keeps all of example.com Remove', 'bank.test Remove']);
    expect(screen.getByRole('button', { name: 'Remove bank.test from the sites to keep' }).textContent).toBe('Remove');
  });

  it('says when there are none', async () => {
    await openPage(fakeBackground({ ...settings, keep: [] }));
    expect(within(section()).getByText('None yet: “Log out of all sites” logs out of every site.')).toBeTruthy();
    expect(section().querySelector('ul')).toBeNull();
  });

  it('adds a site on Enter, empties the field and keeps focus in it, with Undo one Tab after Add', async () => {
    const background = await openPage();
    field().focus();
    typeAndEnter(' Shop.Test ');

    const saved = await within(section()).findByRole('status');
    expect(saved.textContent).toBe('Saved the sites to keep signed in. Undo');
    expect(background.sent).toEqual([{ kind: 'setKeep', keep: ['mail.example.com', 'bank.test', 'Shop.Test'] }]);
    expect(background.settings().keep).toEqual(['mail.example.com', 'bank.test', 'shop.test']);
    expect(kept().at(-1)).toBe('shop.test Remove');
    expect(field().value).toBe('');
    expect(focused()).toBe(field());
    const add = within(section()).getByRole('button', { name: 'Add' });
    expect(tabFrom(add)).toBe(within(saved).getByRole('button', { name: 'Undo' }));

    fireEvent.click(within(saved).getByRole('button', { name: 'Undo' }));
    await within(section()).findByText('Undone.');
    expect(background.settings().keep).toEqual(['mail.example.com', 'bank.test']);
    expect(kept()).toHaveLength(2);
  });

  it.each([
    ['a URL', 'https://x.test/', 'Site to keep "https://x.test/" must be a host name such as example.com, not a URL.'],
    ['a public suffix', 'com', 'Site to keep "com" is a public suffix shared by many sites; name one site under it.'],
    ['nothing', '  ', 'Site to keep is empty.'],
  ])('shows the refusal of %s under the field, with focus on it, and changes nothing', async (_label, typed, why) => {
    const background = await openPage();
    typeAndEnter(typed);

    const alert = await within(section()).findByRole('alert');
    expect(alert.textContent).toBe(why);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    await waitFor(() => expect(focused()).toBe(field()));
    expect(field().value).toBe(typed);
    expect(background.settings().keep).toEqual(settings.keep);
    expect(within(section()).queryByRole('status')).toBeNull();

    typeAndEnter('ok.test');
    await within(section()).findByRole('status');
    expect(within(section()).queryByRole('alert')).toBeNull();
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('says a site already on the list is there, without sending anything', async () => {
    const background = await openPage();
    typeAndEnter('Bank.test');
    expect((await within(section()).findByRole('alert')).textContent).toBe('Bank.test is already on the list.');
    expect(background.sent).toEqual([]);
  });

  it('removes a site, with focus on Undo since the button went, and Undo puts it back in its place', async () => {
    const background = await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Remove mail.example.com from the sites to keep' }));

    const saved = await within(section()).findByRole('status');
    expect(background.settings().keep).toEqual(['bank.test']);
    expect(kept()).toEqual(['bank.test Remove']);
    await waitFor(() => expect(focused()).toBe(within(saved).getByRole('button', { name: 'Undo' })));

    fireEvent.click(within(saved).getByRole('button', { name: 'Undo' }));
    await within(section()).findByText('Undone.');
    expect(kept()[0]).toBe('mail.example.com keeps all of example.com Remove');
  });

  it('says in the section why a change could not be sent', async () => {
    await openPage(
      fakeBackground(settings, { change: () => Promise.reject(new Error('Extension context invalidated')) }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove bank.test from the sites to keep' }));
    const alert = await within(section()).findByRole('alert');
    expect(alert.textContent).toBe('Not saved; nothing changed. Extension context invalidated.');
    expect(kept()).toHaveLength(2);
  });
});
