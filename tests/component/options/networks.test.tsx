// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import {
  expectFieldError,
  expectFieldValid,
  openOptions,
  section,
  settle,
  storageDump,
  storedRules,
  useOptionsTestEnvironment,
  waitForStored,
} from './options';

useOptionsTestEnvironment();

const network = (name: string) => within(section('Networks').getByRole('region', { name }));
const window1 = (name: string) => within(network(name).getByRole('group', { name: 'Time window 1' }));

describe('networks', () => {
  test('saves the switch, purpose, severities, limits, hashtags and call-to-action placement', async () => {
    const user = await openOptions();
    const linkedin = network('LinkedIn');

    await user.click(network('Facebook').getByLabelText('Review drafts on Facebook'));
    await waitForStored((rules) => expect(rules.networks.facebook.enabled).toBe(false));

    const purpose = linkedin.getByLabelText('Purpose');
    await user.clear(purpose);
    await user.type(purpose, 'Customers and hiring.');
    await waitForStored((rules) => expect(rules.networks.linkedin.purpose).toBe('Customers and hiring.'));

    await user.selectOptions(linkedin.getByLabelText('Fits the network'), 'Must fix');
    await waitForStored((rules) => expect(rules.networks.linkedin.severity.fit).toBe('fail'));

    const fold = linkedin.getByLabelText('“…see more” after (characters)');
    await user.clear(fold);
    await user.type(fold, '180');
    await waitForStored((rules) => expect(rules.networks.linkedin.limits.fold).toBe(180));

    const hashtags = network('X').getByLabelText('Most hashtags in a post');
    await user.clear(hashtags);
    await user.type(hashtags, '1');
    await waitForStored((rules) => expect(rules.networks.x.hashtagLimit).toBe(1));

    await user.click(linkedin.getByLabelText('The call to action belongs at the end'));
    await waitForStored((rules) => expect(rules.networks.linkedin.ctaAtEnd).toBe(false));
    // Nothing else moved.
    expect((await storedRules()).networks.x.severity).toEqual({
      value: 'warn',
      cta: 'warn',
      fit: 'warn',
      length: 'fail',
      crosspost: 'warn',
      'share-comment': 'fail',
      privacy: 'warn',
      timing: 'warn',
      goal: 'off',
    });
  });

  test('an empty purpose is refused by the field; the stored purpose stays', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const purpose = network('X').getByLabelText('Purpose');
    await user.clear(purpose);
    await waitFor(() => expectFieldError(purpose, 'Must not be empty.'));
    await settle();
    expect(await storageDump()).toBe(before);
  });

  test('numbers out of range or missing are refused with the reason', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const hashtags = network('LinkedIn').getByLabelText('Most hashtags in a post');
    await user.clear(hashtags);
    // Pasted, not typed: typing would save the valid "3" on the way.
    await user.paste('31');
    await waitFor(() => expectFieldError(hashtags, 'Must be at most 30.'));
    const post = network('LinkedIn').getByLabelText('Longest post (characters)');
    await user.clear(post);
    await waitFor(() => expectFieldError(post, 'Must be a number.'));
    await settle();
    expect(await storageDump()).toBe(before);
    expect((hashtags as HTMLInputElement).value).toBe('31');
  });

  test('edits audience hours: times, days, windows added and removed', async () => {
    const user = await openOptions();
    const from = window1('LinkedIn').getByLabelText('From (HH:MM)');
    await user.clear(from);
    await user.type(from, '06:45');
    await waitForStored((rules) => expect(rules.networks.linkedin.audienceHours[0]!.from).toBe('06:45'));

    await user.click(window1('LinkedIn').getByLabelText('Saturday'));
    await waitForStored((rules) => expect(rules.networks.linkedin.audienceHours[0]!.days).toEqual([1, 2, 3, 4, 5, 6]));

    await user.click(network('LinkedIn').getByRole('button', { name: 'Add time window' }));
    await waitForStored((rules) => expect(rules.networks.linkedin.audienceHours).toHaveLength(2));
    await user.click(network('LinkedIn').getByRole('button', { name: 'Remove time window 1' }));
    await waitForStored((rules) =>
      expect(rules.networks.linkedin.audienceHours).toEqual([{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }]),
    );
  });

  test('a window ending before it starts is refused, and saved once the other end makes it valid', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    // X: every day 08:00–21:00. A start at 22:00 would end before it starts.
    const from = window1('X').getByLabelText('From (HH:MM)');
    await user.clear(from);
    await user.type(from, '22:00');
    await waitFor(() => expectFieldError(from, 'Must end after it starts.'));
    await settle();
    expect(await storageDump()).toBe(before);

    const to = window1('X').getByLabelText('To (HH:MM)');
    await user.clear(to);
    await user.type(to, '23:30');
    await waitForStored((rules) => expect(rules.networks.x.audienceHours[0]).toMatchObject({ from: '22:00', to: '23:30' }));
    await waitFor(() => expectFieldValid(from));
  });

  test('a malformed time and a window with no days are refused', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const to = window1('Facebook').getByLabelText('To (HH:MM)');
    await user.clear(to);
    await user.type(to, '25:00');
    await waitFor(() => expectFieldError(to, 'Must be a time as HH:MM (00:00 to 24:00).'));

    await settle();
    expect(await storageDump()).toBe(before);

    const days = within(window1('LinkedIn').getByRole('group', { name: 'Days' }));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) await user.click(days.getByLabelText(day));
    await waitForStored((rules) => expect(rules.networks.linkedin.audienceHours[0]!.days).toEqual([5]));
    const onlyFriday = await storageDump();
    await user.click(days.getByLabelText('Friday'));
    await waitFor(() => expectFieldError(days.getByLabelText('Monday'), 'Needs at least one day.'));
    await settle();
    expect(await storageDump()).toBe(onlyFriday);
  });
});
