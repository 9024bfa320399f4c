/** @jest-environment node */
import { checkApexReferences, checkSchemaConstants, checkSchemaImports } from '../codeReferences';
import { formatFinding } from '../findings';
import type { Finding, SourceFile } from '../findings';
import { buildMetadataIndex } from '../metadataIndex';
import { checkMetadataReferences } from '../metadataReferences';
import { checkMetadataSchemas } from '../metadataSchema';
import { DEFECTS, PROJECT, fixtureFile, readFixture, withFiles } from './fixtures';

const project = readFixture(PROJECT);
const defects = readFixture(DEFECTS);
const index = buildMetadataIndex(project);

const lines = (findings: Finding[]): string[] => findings.map(formatFinding);
const xmlFiles = (files: SourceFile[]): SourceFile[] =>
  files.filter((file) => file.path.endsWith('-meta.xml') || file.path.endsWith('.json'));

describe('metadata schema', () => {
  it('passes the clean project', () => {
    expect(lines(checkMetadataSchemas(xmlFiles(project)))).toEqual([]);
  });

  it('names an unknown element with its line and type, nested ones by their field type', () => {
    const field = fixtureFile(defects, 'Shade__c.field-meta.xml');
    expect(lines(checkMetadataSchemas([field]))).toEqual([
      `${field.path}:5: maxLength is not a field of CustomField`,
      `${field.path}:13: colour is not a field of CustomValue`
    ]);
  });

  it('knows the fields of current source format that the WSDL predates (FlexiPage item instances)', () => {
    const page = fixtureFile(project, 'Widget_Record_Page.flexipage-meta.xml');
    expect(checkMetadataSchemas([page])).toEqual([]);
    const misspelt = {
      ...page,
      text: page.text.replace('<fieldItem>', '<fieldItm>').replace('</fieldItem>', '</fieldItm>')
    };
    expect(lines(checkMetadataSchemas([misspelt]))).toEqual([
      `${page.path}:42: fieldItm is not a field of FieldInstance`
    ]);
  });

  it('reports malformed XML at its line', () => {
    const broken: SourceFile = {
      path: 'force-app/main/default/tabs/Widget__c.tab-meta.xml',
      text: '<?xml version="1.0"?>\n<CustomTab>\n  <motif>x</motif>\n</CustomTab2>\n'
    };
    const [problem] = checkMetadataSchemas([broken]);
    expect(problem.line).toBe(4);
    expect(problem.message).toMatch(/^malformed XML: .*CustomTab/);
  });

  it('checks booleans, the root type and the suffix', () => {
    const files: SourceFile[] = [
      {
        path: 'force-app/main/default/tabs/Widget__c.tab-meta.xml',
        text: '<CustomTab>\n<customObject>yes</customObject>\n</CustomTab>'
      },
      {
        path: 'force-app/main/default/tabs/Other.tab-meta.xml',
        text: '<CustomObject/>'
      },
      { path: 'force-app/main/default/x/Y.thing-meta.xml', text: '<Gizmo/>' },
      { path: 'config/project-scratch-def.json', text: '{ "edition": }' }
    ];
    expect(lines(checkMetadataSchemas(files))).toEqual([
      'force-app/main/default/tabs/Widget__c.tab-meta.xml:2: CustomTab.customObject must be true or false, not "yes"',
      'force-app/main/default/tabs/Other.tab-meta.xml:1: a .tab-meta.xml file holds CustomTab, not CustomObject',
      'force-app/main/default/x/Y.thing-meta.xml:1: Gizmo is not a Metadata API type',
      expect.stringMatching(/^config\/project-scratch-def\.json(:1)?: invalid JSON/)
    ]);
  });
});

