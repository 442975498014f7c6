'use strict';
/**
 * Three projects:
 *  - domain: pure functions of the plugins, straight from the TypeScript sources (fast, no Strapi), and the
 *            integration clients against the mock servers (tests/integrasi);
 *  - api:    the real Strapi booted in-process per file (compile first:
 *            `npx tsc -b plugins/inti plugins/panel && npx tsc -p cms`), run with --runInBand.
 *            MSKP_TEST_DB=sqlite (default) or postgres.
 *  - e2e:    the built app served by `strapi start`, driven in Debian's Chromium (playwright-core).
 */
const path = require('path');

const tsJest = ['ts-jest', { tsconfig: path.join(__dirname, 'tests', 'tsconfig.json') }];

module.exports = {
  projects: [
    {
      displayName: 'domain',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/plugins/*/server/src/**/__tests__/**/*.test.ts',
        '<rootDir>/tests/arsitektur/**/*.test.ts',
        // integration clients against the mock servers of scripts/mock (no Strapi)
        '<rootDir>/tests/integrasi/**/*.test.ts',
      ],
      transform: { '^.+\\.ts$': tsJest },
      moduleFileExtensions: ['ts', 'js', 'json'],
      // a plugin's public face straight from its TypeScript sources
      moduleNameMapper: {
        '^@m-skp/(inti|panel|kinerja|tpp|laporan|plt|integrasi)$': '<rootDir>/plugins/$1/server/src/publik.ts',
      },
      modulePathIgnorePatterns: ['<rootDir>/plugins/.*/dist/', '<rootDir>/cms/dist/'],
    },
    {
      displayName: 'api',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts', '<rootDir>/tests/matrix/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleFileExtensions: ['ts', 'js', 'json'],
      testTimeout: 120000,
      modulePathIgnorePatterns: ['<rootDir>/cms/dist/package.json'],
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleFileExtensions: ['ts', 'js', 'json'],
      testTimeout: 180000,
    },
  ],
};
