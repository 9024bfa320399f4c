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
      '7: DML statement "update" in system mode: write "update as user …" or Database.update(records, AccessLevel.USER_MODE)'
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

  it('accepts DML statements "as user", and "as system" only with a written reason', () => {
    const file = apexClass(
      'Modes',
      [
        'public with sharing class Modes {',
        '  static void run(List<Widget__c> widgets, Widget__c one) {',
        '    insert as user widgets;',
        '    update as user one;',
        '    upsert as user widgets;',
        '    delete as user widgets;',
        '    undelete as user widgets;',
        '    // system mode: the nightly job repairs widgets whoever owns them',
        '    update as system widgets;',
        '    delete as system widgets;',
        '  }',
        '}'
      ].join('\n')
    );
    expect(messages(file)).toEqual([
      '10: DML statement "delete as system" with no "// system mode: <reason>" comment above it'
    ]);
  });

  it('exempts @IsTest classes from the sharing, query-mode and DML rules', () => {
    const file = apexClass(
      'Widget_Tests',
      [
        '@IsTest',
        'private class Widget_Tests {',
        '  @IsTest',
        '  static void countsWidgets() {',
        "    insert new Widget__c(Color__c = 'Red');",
        '    Database.insert(new Widget__c());',
        '    Assert.areEqual(2, [SELECT COUNT() FROM Widget__c]);',
        "    Assert.areEqual(2, Database.query('SELECT Id FROM Widget__c').size());",
        '  }',
        '}'
      ].join('\n')
    );
    expect(messages(file)).toEqual([]);
    // Without the annotation, the same class gets every finding.
    const untested = { ...file, text: file.text.replace('@IsTest\nprivate', 'private') };
    expect(messages(untested)).toEqual([
      '1: class Widget_Tests declares no sharing: declare it "with sharing" (or "inherited sharing")',
      '4: DML statement "insert" in system mode: write "insert as user …" or Database.insert(records, AccessLevel.USER_MODE)',
      '6: SOQL query without WITH USER_MODE',
      '5: Database.insert(…) without AccessLevel.USER_MODE',
      '7: Database.query(…) without AccessLevel.USER_MODE'
    ]);
  });

  it("finds a without sharing class's reason above its doc comment and annotations", () => {
    const justified = apexClass(
      'WidgetSharing',
      [
        '// without sharing: writes Widget__Share rows, which need system context',
        '/**',
        ' * Keeps the share rows of widgets in step with their reviewers.',
        ' */',
        "@SuppressWarnings('PMD.ApexCRUDViolation')",
        'public without sharing class WidgetSharing {}'
      ].join('\n')
    );
    expect(messages(justified)).toEqual([]);
    // A comment that names no reason is no justification.
    const unexplained = {
      ...justified,
      text: justified.text.replace(': writes Widget__Share rows, which need system context', '')
    };
    expect(messages(unexplained)).toEqual([
      '5: class WidgetSharing is without sharing with no "// without sharing: <reason>" comment above it'
    ]);
  });

  const trigger = (body: string[]): SourceFile => ({
    path: 'force-app/main/default/triggers/WidgetTrigger.trigger',
    text: ['trigger WidgetTrigger on Widget__c(after insert, after update) {', ...body, '}'].join(
      '\n'
    )
  });

  it('accepts a trigger that delegates to its handler', () => {
    expect(
      messages(trigger(['  new WidgetTriggerHandler().run(Trigger.new, Trigger.oldMap);']))
    ).toEqual([]);
  });

  it('refuses a trigger that queries or writes records itself, and one that does not parse', () => {
    expect(
      messages(
        trigger([
          '  List<Widget__c> all = [SELECT Id FROM Widget__c WITH USER_MODE];',
          '  update as user all;',
          '  Database.insert(new List<Widget__c>(), AccessLevel.USER_MODE);',
          "  List<SObject> rows = Database.query('SELECT Id FROM Widget__c', AccessLevel.USER_MODE);"
        ])
      )
    ).toEqual([
      '2: trigger WidgetTrigger runs a SOQL query itself: a trigger only delegates to its handler class',
      '3: trigger WidgetTrigger runs a DML statement "update" itself: a trigger only delegates to its handler class',
      '4: trigger WidgetTrigger runs a DML (Database.insert) itself: a trigger only delegates to its handler class',
      '5: trigger WidgetTrigger runs a query (Database.query) itself: a trigger only delegates to its handler class'
    ]);
    expect(messages(trigger(['  new WidgetTriggerHandler(.run();']))[0]).toMatch(
      /^2: syntax error: /
    );
  });
});
