// Two projects: fast unit tests in Node, and browser tests that drive real Chromium.
import { defineConfig } from 'vitest/config';

// NOTE: CI sets SIMPUL_VITEST_JSON so .ci/run can print a plain "N passed, N failed" line.
const jsonReport = process.env.SIMPUL_VITEST_JSON;

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          testTimeout: 60_000,
          // NOTE: a beforeAll that runs the CLI on the sample case took over vitest's 10 s default under load.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
