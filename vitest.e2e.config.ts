import { defineConfig } from 'vitest/config';

// E2E: the built extension in real Chromium and Firefox ESR. One browser at a time (2 cores).
export default defineConfig({
  test: {
    environment: 'node',
    globals: true,
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
