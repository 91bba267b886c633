import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure functions and the importer: run before the build.
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      // Checks of the built site in dist/: run after `npm run build`.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
