export function findBrowser(name: 'chromium' | 'firefox'): string | null;
export function ensureBrowsers(): { chromium: string; firefox: string };
