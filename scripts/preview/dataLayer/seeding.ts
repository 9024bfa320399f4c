/**
 * The preview's first-start data: the project's sample documents (data/samples, made-up
 * vendors) imported through the real path — parsed by c/checksheetParser, mapped by
 * c/checksheetRecords (toImportHeader, toImportItems), saved with beginImport / appendItems /
 * finishImport — then moved through a few review steps, so that every page (home lists, due for
 * review, a superseded version, follow-ups) has something to show. The preview bundles the samples as text and passes them in.
 */
import { chunkItems } from 'c/checksheetApi';
import { parseChecksheet } from 'c/checksheetParser';
import { toImportHeader, toImportItems } from 'c/checksheetRecords';
import type { ReviewStatusValue, VerdictValue } from 'c/checksheetSchema';
import { sha256Hex } from 'c/checksheetText';
import { addDays } from './clock';
import type { ApexImplementations, DataLayer } from './dataLayer';
import type { PreviewUserKey } from './directory';
import { PREVIEW_USERS, SAMPLE_VENDOR_NAMES } from './directory';
import type { ChecksheetSummary, ImportHeader, ImportItem, ImportProgress, ItemPage } from './dtos';
import type { AccountRecord } from './records';
import { APPROVED, APPROVED_WITH_CONDITIONS, IN_REVIEW } from './vocabulary';

/** A sample document as the preview bundles it. */
export interface SampleFile {
  fileName: string;
  text: string;
}

/** What happens to a sample after its import; dates are days from today. */
interface SamplePlan {
  vendor: keyof typeof SAMPLE_VENDOR_NAMES;
  serviceName: string;
  importer: PreviewUserKey;
  reviewer: PreviewUserKey;
  issuedDaysAgo: number;
  receivedDaysAgo: number;
  /** Review steps after In_Review, with the next review date they set (days from today). */
  decision?: { status: ReviewStatusValue; nextReviewInDays: number };
  inReview?: boolean;
  /** Item numbers given a verdict, and one given a follow-up Task. */
  verdicts?: Record<string, VerdictValue>;
  followUp?: string;
}

const SAMPLE_PLANS: Readonly<Record<string, SamplePlan>> = {
  'acme-cloud-meti-v1.txt': {
    vendor: 'acme',
    serviceName: 'Acme Cloud',
    importer: 'reviewer',
    reviewer: 'reviewer',
    issuedDaysAgo: 420,
    receivedDaysAgo: 410,
    decision: { status: APPROVED, nextReviewInDays: -45 }
  },
  'acme-cloud-meti-v2.txt': {
    vendor: 'acme',
    serviceName: 'Acme Cloud',
    importer: 'reviewer',
    reviewer: 'reviewer',
    issuedDaysAgo: 40,
    receivedDaysAgo: 35,
    inReview: true,
    verdicts: { '1-1': 'Acceptable', '1-2': 'Acceptable' },
    followUp: '11-3'
  },
  'acme-whitepaper.txt': {
    vendor: 'acme',
    serviceName: 'Acme Cloud Security White Paper',
    importer: 'reviewer',
    reviewer: 'reviewer',
    issuedDaysAgo: 380,
    receivedDaysAgo: 370,
    decision: { status: APPROVED_WITH_CONDITIONS, nextReviewInDays: -5 }
  },
  'globex-meti.txt': {
    vendor: 'globex',
    serviceName: 'Globex 勤怠クラウド',
    importer: 'reviewer',
    reviewer: 'reviewer',
    issuedDaysAgo: 345,
    receivedDaysAgo: 340,
    decision: { status: APPROVED, nextReviewInDays: 20 }
  },
  'initech-caiq.csv': {
    vendor: 'initech',
    serviceName: 'Initech Workspace',
    importer: 'admin',
    reviewer: 'otherReviewer',
    issuedDaysAgo: 12,
    receivedDaysAgo: 10
  },
  'harukaze-questionnaire.md': {
    vendor: 'harukaze',
    serviceName: 'ハルカゼ帳票',
    importer: 'reviewer',
    reviewer: 'reviewer',
    issuedDaysAgo: 90,
    receivedDaysAgo: 85
  },
  'willowbrook-caiq-v3.csv': {
    vendor: 'willowbrook',
    serviceName: 'Willowbrook Insights',
    importer: 'reviewer',
    reviewer: 'reviewer',
    issuedDaysAgo: 150,
    receivedDaysAgo: 140
  }
};

/** A document nobody planned for: imported under the scenario vendor, left as received. */
const DEFAULT_PLAN: SamplePlan = {
  vendor: 'scenarioVendor',
  serviceName: '',
  importer: 'reviewer',
  reviewer: 'reviewer',
  issuedDaysAgo: 1,
  receivedDaysAgo: 0
};

