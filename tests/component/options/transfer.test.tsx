// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import { RULES_VERSION } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';
import { openOptions, section, settle, storageDump, storedRules, useOptionsTestEnvironment, waitForStored } from './options';

useOptionsTestEnvironment();

function editedRules(): Rules {
  const rules = defaultRules();
  rules.networks.linkedin.purpose = 'Customers, hiring, and what I learn building the product.';
  rules.networks.x.severity.timing = 'off';
  rules.phrases.sv.cta = { add: ['hör av dig'], remove: ['följ mig'] };
  rules.custom = [
    {
      id: 'no-crypto',
      enabled: true,
      mode: 'avoid',
      pattern: 'crypto',
      regex: false,
      networks: ['linkedin'],
      message: 'No crypto talk.',
      severity: 'fail',
    },
  ];
  rules.pause = [{ id: 'summer', label: 'Summer break', from: '2026-07-01', to: '2026-07-31', topics: [] }];
  rules.postGate = 'nudge';
  return rules;
}

const jsonFile = (text: string, name = 'rules.json') => new File([text], name, { type: 'application/json' });
const importInput = () => screen.getByLabelText('Import rules') as HTMLInputElement;

/** Stored, edited rules: a refused import must leave exactly these. */
async function openWithEditedRules() {
  expect((await saveRules(editedRules())).ok).toBe(true);
  const user = await openOptions();
  await settle();
  return { user, before: await storageDump() };
}

describe('import', () => {
  test('refuses a file that is not JSON and leaves storage byte for byte as it was', async () => {
    const { user, before } = await openWithEditedRules();
    await user.upload(importInput(), jsonFile('{ "version": 2, "goals": [ }'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file was not imported; your rules are unchanged.');
    expect(alert.textContent).toContain('The file is not valid JSON');
    await settle();
    expect(await storageDump()).toBe(before);
  });

  test('refuses rules of the wrong shape, naming each field and the reason', async () => {
    const { user, before } = await openWithEditedRules();
    const broken: Record<string, any> = defaultRules();
    broken.networks.linkedin.purpose = '   ';
    broken.thresholds.crosspostDays = 'soon';
    broken.custom = [{ id: 'x', enabled: true, mode: 'avoid', pattern: '(', regex: true, networks: [], message: 'm', severity: 'warn' }];
    await user.upload(importInput(), jsonFile(JSON.stringify(broken)));
    const items = within(await screen.findByRole('alert'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'networks.linkedin.purpose: must not be empty',
      'thresholds.crosspostDays: must be a number (got "soon")',
      expect.stringMatching(/^custom\[0\]\.pattern: is not a valid regular expression \(.+\)$/),
    ]);
    await settle();
    expect(await storageDump()).toBe(before);
  });

  test('refuses a file that is not rules at all, and one from a newer Postcheck', async () => {
    const { user, before } = await openWithEditedRules();
    await user.upload(importInput(), jsonFile('[1, 2, 3]'));
    expect((await screen.findByRole('alert')).textContent).toContain('Rules must be a JSON object');
    await user.upload(importInput(), jsonFile(JSON.stringify({ ...defaultRules(), version: 99 })));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        `version: is 99, but this version of Postcheck reads rules up to version ${RULES_VERSION}`,
      ),
    );
    expect(await storageDump()).toBe(before);
  });

  test('refuses a file over 10 MB without writing anything', async () => {
    const { user, before } = await openWithEditedRules();
    const big = { ...defaultRules(), padding: 'x'.repeat(10_100_000) };
    await user.upload(importInput(), jsonFile(JSON.stringify(big)));
    expect((await screen.findByRole('alert')).textContent).toContain('The file is 10.1 MB; a rules file can be at most 10 MB.');
    await settle();
    expect(await storageDump()).toBe(before);
  });

  test('imports a valid file whole, says so, and the page shows the new rules', async () => {
    const user = await openOptions();
    await user.upload(importInput(), jsonFile(JSON.stringify(editedRules()), 'my-rules.json'));
    await waitFor(() =>
      expect(
        section('Import, export, reset')
          .getAllByRole('status')
          .map((s) => s.textContent),
      ).toContain('Rules imported from my-rules.json.'),
    );
    expect(await storedRules()).toEqual(editedRules());
    expect(screen.queryByRole('alert')).toBeNull();
    const linkedin = within(section('Networks').getByRole('region', { name: 'LinkedIn' }));
    expect((linkedin.getByLabelText('Purpose') as HTMLTextAreaElement).value).toBe(
      'Customers, hiring, and what I learn building the product.',
    );
  });
});

describe('export', () => {
  test('downloads the rules as pretty-printed JSON, and importing that file gives the same rules back', async () => {
    const { user } = await openWithEditedRules();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:postcheck-test';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    await user.click(screen.getByRole('button', { name: 'Export rules' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('postcheck-rules.json');
    expect(clicked[0]!.href).toBe('blob:postcheck-test');
    expect(blob!.type).toBe('application/json');
    const text = await blob!.text();
    expect(text).toBe(`${JSON.stringify(editedRules(), null, 2)}\n`);

    // Start over, then bring the exported file back.
    expect((await saveRules(defaultRules())).ok).toBe(true);
    await waitFor(async () => expect(await storedRules()).toEqual(defaultRules()));
    await user.upload(importInput(), new File([text], 'postcheck-rules.json', { type: 'application/json' }));
    await waitForStored((rules) => expect(rules).toEqual(editedRules()));
  });
});

describe('reset', () => {
  test('asks first in the page; cancelling keeps the rules, confirming resets them', async () => {
    const { user, before } = await openWithEditedRules();
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Reset all rules to the defaults?' }));
    expect(confirm).not.toHaveBeenCalled();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await settle();
    expect(await storageDump()).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reset' }));
    await waitForStored((rules) => expect(rules).toEqual(defaultRules()));
    await waitFor(() =>
      expect(
        section('Import, export, reset')
          .getAllByRole('status')
          .map((s) => s.textContent),
      ).toContain('Rules reset to the defaults.'),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
