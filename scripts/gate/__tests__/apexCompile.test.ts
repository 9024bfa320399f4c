/** @jest-environment node */
import path from 'node:path';
import { findJava, javaMissingMessage, readApexLsOutput, runApexCompile } from '../apexCompile';
import { formatFinding } from '../findings';
import { REPO_ROOT } from '../repoFiles';
import { DATA, PROJECT } from './fixtures';

const UNCOMPILABLE = path.join(DATA, 'uncompilable');
const { java } = findJava();
if (!java) {
  console.warn(`Apex compile tests skipped: ${javaMissingMessage(findJava())}`);
}
const withJava = java ? describe : describe.skip;

withJava('Apex semantic check (apex-ls)', () => {
  it("passes the clean project's class", () => {
    const report = runApexCompile(PROJECT, REPO_ROOT, java as string);
    expect(report.findings.map(formatFinding)).toEqual([]);
  });

  it('finds a type error, an unknown field, an unknown class and a missing method, in classes and triggers', () => {
    const report = runApexCompile(UNCOMPILABLE, REPO_ROOT, java as string);
    const classes = 'force-app/main/default/classes';
    expect(report.findings.map(formatFinding)).toEqual([
      `${classes}/GadgetDefects.cls:6: Error: Incompatible types in assignment, from 'System.String' to 'System.Integer'`,
      `${classes}/GadgetDefects.cls:7: Missing: Unknown field 'Colour__c' on SObject 'Schema.Gadget__c'`,
      `${classes}/GadgetDefects.cls:8: Missing: No variable or type found for 'GadgetFactory' on 'GadgetDefects'`,
      `${classes}/GadgetDefects.cls:9: Missing: No matching method found for 'paint' on 'GadgetService' taking arguments 'Schema.Gadget__c'`,
      "force-app/main/default/triggers/GadgetTrigger.trigger:3: Missing: No matching method found for 'shout' on 'System.String' taking no arguments"
    ]);
    // outside/classes/Stray.cls is broken too, but lies outside the package directories.
    expect(report.findings.some((f) => f.file.includes('Stray'))).toBe(false);
  });
});

describe("reading apex-ls's output", () => {
  it('keeps errors as findings and warnings as information', () => {
    const output = JSON.stringify({
      files: [
        {
          path: '/p/force-app/main/default/classes/A.cls',
          messages: [
            { start: { line: 3, offset: 1 }, category: 'Warning', message: 'Unreachable' },
            { start: { line: 4, offset: 1 }, category: 'Syntax', message: 'Bad token' }
          ]
        }
      ]
    });
    const report = readApexLsOutput(output, '/p');
    expect(report.findings.map(formatFinding)).toEqual([
      'force-app/main/default/classes/A.cls:4: Syntax: Bad token'
    ]);
    expect(report.info).toEqual(['force-app/main/default/classes/A.cls:3: Warning: Unreachable']);
  });

  it('reports output it cannot read instead of passing', () => {
    expect(readApexLsOutput('Exception in thread "main"', '/p').findings).toHaveLength(1);
  });
});

describe('looking for Java 21+', () => {
  it('says what it tried when there is none', () => {
    const search = findJava({ JAVA_HOME: '/nonexistent/jdk' }, ['/nonexistent/java']);
    expect(search.java).toBeUndefined();
    expect(javaMissingMessage(search)).toMatch(
      /^the Apex semantic check needs Java 21\+ and none was found \(tried \/nonexistent\/jdk\/bin\/java \(absent\), \/nonexistent\/java \(absent\)\)/
    );
  });
});