describe('metadata cross-references', () => {
  it('passes the clean project', () => {
    expect(lines(checkMetadataReferences(project, index))).toEqual([]);
  });

  it('catches a misspelled field in a permission set', () => {
    const permissionSet = fixtureFile(defects, 'Misspelled_Field.permissionset-meta.xml');
    expect(lines(checkMetadataReferences([permissionSet], index))).toEqual([
      `${permissionSet.path}:5: field: Widget__c.Colour__c does not exist`
    ]);
  });

  it('catches a layout field that does not exist', () => {
    const layout = fixtureFile(defects, 'Widget__c-Missing Field.layout-meta.xml');
    expect(lines(checkMetadataReferences([layout], index))).toEqual([
      `${layout.path}:15: field: Widget__c.Weight__c does not exist`
    ]);
  });

  it('catches list views, compact layouts, report types, tabs and classes that point nowhere', () => {
    const edit = (suffix: string, from: string, to: string): SourceFile => {
      const file = fixtureFile(project, suffix);
      return { ...file, text: file.text.replace(from, to) };
    };
    const files = withFiles(project, [
      edit('All.listView-meta.xml', '<field>Color__c</field>', '<field>Colr__c</field>'),
      edit(
        'Widget_Compact.compactLayout-meta.xml',
        '<fields>Color__c</fields>',
        '<fields>color__c</fields>'
      ),
      edit(
        'Widgets_With_Parts.reportType-meta.xml',
        '<field>Label__c</field>',
        '<field>Lable__c</field>'
      ),
      edit(
        'Widgets_With_Parts.reportType-meta.xml',
        'Parts__r</relationship>',
        'Pieces__r</relationship>'
      ),
      edit(
        'Widget_User.permissionset-meta.xml',
        '<apexClass>WidgetService',
        '<apexClass>WidgetServices'
      ),
      edit('Widget_User.permissionset-meta.xml', '<tab>Widget__c</tab>', '<tab>Gadget__c</tab>')
    ]);
    const found = lines(checkMetadataReferences(files, buildMetadataIndex(files)));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /All\.listView-meta\.xml:9: field: Widget__c\.Colr__c does not exist$/
        ),
        expect.stringMatching(
          /Widget_Compact\.compactLayout-meta\.xml:5: fields: Widget__c\.color__c is spelled Color__c$/
        ),
        expect.stringMatching(
          /Widgets_With_Parts\.reportType-meta\.xml:\d+: relationship Pieces__r is not a child relationship of Widget__c$/
        ),
        expect.stringMatching(
          /Widget_User\.permissionset-meta\.xml:\d+: Apex class WidgetServices does not exist under classes\/$/
        ),
        expect.stringMatching(
          /Widget_User\.permissionset-meta\.xml:\d+: tab Gadget__c does not exist under tabs\/$/
        )
      ])
    );
  });

  it('refuses permissions a deploy would refuse: master-detail and standard fields', () => {
    const permissionSet: SourceFile = {
      path: 'force-app/main/default/permissionsets/Too_Much.permissionset-meta.xml',
      text: [
        '<PermissionSet>',
        '<fieldPermissions><editable>true</editable><field>Widget_Part__c.Widget__c</field></fieldPermissions>',
        '<fieldPermissions><editable>false</editable><field>Widget__c.Name</field></fieldPermissions>',
        '<label>Too much</label>',
        '</PermissionSet>'
      ].join('\n')
    };
    expect(lines(checkMetadataReferences([permissionSet], index))).toEqual([
      expect.stringMatching(
        /:2: field Widget_Part__c\.Widget__c is required, master-detail or a standard field/
      ),
      expect.stringMatching(
        /:3: field Widget__c\.Name is required, master-detail or a standard field/
      )
    ]);
  });
});

describe('field names in code', () => {
  it("passes the clean project's Apex and components", () => {
    expect(lines(checkApexReferences(project, index))).toEqual([]);
    expect(
      lines(
        checkSchemaImports(
          project.filter((f) => f.path.endsWith('.ts')),
          index
        )
      )
    ).toEqual([]);
  });

  it('checks SOQL select lists, relationship paths, sub-queries, WHERE and ORDER BY, tokens and constructors', () => {
    const apex: SourceFile = {
      path: 'force-app/main/default/classes/Typos.cls',
      text: [
        'public with sharing class Typos {',
        '  static void run(Id makerId) {',
        '    List<Widget__c> widgets = [SELECT Id, Colour__c, Maker__r.Nmae, (SELECT Lable__c FROM Parts__r)',
        '      FROM Widget__c WHERE Sise__c > 1 WITH USER_MODE ORDER BY Weight__c];',
        '    List<Widget__c> more = [SELECT Id FROM Widgets__c WITH USER_MODE];',
        "    Widget__c w = new Widget__c(Color__c = 'Red', Shape__c = 'Round');",
        '    String label = Widget__c.Colr__c.getDescribe().getLabel();',
        '    Object same = Schema.SObjectType.Widget__c.fields.Hue__c;',
        '    List<Widget__c> caseDoesNotMatter = [SELECT COLOR__C FROM WIDGET__C WITH USER_MODE];',
        '  }',
        '}'
      ].join('\n')
    };
    expect(lines(checkApexReferences([apex], index))).toEqual([
      `${apex.path}:3: SOQL field Colour__c: Widget__c.Colour__c does not exist`,
      `${apex.path}:3: SOQL field Lable__c: Widget_Part__c.Lable__c does not exist`,
      `${apex.path}:3: SOQL field Maker__r.Nmae: Account.Nmae does not exist`,
      `${apex.path}:4: SOQL field Sise__c: Widget__c.Sise__c does not exist`,
      `${apex.path}:4: SOQL field Weight__c: Widget__c.Weight__c does not exist`,
      expect.stringMatching(/:5: SOQL FROM Widgets__c: object Widgets__c does not exist/),
      `${apex.path}:6: new Widget__c(Shape__c = …): Widget__c.Shape__c does not exist`,
      `${apex.path}:7: field token: Widget__c.Colr__c does not exist`,
      `${apex.path}:8: field token: Widget__c.Hue__c does not exist`
    ]);
  });

  it('checks @salesforce/schema imports exactly', () => {
    const component: SourceFile = {
      path: 'force-app/main/default/lwc/widgetList/widgetList.ts',
      text: [
        'import WIDGET from "@salesforce/schema/Widget__c";',
        'import COLOR from "@salesforce/schema/Widget__c.Colour__c";',
        'import MAKER from "@salesforce/schema/Widget__c.Maker__r.Nmae";',
        'import CASE from "@salesforce/schema/widget__c.Color__c";'
      ].join('\n')
    };
    expect(lines(checkSchemaImports([component], index))).toEqual([
      `${component.path}:2: @salesforce/schema/Widget__c.Colour__c: Widget__c.Colour__c does not exist`,
      `${component.path}:3: @salesforce/schema/Widget__c.Maker__r.Nmae: Account.Nmae does not exist`,
      `${component.path}:4: @salesforce/schema/widget__c.Color__c: object widget__c is spelled Widget__c`
    ]);
  });
});

