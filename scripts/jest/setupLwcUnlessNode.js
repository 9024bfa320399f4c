/**
 * Jest setup: the LWC preset's setup (synthetic shadow, wire-adapter registry) needs a DOM.
 * Tests that declare `@jest-environment node` (the quality gate's, the command-line tool's) have
 * none, so they run without it; every other test gets it exactly as before.
 */
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

if (typeof Element !== 'undefined') {
  for (const setupFile of jestConfig.setupFilesAfterEnv) require(setupFile);
}
