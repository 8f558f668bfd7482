export function findBrowser(name: 'chromium' | 'firefox'): string | null;
export function ensureBrowsers<N extends 'chromium' | 'firefox' = 'chromium' | 'firefox'>(names?: N[]): Record<N, string>;