describe('checksheetSchema constants', () => {
  const source: SourceFile = {
    path: 'force-app/main/default/lwc/checksheetSchema/checksheetSchema.ts',
    text: [
      "export const CHECKSHEET_OBJECT = 'Widget__c';",
      "export const CHECKSHEET_ITEM_OBJECT = 'Widget_Part__c';",
      "export const VENDOR_OBJECT = 'Account';",
      "export const CHECKSHEET_FIELDS = { name: 'Name', framework: 'Color__c', size: 'Sise__c' };",
      "export const CHECKSHEET_ITEM_FIELDS = { label: 'Label__c' };",
      "export const RELATIONSHIPS = { vendorChecksheets: 'Widgets', checksheetItems: 'Parts' };",
      'export const FIELD_LENGTHS = { label: 40 };',
      "export const FRAMEWORK_VALUES = ['Red', 'Green'];"
    ].join('\n')
  };
  const module = {
    CHECKSHEET_OBJECT: 'Widget__c',
    CHECKSHEET_ITEM_OBJECT: 'Widget_Part__c',
    VENDOR_OBJECT: 'Account',
    CHECKSHEET_FIELDS: { name: 'Name', framework: 'Color__c', size: 'Sise__c' },
    CHECKSHEET_ITEM_FIELDS: { label: 'Label__c' },
    RELATIONSHIPS: { vendorChecksheets: 'Widgets', checksheetItems: 'Parts' },
    FIELD_LENGTHS: { label: 40 },
    FRAMEWORK_VALUES: ['Red', 'Green'],
    REVIEW_STATUS_VALUES: [],
    IMPORT_STATUS_VALUES: [],
    VERDICT_VALUES: [],
    ITEM_STATUS_VALUES: [],
    RESPONSIBILITY_VALUES: [],
    ANSWER_FLAG_VALUES: [],
    // The saved comparisons' maps, named on the same test objects.
    COMPARISON_OBJECT: 'Widget__c',
    COMPARISON_FIELDS: { name: 'Name' },
    COMPARISON_MEMBER_OBJECT: 'Widget_Part__c',
    COMPARISON_MEMBER_FIELDS: { label: 'Label__c' },
    ITEM_LINK_OBJECT: 'Widget__c',
    ITEM_LINK_FIELDS: { framework: 'Color__c' },
    COMPARISON_STATUS_VALUES: [],
    LINK_RELATIONSHIP_VALUES: [],
    LINK_METHOD_VALUES: []
  };

  it('reports field names, picklist values and lengths that differ from the objects', () => {
    expect(lines(checkSchemaConstants(module, source, index))).toEqual([
      `${source.path}:4: CHECKSHEET_FIELDS.size = 'Sise__c': Widget__c.Sise__c does not exist`,
      `${source.path}:8: FRAMEWORK_VALUES has 'Green', which is not a value of Widget__c.Color__c`,
      `${source.path}:8: Widget__c.Color__c has the value 'Blue', missing from FRAMEWORK_VALUES`,
      `${source.path}:7: FIELD_LENGTHS.label is 40 but Widget_Part__c.Label__c has length 80`
    ]);
  });

  it('passes when they agree', () => {
    const agreeing = {
      ...module,
      CHECKSHEET_FIELDS: { name: 'Name', framework: 'Color__c' },
      FIELD_LENGTHS: { label: 80 },
      FRAMEWORK_VALUES: ['Red', 'Blue']
    };
    expect(lines(checkSchemaConstants(agreeing, source, index))).toEqual([]);
  });
});
