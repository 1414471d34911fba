import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // builds dist/ once when it is missing, before any test file runs
    globalSetup: ['tests/fixtures/global-setup.ts'],
    // Node's require for the lazy compromise loader of the source (src/english/nlp.ts)
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
