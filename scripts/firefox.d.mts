export function findFirefox(): string | undefined;
export function firefoxVersion(binary: string): number;
export function ensureFirefox(options?: { log?: (line: string) => void }): string;
