const path = require('node:path');
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');
const { labelModuleMapper } = require('./scripts/jest/labelMocks');

/** Regular expression matching files under a folder of this repository. */
const under = (folder) =>
  `^${path.join(__dirname, folder).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`;

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app', '<rootDir>/scripts'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/.gate'],
  // Components render the real English text of their custom labels.
  moduleNameMapper: { ...jestConfig.moduleNameMapper, ...labelModuleMapper(__dirname) },
  // The LWC preset's setup needs a DOM: tests with `@jest-environment node` skip it.
  setupFilesAfterEnv: ['<rootDir>/scripts/jest/setupLwcUnlessNode.js'],
  transform: {
    // The local preview's own components and stand-ins are LWC modules (first match wins).
    [`${under('scripts/preview/modules')}.+\\.ts$`]: Object.values(jestConfig.transform)[0],
    // Scripts (build, gate, command-line tool) are plain TypeScript for Node, not LWC modules:
    // the LWC transformer would make them load the LWC engine, which needs a DOM.
    [`${under('scripts')}.+\\.ts$`]: [
      require.resolve('babel-jest'),
      {
        presets: [require.resolve('@babel/preset-typescript')],
        plugins: [require.resolve('@babel/plugin-transform-modules-commonjs')]
      }
    ],
    // ts-blank-space (the build's type stripper, tested through the gate) ships only ES modules.
    '/node_modules/ts-blank-space/.+\\.js$': [
      require.resolve('babel-jest'),
      { plugins: [require.resolve('@babel/plugin-transform-modules-commonjs')] }
    ],
    ...jestConfig.transform
  },
  transformIgnorePatterns: [
    ...jestConfig.transformIgnorePatterns.map((pattern) =>
      pattern.replace('(?!(', '(?!(ts-blank-space/)|(')
    )
  ],
  // Coverage is measured on the TypeScript sources, never on the emitted .js beside them.
  collectCoverageFrom: [
    'force-app/main/default/lwc/**/*.ts',
    '!force-app/main/default/lwc/**/__tests__/**'
  ],
  coverageThreshold: {
    global: { branches: 90, functions: 95, lines: 95, statements: 95 }
  },
  testTimeout: 30000
};
