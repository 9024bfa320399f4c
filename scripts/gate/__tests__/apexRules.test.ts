/** @jest-environment node */
import { checkApexFile, checkApexSources } from '../apexRules';
import { formatFinding } from '../findings';
import type { SourceFile } from '../findings';
import { DEFECTS, PROJECT, fixtureFile, readFixture } from './fixtures';

const project = readFixture(PROJECT);
const defects = readFixture(DEFECTS);

const apexClass = (name: string, body: string): SourceFile => ({
  path: `force-app/main/default/classes/${name}.cls`,
  text: body
});
const messages = (file: SourceFile): string[] =>
  checkApexFile(file).map((f) => `${f.line}: ${f.message}`);

describe('Apex rules', () => {
  it("passes the clean project's class", () => {
    expect(checkApexSources(project).map(formatFinding)).toEqual([]);
  });

  it('reports a syntax error with its line', () => {
    const broken = fixtureFile(defects, 'Broken.cls');
    expect(checkApexFile(broken).map(formatFinding)).toEqual([
      expect.stringMatching(
        /^force-app\/main\/default\/classes\/Broken\.cls:3: syntax error: mismatched input ';' expecting one of \d+ tokens$/
      )
    ]);
  });

  it('catches SOQL without WITH USER_MODE and a bare DML statement', () => {
    expect(messages(fixtureFile(defects, 'UnsafeQuery.cls'))).toEqual([
      '3: SOQL query without WITH USER_MODE',
      '7: DML statement "update": use Database.update(records, AccessLevel.USER_MODE)'
    ]);
  });

  it('catches dynamic SOQL and Database DML without AccessLevel.USER_MODE', () => {
    const file = apexClass(
      'Dynamic',
      [
        'public with sharing class Dynamic {',
        '  static void run(List<Widget__c> widgets) {',
        "    List<SObject> rows = Database.query('SELECT Id FROM Widget__c');",
        '    Database.update(widgets);',
        '    Database.insert(widgets, AccessLevel.USER_MODE);',
        "    List<SObject> same = Database.query('SELECT Id FROM Widget__c', AccessLevel.USER_MODE);",
        '  }',
        '}'
      ].join('\n')
    );
    expect(messages(file)).toEqual([
      '3: Database.query(…) without AccessLevel.USER_MODE',
      '4: Database.update(…) without AccessLevel.USER_MODE'
    ]);
  });

  it('requires a sharing declaration, and a written reason for without sharing or system mode', () => {
    const file = apexClass(
      'Modes',
      [
        'public class Modes {',
        '  static Integer count() {',
        '    // system mode: the dashboard counts every widget, whoever owns it',
        '    Integer all = [SELECT COUNT() FROM Widget__c WITH SYSTEM_MODE];',
        '    Integer again = [SELECT COUNT() FROM Widget__c WITH SYSTEM_MODE];',
        '    return all + again;',
        '  }',
        '  // without sharing: reads the parts of every widget to rebuild totals',
        '  private without sharing class Totals {}',
        '  private without sharing class Unexplained {}',
        '}'
      ].join('\n')
    );
    expect(messages(file)).toEqual([
      '1: class Modes declares no sharing: declare it "with sharing" (or "inherited sharing")',
      '5: SOQL query runs WITH SYSTEM_MODE with no "// system mode: <reason>" comment above it',
      '10: without sharing with no "// without sharing: <reason>" comment above it'
    ]);
  });

  it('accepts a justified without sharing class, inherited sharing and DML in tests', () => {
    const justified = apexClass(
      'Rollup',
      '// without sharing: totals must count parts the user cannot see\npublic without sharing class Rollup {}'
    );
    const inherited = apexClass('Helper', 'public inherited sharing class Helper {}');
    const test = apexClass(
      'Widget_Tests',
      [
        '@IsTest',
        'private with sharing class Widget_Tests {',
        '  @IsTest',
        '  static void createsWidgets() {',
        "    insert new Widget__c(Color__c = 'Red');",
        '    Assert.areEqual(1, [SELECT COUNT() FROM Widget__c WITH USER_MODE]);',
        '  }',
        '}'
      ].join('\n')
    );
    expect([justified, inherited, test].flatMap(messages)).toEqual([]);
  });

  it('checks SOSL too', () => {
    const file = apexClass(
      'Search',
      "public with sharing class Search {\n  static Object find() {\n    return [FIND 'red' IN ALL FIELDS RETURNING Widget__c(Id)];\n  }\n}"
    );
    expect(messages(file)).toEqual(['3: SOSL search without WITH USER_MODE']);
  });
});
