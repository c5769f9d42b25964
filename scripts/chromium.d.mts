// Types for chromium.mjs, which the e2e global setup imports.
export function findChromium(): string | undefined;
export function ensureChromium(options?: { log?: (message: string) => void }): string;
export function launchArgs(extensionDir?: string): string[];
