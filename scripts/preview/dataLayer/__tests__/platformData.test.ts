/**
 * What the preview's Lightning stand-ins read from the data layer: the vendor and reviewer
 * pickers' records, object permissions per preview user, a new vendor Account, a checksheet's
 * header fields through getRecord, the review statuses with their labels.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { ChecksheetSummary } from '../dtos';
import type { RecordRepresentation } from '../platformData';
import { sheetHeader, sheetItems, stagedImport } from './builders';
import { failureOf, makeHarness } from './harness';
import type { Harness } from './harness';

const { admin, reviewer, viewer, otherReviewer } = PREVIEW_USERS;

let harness: Harness;

beforeEach(() => {
  harness = makeHarness(reviewer);
});

afterEach(() => harness.layer.close());

const platform = () => harness.layer.platform;

test('the vendor picker lists Accounts by name; the reviewer picker the users who may review', async () => {
  await harness.layer.createVendor('Globex');
  await harness.layer.createVendor('Acme Cloud Co.');
  const vendors = (await platform()['lightningRecordPicker.search']({
    objectApiName: 'Account',
    filter: null
  })) as { name: string }[];
  expect(vendors.map((vendor) => vendor.name)).toEqual(['Acme Cloud Co.', 'Globex']);
  const users = (await platform()['lightningRecordPicker.search']({
    objectApiName: 'User'
  })) as { id: string }[];
  expect(users.map((user) => user.id)).toEqual([admin.id, reviewer.id, otherReviewer.id]);
});

test('only the admin may create a vendor Account; the new one can be imported under', async () => {
  const info = async () =>
    (await platform()['uiObjectInfoApi.getObjectInfo']({ objectApiName: 'Account' })) as {
      createable: boolean;
    };
  expect((await info()).createable).toBe(false);
  const refused = await failureOf(
    platform()['uiRecordApi.createRecord']({ apiName: 'Account', fields: { Name: 'New Co.' } })
  );
  expect(refused.body.message).toContain("You don't have access to create this record.");

  harness.switchTo(admin);
  expect((await info()).createable).toBe(true);
  const created = (await platform()['uiRecordApi.createRecord']({
    apiName: 'Account',
    fields: { Name: ' New Co. ' }
  })) as RecordRepresentation;
  expect(created).toMatchObject({ apiName: 'Account', fields: { Name: { value: 'New Co.' } } });
  expect(created.id).toMatch(/^001/);
  harness.switchTo(reviewer);
  const summary = await stagedImport(
    harness.layer.implementations,
    sheetHeader(created.id),
    sheetItems(1)
  );
  expect(summary.vendorName).toBe('New Co.');
});

test('Checksheet__c permissions follow the permission sets', async () => {
  const info = async () =>
    platform()['uiObjectInfoApi.getObjectInfo']({ objectApiName: 'Checksheet__c' });
  expect(await info()).toEqual({
    apiName: 'Checksheet__c',
    createable: true,
    updateable: true,
    deletable: false
  });
  harness.switchTo(viewer);
  expect(await info()).toMatchObject({ createable: false, updateable: false });
  harness.switchTo(admin);
  expect(await info()).toMatchObject({ deletable: true });
});

test('getRecord reads header fields of a checksheet, its vendor and its reviewer', async () => {
  const vendor = await harness.layer.createVendor('Acme Cloud Co.');
  const summary: ChecksheetSummary = await stagedImport(
    harness.layer.implementations,
    sheetHeader(vendor.id),
    sheetItems(3)
  );
  const record = (await platform()['uiRecordApi.getRecord']({
    recordId: summary.id,
    fields: ['Checksheet__c.Name', 'Checksheet__c.Review_Status__c', 'Checksheet__c.Coverage__c'],
    optionalFields: ['Checksheet__c.Nothing__c', 'Account.Name']
  })) as RecordRepresentation;
  expect(record).toEqual({
    id: summary.id,
    apiName: 'Checksheet__c',
    fields: {
      Name: { value: 'Acme Cloud checksheet', displayValue: null },
      Review_Status__c: { value: 'Received', displayValue: null },
      Coverage__c: { value: 33.3, displayValue: null }
    }
  });
  const account = (await platform()['uiRecordApi.getRecord']({
    recordId: vendor.id,
    fields: ['Account.Name']
  })) as RecordRepresentation;
  expect(account.fields.Name.value).toBe('Acme Cloud Co.');
  const user = (await platform()['uiRecordApi.getRecord']({
    recordId: reviewer.id,
    fields: ['User.Name']
  })) as RecordRepresentation;
  expect(user.fields.Name.value).toBe(reviewer.name);
  const unknown = await failureOf(
    platform()['uiRecordApi.getRecord']({ recordId: summary.id, fields: ['Checksheet__c.Nope__c'] })
  );
  expect(unknown.body.message).toContain("No such column 'Nope__c' on Checksheet__c");
});

test('review status picklist values with their labels in the user’s language', async () => {
  harness.setLanguage('ja');
  const picklist = (await platform()['uiObjectInfoApi.getPicklistValues']({
    recordTypeId: '012000000000000AAA',
    fieldApiName: 'Checksheet__c.Review_Status__c'
  })) as { values: { value: string; label: string }[] };
  expect(picklist.values[1]).toEqual({ value: 'In_Review', label: 'レビュー中' });
  expect(picklist.values).toHaveLength(5);
});