/**
 * begin → appendItems per chunk (c/checksheetApi's chunkItems, the wizard's bounds) → finish, as
 * the running user, straight into the layer: the seeding runs before the preview's registry answers
 * calls, so it cannot go through importParsedChecksheet's `@salesforce/apex` imports.
 */
async function stagedImport(
  apex: ApexImplementations,
  header: ImportHeader,
  items: readonly ImportItem[]
): Promise<ChecksheetSummary> {
  const begun = (await apex['ChecksheetImportController.beginImport']({
    header
  })) as ImportProgress;
  try {
    for (const chunk of chunkItems(items)) {
      await apex['ChecksheetImportController.appendItems']({
        checksheetId: begun.checksheetId,
        items: chunk
      });
    }
    return (await apex['ChecksheetImportController.finishImport']({
      checksheetId: begun.checksheetId
    })) as ChecksheetSummary;
  } catch (error) {
    await apex['ChecksheetImportController.abandonImport']({ checksheetId: begun.checksheetId });
    throw error;
  }
}

async function reviewSample(
  apex: ApexImplementations,
  layer: DataLayer,
  summary: ChecksheetSummary,
  plan: SamplePlan
): Promise<void> {
  const setStatus = apex['ChecksheetReviewController.setReviewStatus'];
  if (plan.inReview || plan.decision) {
    await setStatus({ checksheetId: summary.id, reviewStatus: IN_REVIEW });
  }
  if (plan.decision) {
    await setStatus({
      checksheetId: summary.id,
      reviewStatus: plan.decision.status,
      nextReviewOn: addDays(layer.today(), plan.decision.nextReviewInDays)
    });
  }
  if (plan.verdicts === undefined && plan.followUp === undefined) return;
  const page = (await apex['ChecksheetReadController.getItemPage']({
    checksheetId: summary.id
  })) as ItemPage;
  const idOf = (itemNumber: string): string | undefined =>
    page.items.find((item) => item.itemNumber === itemNumber)?.id;
  const changes = Object.entries(plan.verdicts ?? {}).flatMap(([itemNumber, verdict]) => {
    const itemId = idOf(itemNumber);
    return itemId === undefined ? [] : [{ itemId, verdict, comment: null }];
  });
  if (changes.length > 0) {
    await apex['ChecksheetReviewController.saveVerdicts']({ changes });
  }
  const followUpId = plan.followUp === undefined ? undefined : idOf(plan.followUp);
  if (followUpId !== undefined) {
    await apex['ChecksheetReviewController.createFollowUps']({
      itemIds: [followUpId],
      dueDate: addDays(layer.today(), 14)
    });
  }
}

/** Imports the sample documents, each as its plan says; returns the checksheets made. */
export async function seedSampleData(
  layer: DataLayer,
  samples: readonly SampleFile[]
): Promise<ChecksheetSummary[]> {
  const vendors = new Map((await layer.vendors()).map((vendor) => [vendor.name, vendor]));
  const vendorFor = async (name: string): Promise<AccountRecord> =>
    vendors.get(name) ?? (await layer.createVendor(name));
  const made: ChecksheetSummary[] = [];
  // Oldest first, so that each version supersedes the one before it as it would in the org.
  const planned = samples
    .map((sample) => ({ sample, plan: SAMPLE_PLANS[sample.fileName] ?? DEFAULT_PLAN }))
    .sort((a, b) => b.plan.issuedDaysAgo - a.plan.issuedDaysAgo);
  for (const { sample, plan } of planned) {
    const parsed = parseChecksheet({ fileName: sample.fileName, text: sample.text });
    const vendor = await vendorFor(SAMPLE_VENDOR_NAMES[plan.vendor]);
    const { header } = toImportHeader(parsed, {
      vendorId: vendor.id,
      reviewerId: PREVIEW_USERS[plan.reviewer].id,
      serviceName: plan.serviceName || parsed.title,
      issuedOn: addDays(layer.today(), -plan.issuedDaysAgo),
      receivedOn: addDays(layer.today(), -plan.receivedDaysAgo),
      sourceFileHash: sha256Hex(new TextEncoder().encode(sample.text))
    });
    const { items } = toImportItems(parsed);
    const apex = layer.as(PREVIEW_USERS[plan.importer]);
    const summary = await stagedImport(apex, header, items);
    await reviewSample(layer.as(PREVIEW_USERS[plan.reviewer]), layer, summary, plan);
    made.push(summary);
  }
  return made;
}

/** The "reset data" control: empties the database and seeds it again. */
export async function resetSampleData(
  layer: DataLayer,
  samples: readonly SampleFile[]
): Promise<ChecksheetSummary[]> {
  await layer.clear();
  return seedSampleData(layer, samples);
}
