// @vitest-environment happy-dom
// The welcome page: the stored rules shown as its starting choices, each choice saved through the
// options page's store and storage (what the review then reads), and Skip leaving the rules as they were.
import { describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { WelcomeApp } from '../../../components/welcome/WelcomeApp';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import { settle, storageDump, useOptionsTestEnvironment, waitForStored } from '../options/options';

useOptionsTestEnvironment();

async function openWelcome() {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(<WelcomeApp onClose={onClose} />);
  await screen.findByRole('heading', { level: 2, name: 'Your networks' });
  return { user, onClose };
}

/** Lets every promise already settled run its callbacks (a few turns of the microtask queue and a task). */
const settleMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

const network = (name: string) => within(screen.getByRole('region', { name }));
const value = (el: HTMLElement) => (el as HTMLInputElement).value;

describe('welcome page', () => {
  test('says the starting rules are someone else’s, and shows the stored rules as its choices', async () => {
    const rules = defaultRules();
    rules.networks.facebook.enabled = false;
    rules.networks.x.purpose = 'Talk shop with other bakers';
    rules.goals[1]!.text = 'Sell more bread';
    rules.repost.mode.linkedin = 'off';
    rules.postGate = 'nudge';
    await saveRules(rules);
    await openWelcome();

    expect(screen.getByRole('note').textContent).toMatch(/someone else’s strategy/);
    expect(value(network('X').getByRole('textbox', { name: 'Purpose' }))).toBe('Talk shop with other bakers');
    expect(value(network('LinkedIn').getByRole('textbox', { name: 'Purpose' }))).toBe(defaultRules().networks.linkedin.purpose);
    expect((network('Facebook').getByRole('checkbox', { name: 'Review drafts on Facebook' }) as HTMLInputElement).checked).toBe(false);
    expect((network('X').getByRole('checkbox', { name: 'Review drafts on X' }) as HTMLInputElement).checked).toBe(true);
    const linkedinHours = within(network('LinkedIn').getByRole('group', { name: 'Audience hours' }));
    expect(value(linkedinHours.getByLabelText('From (HH:MM)'))).toBe(defaultRules().networks.linkedin.audienceHours[0]!.from);
    const goals = within(screen.getByRole('region', { name: 'Goals' }));
    expect(value(within(goals.getByRole('group', { name: 'Goal 2' })).getByLabelText('Text'))).toBe('Sell more bread');
    const repost = within(screen.getByRole('region', { name: 'Reposts and shares' }));
    expect(value(repost.getByLabelText('LinkedIn'))).toBe('off');
    expect(value(repost.getByLabelText('X'))).toBe('nudge');
    expect((screen.getByRole('radio', { name: 'Ask first' }) as HTMLInputElement).checked).toBe(true);
    // Only what a first run needs: no severities or limits.
    expect(screen.queryByRole('combobox', { name: 'Call to action' })).toBeNull();
  });

  test('saves each choice as the options page does, and Done leaves', async () => {
    const { user, onClose } = await openWelcome();
    await user.click(network('Facebook').getByRole('checkbox', { name: 'Review drafts on Facebook' }));
    const purpose = network('X').getByRole('textbox', { name: 'Purpose' });
    await user.clear(purpose);
    await user.type(purpose, 'Talk shop with other bakers');
    const xHours = within(network('X').getByRole('group', { name: 'Audience hours' }));
    const from = xHours.getByLabelText('From (HH:MM)');
    await user.clear(from);
    await user.type(from, '06:30');
    const goals = within(screen.getByRole('region', { name: 'Goals' }));
    await user.type(goals.getByLabelText('New goal'), 'Hire two bakers{Enter}');
    const repost = within(screen.getByRole('region', { name: 'Reposts and shares' }));
    await user.selectOptions(repost.getByLabelText('X'), 'off');
    await user.click(screen.getByRole('radio', { name: 'Ask first' }));

    await waitForStored((rules) => {
      expect(rules.networks.facebook.enabled).toBe(false);
      expect(rules.networks.x.purpose).toBe('Talk shop with other bakers');
      expect(rules.networks.x.audienceHours[0]!.from).toBe('06:30');
      expect(rules.goals.at(-1)).toEqual({ id: 'hire-two-bakers', text: 'Hire two bakers', enabled: true });
      expect(rules.repost.mode.x).toBe('off');
      expect(rules.postGate).toBe('nudge');
    });
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
  });

  test('Done right after a choice leaves only once that choice is saved', async () => {
    const { user, onClose } = await openWelcome();
    await settle();
    // Writes wait until the test lets them through, as on a busy machine.
    let letThrough = () => {};
    const gate = new Promise<void>((resolve) => (letThrough = resolve));
    const write = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await gate;
      return write(items);
    });
    await user.click(network('Facebook').getByRole('checkbox', { name: 'Review drafts on Facebook' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await settleMicrotasks();
    expect(onClose).not.toHaveBeenCalled();
    letThrough();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    await waitForStored((rules) => expect(rules.networks.facebook.enabled).toBe(false));
  });

  test('Skip leaves and keeps the starting rules: nothing is written', async () => {
    const { user, onClose } = await openWelcome();
    await settle();
    const before = await storageDump();
    await user.click(screen.getByRole('button', { name: 'Skip and keep the starting rules' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    await settle();
    expect(await storageDump()).toBe(before);
  });

  test('links to the whole rules page', async () => {
    await openWelcome();
    expect(screen.getByRole('link', { name: 'All rules' }).getAttribute('href')).toMatch(/\/options\.html$/);
  });
});

test('the rules page opens the welcome page again', async () => {
  render(<OptionsApp />);
  const link = await screen.findByRole('link', { name: 'Set up again in a minute' });
  expect(link.getAttribute('href')).toMatch(/\/welcome\.html$/);
  expect(link.getAttribute('target')).toBe('_blank');
});
