/**
 * Jest setup: the LWC preset's setup (synthetic shadow, wire-adapter registry) needs a DOM.
 * Tests that declare `@jest-environment node` (the quality gate's, the command-line tool's) have
 * none, so they run without it; every other test gets it, and the sa11y accessibility matcher.
 */
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

if (typeof Element !== 'undefined') {
  for (const setupFile of jestConfig.setupFilesAfterEnv) require(setupFile);
  // `expect(element).toBeAccessible()`: axe through sa11y, as lwc-recipes sets it up.
  require('@sa11y/jest').registerSa11yMatcher();
}
