import { defineConfig } from 'wxt';
import type { Alias, AliasOptions } from 'vite';

/** Vite's aliases as a list (its config takes a list or a map). */
const aliasList = (alias: AliasOptions | undefined): readonly Alias[] =>
  alias === undefined ? [] : isList(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
const isList = (alias: AliasOptions): alias is readonly Alias[] => Array.isArray(alias);

// See https://wxt.dev/api/config.html

/** The toolbar's sizes (1× and 2× screens) of the icons auto-icons renders. */
const TOOLBAR_ICON = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png' };
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // One drawing (assets/icon.svg) rendered to every size the stores and browsers ask for (icons/N.png).
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [128, 96, 48, 32, 16] },
  // Every dependency is a visible import: no auto-imports.
  imports: false,
  // The Firefox sources package is for the add-on review: what builds the package (tests/build checks
  // that it rebuilds the same files), not the tests, screenshots or local demo output.
  zip: { excludeSources: ['tests/**', 'docs/**', 'demo-screenshots/**', 'coverage/**', 'store/**'] },
  // Extension pages load their chunks natively; Vite's modulepreload polyfill would be the bundle's only fetch().
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The content scripts use the browser's own API, not webextension-polyfill (about 2.5 KB of their 15 KB
    // gzipped budget): in Firefox the polyfill hands back the native `browser` anyway, and in Chromium the
    // content scripts use nothing it adds (their message listener answers through sendResponse).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const own: Alias = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      config.resolve = { ...config.resolve, alias: [own, ...aliasList(alias)] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: rules (sync/local) and drafts (session). sidePanel: the checklist beside the composer.
    // contextMenus (Firefox: its own name, menus): "Review with Postcheck" on text fields of the three
    // sites, the way in when a site changes its markup. Under `menus`, Firefox's content scripts also get
    // menus.getTargetElement, which names the right-clicked box even where the page stops the event.
    permissions: browser === 'firefox' ? ['storage', 'menus'] : ['storage', 'sidePanel', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__', default_icon: TOOLBAR_ICON },
    // The keyboard shortcut opens the checklist: in Chrome the action opens the side panel
    // (setPanelBehavior in the background), in Firefox the sidebar opens directly.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postcheck@postcheck.app',
              // What the Firefox suite runs on: Debian's firefox-esr 153, the oldest Firefox Mozilla still
              // supports (ESR 140 ended in 2026). data_collection_permissions needs 140+ anyway.
              strict_min_version: '153.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Not tested on Android: the same floor as the desktop build it shares.
            gecko_android: { strict_min_version: '153.0' },
          },
        }
      : {}),
  }),
});
