const { jestConfig } = require("@salesforce/sfdx-lwc-jest/config");

module.exports = {
  ...jestConfig,
  roots: ["<rootDir>/force-app", "<rootDir>/scripts"],
  testMatch: ["**/__tests__/**/*.test.ts"],
  modulePathIgnorePatterns: ["<rootDir>/.localdevserver", "<rootDir>/.gate"],
  // The LWC preset's setup needs a DOM: tests with `@jest-environment node` skip it.
  setupFilesAfterEnv: ["<rootDir>/scripts/jest/setupLwcUnlessNode.js"],
  // ts-blank-space (the build's type stripper, tested through the gate) ships only ES modules:
  // Babel turns them into CommonJS (they are plain JavaScript, not LWC modules).
  transform: {
    "/node_modules/ts-blank-space/.+\\.js$": [
      "babel-jest",
      { plugins: ["@babel/plugin-transform-modules-commonjs"] }
    ],
    ...jestConfig.transform
  },
  transformIgnorePatterns: [
    ...jestConfig.transformIgnorePatterns.map((pattern) =>
      pattern.replace("(?!(", "(?!(ts-blank-space/)|(")
    )
  ],
  // Coverage is measured on the TypeScript sources, never on the emitted .js beside them.
  collectCoverageFrom: [
    "force-app/main/default/lwc/**/*.ts",
    "!force-app/main/default/lwc/**/__tests__/**"
  ],
  coverageThreshold: {
    global: { branches: 80, functions: 85, lines: 85, statements: 85 }
  },
  testTimeout: 30000
};
