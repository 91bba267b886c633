import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure functions and the importer: run before the build.
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      // Checks of the built site in dist/: run after `npm run build`.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/record/**/*.test.ts'] } },
      // Any record's site against its source: RECORD_DIR and ASTRO_OUT_DIR name the record and its build.
      { test: { name: 'record', include: ['tests/record/**/*.test.ts'] } },
      // npm start's server, nginx and Caddy under hostile and faulty requests, on the built site.
      // One file at a time: each starts servers and loads them; room for a busy machine.
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
