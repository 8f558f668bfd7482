import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic, Preact views and the background through WXT's fake browser.
// Sandbox tests opt into the node environment with a `// @vitest-environment node` header.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['tests/setup/fake-browser-gaps.ts'],
  },
});
