/**
 * The tracked-field lists of c/checksheetSchema say what `objects/` says: every field with
 * `<trackHistory>true` is listed (and nothing else), with the value kind its type gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CHECKSHEET_FIELDS,
  CHECKSHEET_ITEM_FIELDS,
  CHECKSHEET_ITEM_OBJECT,
  CHECKSHEET_ITEM_TRACKED_FIELDS,
  CHECKSHEET_OBJECT,
  CHECKSHEET_TRACKED_FIELDS,
  TRACKED_FIELD_KINDS
} from 'c/checksheetSchema';
import type { HistoryValueKind } from 'c/checksheetSchema';

const OBJECTS = path.resolve(__dirname, '..', '..', '..', 'objects');

const KIND_OF_TYPE: Readonly<Record<string, HistoryValueKind>> = {
  Picklist: 'picklist',
  Lookup: 'lookup',
  MasterDetail: 'lookup',
  Date: 'date',
  LongTextArea: 'longText',
  Text: 'text'
};

/** Field API name → value kind of every field of `object` with trackHistory true. */
function trackedInMetadata(object: string): Record<string, HistoryValueKind | string> {
  const folder = path.join(OBJECTS, object, 'fields');
  const tracked: Record<string, HistoryValueKind | string> = {};
  for (const file of readdirSync(folder)) {
    const xml = readFileSync(path.join(folder, file), 'utf8');
    if (!/<trackHistory>true<\/trackHistory>/.test(xml)) continue;
    const type = /<type>([^<]+)<\/type>/.exec(xml)?.[1] ?? '';
    tracked[file.replace('.field-meta.xml', '')] = KIND_OF_TYPE[type] ?? `unknown type ${type}`;
  }
  return tracked;
}

function listed(
  tracked: Readonly<Record<string, HistoryValueKind>>,
  fields: Readonly<Record<string, string>>
): Record<string, HistoryValueKind> {
  return Object.fromEntries(Object.entries(tracked).map(([key, kind]) => [fields[key], kind]));
}

describe('tracked fields', () => {
  it('lists exactly the Checksheet__c fields objects/ tracks, with their kinds', () => {
    expect(listed(CHECKSHEET_TRACKED_FIELDS, CHECKSHEET_FIELDS)).toEqual(
      trackedInMetadata(CHECKSHEET_OBJECT)
    );
  });

  it('lists exactly the Checksheet_Item__c fields objects/ tracks, with their kinds', () => {
    expect(listed(CHECKSHEET_ITEM_TRACKED_FIELDS, CHECKSHEET_ITEM_FIELDS)).toEqual(
      trackedInMetadata(CHECKSHEET_ITEM_OBJECT)
    );
  });

  it('knows every tracked field by its API name', () => {
    expect(TRACKED_FIELD_KINDS).toMatchObject({
      Review_Status__c: 'picklist',
      Reviewer__c: 'lookup',
      Next_Review_On__c: 'date',
      Reviewer_Verdict__c: 'picklist',
      Reviewer_Comment__c: 'longText',
      Status_Mark__c: 'text'
    });
    expect(Object.keys(TRACKED_FIELD_KINDS)).toHaveLength(
      Object.keys(CHECKSHEET_TRACKED_FIELDS).length +
        Object.keys(CHECKSHEET_ITEM_TRACKED_FIELDS).length
    );
  });
});
