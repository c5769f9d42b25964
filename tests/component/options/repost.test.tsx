// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import {
  expectFieldError,
  openOptions,
  section,
  settle,
  storageDump,
  storedRules,
  useOptionsTestEnvironment,
  waitForStored,
} from './options';

useOptionsTestEnvironment();

const repost = () => section('Reposts and shares');
const starters = (language: string) => within(repost().getByRole('group', { name: `Comment starters in ${language}` }));

describe('repost prompt and comment starters', () => {
  test('saves the mode per network', async () => {
    const user = await openOptions();
    const modes = within(repost().getByRole('group', { name: 'On a plain repost' }));
    await user.selectOptions(modes.getByLabelText('LinkedIn'), 'Always quote with a comment');
    await user.selectOptions(modes.getByLabelText('X'), 'Do nothing');
    await waitForStored((rules) => expect(rules.repost.mode).toEqual({ x: 'off', linkedin: 'always-quote', facebook: 'nudge' }));
  });

  test('edits, adds and removes starters per language', async () => {
    const user = await openOptions();
    const swedish = starters('Swedish');
    const second = swedish.getByLabelText('Starter 2 (Swedish)');
    await user.clear(second);
    await user.type(second, 'Spännande för alla som …');
    await user.type(swedish.getByLabelText('New starter in Swedish'), 'Jag håller med, för …{Enter}');
    await waitForStored((rules) =>
      expect(rules.repost.starters.sv).toEqual([
        'Värt att läsa eftersom …',
        'Spännande för alla som …',
        'Det viktigaste för mig: …',
        'Jag håller med, för …',
      ]),
    );
    await user.click(swedish.getByRole('button', { name: 'Remove starter 1 (Swedish)' }));
    await waitForStored((rules) => expect(rules.repost.starters.sv[0]).toBe('Spännande för alla som …'));
    // The page shows the stored list a render after the write.
    await waitFor(() => expect((swedish.getByLabelText('Starter 1 (Swedish)') as HTMLInputElement).value).toBe('Spännande för alla som …'));
  });

  test('the last starter of a language cannot be removed; the list says why', async () => {
    const rules = defaultRules();
    rules.repost.starters.de = ['Lesenswert, weil …'];
    await saveRules(rules);
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    await user.click(starters('German').getByRole('button', { name: 'Remove starter 1 (German)' }));
    expect(await starters('German').findByText('Needs at least one starter.')).toBeTruthy();
    await settle();
    expect(await storageDump()).toBe(before);
    expect(starters('German').getByLabelText('Starter 1 (German)')).toBeTruthy();
  });

  test('a starter over 140 characters is refused by its field', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const first = starters('English').getByLabelText('Starter 1 (English)');
    await user.click(first);
    await user.paste(' and this goes on and on'.repeat(6));
    await waitFor(() => expectFieldError(first, 'Must be at most 140 characters.'));
    await settle();
    expect(await storageDump()).toBe(before);
  });
});

describe('reply starters', () => {
  const replyStarters = (language: string) => within(repost().getByRole('group', { name: `Reply starters in ${language}` }));

  test('edits and adds reply starters per language, apart from the comment starters', async () => {
    const user = await openOptions();
    const german = replyStarters('German');
    const first = german.getByLabelText('Reply starter 1 (German)');
    await user.clear(first);
    await user.type(first, 'Danke fürs Teilen, weil …');
    await user.type(german.getByLabelText('New reply starter in German'), 'Genau das habe ich erlebt: …{Enter}');
    await waitForStored((rules) =>
      expect(rules.repost.replyStarters.de).toEqual([
        'Danke fürs Teilen, weil …',
        'Hängen geblieben ist mir: …',
        'Das erinnert mich an …',
        'Genau das habe ich erlebt: …',
      ]),
    );
    expect((await storedRules()).repost.starters.de).toEqual(defaultRules().repost.starters.de);
  });

  test('the last reply starter of a language cannot be removed', async () => {
    const rules = defaultRules();
    rules.repost.replyStarters.sv = ['Jag gillade det här eftersom …'];
    await saveRules(rules);
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    await user.click(replyStarters('Swedish').getByRole('button', { name: 'Remove reply starter 1 (Swedish)' }));
    expect(await replyStarters('Swedish').findByText('Needs at least one starter.')).toBeTruthy();
    await settle();
    expect(await storageDump()).toBe(before);
  });
});

describe('call-to-action templates', () => {
  const templates = (language: string) =>
    within(section('Call-to-action templates').getByRole('group', { name: `Templates in ${language}` }));

  test('edits, adds and removes templates', async () => {
    const user = await openOptions();
    const german = templates('German');
    await user.type(german.getByLabelText('New template in German'), 'Abonniert den Newsletter:{Enter}');
    await waitForStored((rules) => expect(rules.ctaTemplates.de.at(-1)).toBe('Abonniert den Newsletter:'));
    await user.click(german.getByRole('button', { name: 'Remove template 2 (German)' }));
    await waitForStored((rules) =>
      expect(rules.ctaTemplates.de).toEqual([
        'Was meint ihr? Schreibt es in die Kommentare.',
        'Hier geht es zum ganzen Artikel:',
        'Abonniert den Newsletter:',
      ]),
    );
  });

  test('an emptied template is refused by its field; the stored one stays', async () => {
    const user = await openOptions();
    await settle();
    const before = await storageDump();
    const first = templates('English').getByLabelText('Template 1 (English)');
    await user.clear(first);
    await waitFor(() => expectFieldError(first, 'Must not be empty.'));
    await settle();
    expect(await storageDump()).toBe(before);
  });
});
