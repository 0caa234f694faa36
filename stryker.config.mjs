// Mutation testing (`npm run test:mutation`, not part of `npm test`): do the unit tests fail when
// the code they cover is wrong? Scope: the pure domain, the derived layer and the URL key table.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vite.config.ts' },
  mutate: ['src/domain/**/*.ts', 'src/derived/**/*.ts', 'src/state/url-*.ts'],
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
