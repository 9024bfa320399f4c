const { jestConfig } = require("@salesforce/sfdx-lwc-jest/config");

module.exports = {
  ...jestConfig,
  roots: ["<rootDir>/force-app", "<rootDir>/scripts"],
  testMatch: ["**/__tests__/**/*.test.ts"],
  modulePathIgnorePatterns: ["<rootDir>/.localdevserver", "<rootDir>/.gate"],
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
