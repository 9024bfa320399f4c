/** @jest-environment node */
import { formatFinding } from '../findings';
import type { SourceFile } from '../findings';
import { checkListButtons } from '../listButtons';

const PAGE: SourceFile = {
  path: 'force-app/main/default/pages/Compare_Widgets.page',
  text: `<apex:page standardController="Widget__c" recordSetVar="widgets">
  <script>var maxCompared = 8;</script>
</apex:page>`
};
const BUTTON: SourceFile = {
  path: 'force-app/main/default/objects/Widget__c/webLinks/Compare.webLink-meta.xml',
  text: `<?xml version="1.0" encoding="UTF-8" ?>
<WebLink xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Compare</fullName>
    <availability>online</availability>
    <displayType>massActionButton</displayType>
    <linkType>page</linkType>
    <masterLabel>Compare</masterLabel>
    <openType>replace</openType>
    <page>Compare_Widgets</page>
    <protected>false</protected>
    <requireRowSelection>true</requireRowSelection>
</WebLink>`
};
const OBJECT: SourceFile = {
  path: 'force-app/main/default/objects/Widget__c/Widget__c.object-meta.xml',
  text: `<?xml version="1.0" encoding="UTF-8" ?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <searchLayouts>
        <listViewButtons>Compare</listViewButtons>
    </searchLayouts>
</CustomObject>`
};
const PERMISSIONS: SourceFile = {
  path: 'force-app/main/default/permissionsets/Widgets.permissionset-meta.xml',
  text: `<?xml version="1.0" encoding="UTF-8" ?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <pageAccesses>
        <apexPage>Compare_Widgets</apexPage>
        <enabled>true</enabled>
    </pageAccesses>
</PermissionSet>`
};
const FILES = [PAGE, BUTTON, OBJECT, PERMISSIONS];

const check = (changes: SourceFile[], max = 8): string[] =>
  checkListButtons(
    FILES.map((file) => changes.find((changed) => changed.path === file.path) ?? file),
    max
  ).map(formatFinding);
const edited = (file: SourceFile, from: string, to: string): SourceFile => {
  expect(file.text).toContain(from);
  return { ...file, text: file.text.replace(from, to) };
};

describe('list view buttons and their Visualforce pages', () => {
  it('passes a list button on a list-controller page of its object, granted and placed', () => {
    expect(check([])).toEqual([]);
  });

  it('refuses a page that is absent, of another object, or without a list controller', () => {
    expect(check([edited(BUTTON, '<page>Compare_Widgets', '<page>Gone')])).toEqual([
      `${BUTTON.path}:2: page Gone is not under pages/`
    ]);
    expect(check([edited(PAGE, '"Widget__c"', '"Gadget__c"')])).toEqual([
      `${BUTTON.path}:2: page Compare_Widgets has standardController "Gadget__c", not Widget__c`
    ]);
    expect(check([edited(PAGE, ' recordSetVar="widgets"', '')])).toEqual([
      `${PAGE.path}:1: page Compare_Widgets behind list button Compare needs recordSetVar (a standard list controller)`
    ]);
  });

  it('refuses a JavaScript list button and one without row selection', () => {
    expect(
      check([
        edited(
          edited(BUTTON, '<linkType>page', '<linkType>javascript'),
          '<requireRowSelection>true',
          '<requireRowSelection>false'
        )
      ])
    ).toEqual([
      `${BUTTON.path}:2: list button Compare is linkType javascript: Lightning Experience runs only a Visualforce page or a URL`,
      `${BUTTON.path}:2: list button Compare must ask for row selection (requireRowSelection)`
    ]);
  });

  it('refuses a list view button that is no list button, an ungranted page, another limit', () => {
    expect(check([edited(OBJECT, '>Compare<', '>Missing<')])).toEqual([
      `${OBJECT.path}:4: listViewButtons Missing is no list button of Widget__c`
    ]);
    expect(check([edited(PERMISSIONS, '<enabled>true', '<enabled>false')])).toEqual([
      `${PAGE.path}:1: no permission set grants page Compare_Widgets (pageAccesses)`
    ]);
    expect(check([], 6)).toEqual([
      `${PAGE.path}:2: maxCompared is 8, the compare view holds 6 (LIMITS.maxComparedSheets)`
    ]);
  });
});
