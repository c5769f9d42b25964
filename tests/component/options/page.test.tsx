// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { getRoles, screen, within } from '@testing-library/react';
import { openOptions, useOptionsTestEnvironment } from './options';

useOptionsTestEnvironment();

describe('the page', () => {
  test('has one title, and a section nav whose every link leads to the section of that name', async () => {
    await openOptions();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Postcheck rules']);
    const links = within(screen.getByRole('navigation', { name: 'Sections' })).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Goals',
      'Networks',
      'Phrase lists',
      'Custom rules',
      'Try a draft',
      'Pauses',
      'Reposts and shares',
      'Call-to-action templates',
      'Before you post',
      'Thresholds',
      'Your sharing habits',
      'Import, export, reset',
    ]);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target, link.textContent!).toBe(screen.getByRole('region', { name: link.textContent! }));
    }
  });

  test('names every control', async () => {
    await openOptions();
    // Every element with a role and a non-empty accessible name, as assistive technology finds them.
    const named = new Set(Object.keys(getRoles(document.body)).flatMap((role) => screen.queryAllByRole(role, { name: /\S/ })));
    const controls = [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
      (c) => !c.closest('dialog:not([open])'),
    );
    expect(controls.length).toBeGreaterThan(100);
    // Date and file inputs have no ARIA role to query by: their <label> names them.
    const labelled = (c: HTMLElement) => [...((c as HTMLInputElement).labels ?? [])].some((label) => label.textContent!.trim() !== '');
    expect(controls.filter((c) => !named.has(c) && !labelled(c)).map((c) => c.outerHTML)).toEqual([]);
  });
});
