import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { loadScript } from 'lightning/platformResourceLoader';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { createRecord } from 'lightning/uiRecordApi';
import ACCOUNT_OBJECT from '@salesforce/schema/Account';
import CHECKSHEET_OBJECT from '@salesforce/schema/Checksheet__c';
import SHEETJS from '@salesforce/resourceUrl/sheetjs';
import USER_ID from '@salesforce/user/Id';
import type {
  ChecksheetSummary,
  ImportProgressEvent,
  ImportResult,
  WiredResult
} from 'c/checksheetApi';
import {
  findDuplicateImportsAdapter,
  importParsedChecksheet,
  toChecksheetApiError
} from 'c/checksheetApi';
import type { ColumnRole, ColumnRoleOverride, ParsedChecksheet } from 'c/checksheetModel';
import { ChecksheetReadError } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import { frameworkFor, toImportHeader, toImportItems } from 'c/checksheetRecords';
import type { FrameworkValue } from 'c/checksheetSchema';
import { sha256Hex } from 'c/checksheetText';
import { LABELS, formatLabel, readErrorText } from 'c/checksheetLabels';
import { generateUrl, navigate, recordPage } from 'c/checksheetNavigation';
import type { WizardEvent, WizardStep } from './importFlow';
import { nextStep } from './importFlow';
import type { ReadDocument } from './documentSource';
import {
  ACCEPTED_FILES,
  fileDocument,
  isLegacyWorkbook,
  legacyAsXlsx,
  needsSpreadsheet,
  pasteDocument,
  spreadsheetGlobal
} from './documentSource';
import type { HeaderForm } from './wizardView';
import {
  detectedText,
  failureText,
  findingRows,
  formFromDocument,
  frameworkOptions,
  isoDay,
  lineAccountingText,
  previewItems,
  progressPercent,
  roleOptions,
  sheetRows,
  sourceWarningText,
  tableViews,
  withColumnRole
} from './wizardView';

type FormField = keyof HeaderForm;

/** What `getObjectInfo` answers that the wizard reads. */
interface ObjectAccess {
  apiName: string;
  createable: boolean;
}

/**
 * The import wizard: choose, drop or paste a document, see exactly what was read (items, line
 * accounting, findings, column roles, sheets), fill in the checksheet's details and import it
 * through the staged import. A thin front: the steps are `./importFlow`, what it shows
 * `./wizardView`, the reading `./documentSource`, the saving `c/checksheetApi`.
 */
export default class ChecksheetImportWizard extends NavigationMixin(LightningElement) {
  /** On an Account (record page or quick action): the vendor, filled in. */
  @api recordId?: string;

  labels = LABELS;
  accept = ACCEPTED_FILES;
  step: WizardStep = 'idle';
  readError = '';
  pasteText = '';
  parsed?: ParsedChecksheet;
  overrides: ColumnRoleOverride[] = [];
  form: HeaderForm = emptyForm('', USER_ID);
  sourceHash?: string;
  progress = { done: 0, total: 0 };
  failure = '';
  result?: ImportResult;
  resultUrl = '';
  canCreateVendor = false;
  /** The user's access does not allow importing (they may still read a document). */
  cannotImport = false;
  newVendorName = '';
  vendorMessage = '';
  duplicates: (ChecksheetSummary & { url: string })[] = [];
  dragging = false;
  sourceUploaded = false;

  private document?: ReadDocument;
  private spreadsheet?: Promise<unknown>;

  override connectedCallback(): void {
    if (this.recordId && this.form.vendorId === '')
      this.form = { ...this.form, vendorId: this.recordId };
  }

  @wire(getObjectInfo, { objectApiName: ACCOUNT_OBJECT })
  wiredAccountInfo({ data }: WiredResult<ObjectAccess>): void {
    if (data?.apiName === ACCOUNT_OBJECT.objectApiName) this.canCreateVendor = data.createable;
  }

  /**
   * Whether the user may create checksheets (the permission set's object access, as Lightning
   * Data Service reports it). Until it is known the wizard assumes yes; the server refuses anyway.
   */
  @wire(getObjectInfo, { objectApiName: CHECKSHEET_OBJECT })
  wiredChecksheetInfo({ data }: WiredResult<ObjectAccess>): void {
    if (data?.apiName === CHECKSHEET_OBJECT.objectApiName) this.cannotImport = !data.createable;
  }

  @wire(findDuplicateImportsAdapter, { vendorId: '$vendorId', sourceFileHash: '$sourceHash' })
  wiredDuplicates({ data }: WiredResult<ChecksheetSummary[]>): void {
    this.fillDuplicates(data ?? []);
  }

  /** The vendor for the duplicate check: undefined (no call) until one is chosen. */
  get vendorId(): string | undefined {
    return this.form.vendorId || undefined;
  }

  // ---- steps ----
  get isIdle(): boolean {
    return this.step === 'idle';
  }
  get isReading(): boolean {
    return this.step === 'reading';
  }
  get showPreview(): boolean {
    return this.step === 'preview' || this.step === 'failed';
  }
  get isSaving(): boolean {
    return this.step === 'saving';
  }
  get isDone(): boolean {
    return this.step === 'done';
  }
  get isFailed(): boolean {
    return this.step === 'failed';
  }
  get hasReadError(): boolean {
    return this.readError !== '';
  }

  // ---- preview ----
  get detected(): string {
    return this.parsed ? detectedText(this.parsed) : '';
  }
  get lineAccounting(): string {
    return this.parsed ? lineAccountingText(this.parsed.lines) : '';
  }
  get findings() {
    return findingRows(this.parsed?.diagnostics ?? []);
  }
  get hasFindings(): boolean {
    return this.findings.length > 0;
  }
  get tables() {
    return tableViews(this.parsed?.tables);
  }
  get hasTables(): boolean {
    return this.tables.length > 0;
  }
  get sheets() {
    return this.parsed ? sheetRows(this.parsed) : [];
  }
  /** Only a workbook has sheets (text, CSV and TSV tables have none). */
  get hasSheets(): boolean {
    return this.sheets.length > 0;
  }
  get roleOptions() {
    return roleOptions();
  }
  get frameworkOptions() {
    return frameworkOptions();
  }
  get mappedItems() {
    return toImportItems(this.parsed ?? { items: [] });
  }
  get items() {
    return previewItems(this.mappedItems.items);
  }
  get cutValuesText(): string {
    const count = this.mappedItems.warnings.length;
    return count > 0 ? formatLabel(LABELS.Wizard_Cut_Values, count) : '';
  }
  get readingText(): string {
    return formatLabel(LABELS.Import_Reading, this.document?.fileName ?? '');
  }

  // ---- form ----
  get vendorMissing(): boolean {
    return this.form.vendorId === '';
  }
  get importDisabled(): boolean {
    return this.cannotImport || this.vendorMissing || this.form.name.trim() === '';
  }
  get hasDuplicates(): boolean {
    return this.duplicates.length > 0;
  }
  get showAskAdmin(): boolean {
    return !this.canCreateVendor;
  }
  get createVendorDisabled(): boolean {
    return this.newVendorName.trim() === '';
  }

  // ---- saving and done ----
  get progressValue(): number {
    return progressPercent(this.progress);
  }
  get savingText(): string {
    return formatLabel(LABELS.Wizard_Saving, this.parsed?.items.length ?? 0);
  }
  get doneText(): string {
    const checksheet = this.result?.checksheet;
    return formatLabel(
      LABELS.Import_Success,
      this.parsed?.items.length ?? 0,
      checksheet?.name ?? ''
    );
  }
  get sourceNotAttached(): boolean {
    return this.result !== undefined && !this.result.sourceAttached && !this.sourceUploaded;
  }
  get sourceWarning(): string {
    const warning = this.result?.warnings[0];
    return warning ? sourceWarningText(warning) : '';
  }
  get newRecordId(): string {
    return this.result?.checksheet.id ?? '';
  }

  // ---- handlers: choosing a document ----
  handleFileChange(event: Event): void {
    const files =
      (event as CustomEvent<{ files?: FileList }>).detail?.files ??
      (event.target as HTMLInputElement).files;
    const file = files?.[0];
    if (file) this.readFile(file);
  }

  handleDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  handleDragLeave(): void {
    this.dragging = false;
  }

  handleDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file) this.readFile(file);
  }

  handlePasteChange(event: CustomEvent<{ value: string }>): void {
    this.pasteText = event.detail.value ?? '';
  }

  handleReadPaste(): void {
    if (this.pasteText.trim() === '') return;
    this.startReading(Promise.resolve(pasteDocument(this.pasteText)));
  }

  handleRoleChange(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    const target = event.target as HTMLElement;
    this.overrides = withColumnRole(this.overrides, this.parsed?.tables, {
      sheet: target.dataset.sheet ?? '',
      column: Number(target.dataset.column),
      role: event.detail.value as ColumnRole
    });
    if (this.document && this.go('read')) this.parseDocument(this.document);
  }

  handleStartOver(): void {
    if (!this.go('reset')) return;
    this.parsed = undefined;
    this.document = undefined;
    this.overrides = [];
    this.sourceHash = undefined;
    this.failure = '';
    this.result = undefined;
    this.readError = '';
    this.sourceUploaded = false;
    this.form = emptyForm(this.recordId ?? '', USER_ID);
  }

  // ---- handlers: the form ----
  handleField(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    const field = (event.target as HTMLElement).dataset.field as FormField;
    this.form = { ...this.form, [field]: event.detail.value ?? '' } as HeaderForm;
  }

  handleFramework(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.form = { ...this.form, framework: event.detail.value as FrameworkValue };
  }

  handleVendor(event: CustomEvent<{ recordId: string | null }>): void {
    this.form = { ...this.form, vendorId: event.detail.recordId ?? '' };
  }

  handleReviewer(event: CustomEvent<{ recordId: string | null }>): void {
    this.form = { ...this.form, reviewerId: event.detail.recordId ?? '' };
  }

  handleNewVendorName(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.newVendorName = event.detail.value ?? '';
  }

  async handleCreateVendor(): Promise<void> {
    const name = this.newVendorName.trim();
    if (name === '') return;
    try {
      const account = await createRecord({
        apiName: ACCOUNT_OBJECT.objectApiName,
        fields: { Name: name }
      });
      this.form = { ...this.form, vendorId: account.id };
      this.newVendorName = '';
      this.vendorMessage = formatLabel(LABELS.Wizard_Vendor_Created, name);
    } catch (error) {
      this.vendorMessage = formatLabel(
        LABELS.Wizard_Vendor_Not_Created,
        toChecksheetApiError(error).message
      );
    }
  }

  // ---- handlers: saving ----
  async handleImport(): Promise<void> {
    const parsed = this.parsed;
    const document = this.document;
    if (!parsed || !document || this.importDisabled || !this.go('save')) return;
    this.failure = '';
    this.progress = { done: 0, total: 0 };
    const { header } = toImportHeader(parsed, {
      vendorId: this.form.vendorId,
      reviewerId: this.form.reviewerId || null,
      checksheetName: this.form.name,
      serviceName: this.form.serviceName,
      framework: this.form.framework,
      documentVersion: this.form.documentVersion,
      issuedOn: this.form.issuedOn || null,
      receivedOn: this.form.receivedOn || null,
      sourceFileHash: this.sourceHash ?? ''
    });
    try {
      const result = await importParsedChecksheet(
        {
          parsed,
          header: { ...header, sourceFileName: header.sourceFileName || document.fileName },
          items: this.mappedItems.items,
          sourceBytes: document.bytes,
          sourceFileName: document.fileName
        },
        {
          onProgress: (event: ImportProgressEvent) =>
            (this.progress = { done: event.done, total: event.total })
        }
      );
      this.result = result;
      this.go('saved');
      this.dispatchEvent(
        new ShowToastEvent({
          title: LABELS.Wizard_Saved_Title,
          message: this.doneText,
          variant: 'success'
        })
      );
      this.dispatchEvent(
        new CustomEvent('imported', { detail: { checksheetId: result.checksheet.id } })
      );
      this.resultUrl = await generateUrl(this, recordPage(result.checksheet.id));
      // With the source kept, the reviewer lands on the new record; else the done screen offers the upload.
      if (result.sourceAttached) navigate(this, recordPage(result.checksheet.id));
    } catch (error) {
      this.failure = failureText(toChecksheetApiError(error));
      this.go('saveFailed');
    }
  }

  handleOpenRecord(): void {
    if (this.newRecordId) navigate(this, recordPage(this.newRecordId));
  }

  handleUploadFinished(): void {
    this.sourceUploaded = true;
  }

  // ---- reading ----
  private readFile(file: File): void {
    this.startReading(fileDocument(file));
  }

  private async startReading(reading: Promise<ReadDocument>): Promise<void> {
    if (!this.go('read')) return;
    this.readError = '';
    this.overrides = [];
    try {
      const document = await reading;
      this.document = document;
      this.sourceHash = sha256Hex(document.bytes);
      await this.parseDocument(document, true);
    } catch (error) {
      this.readError = readErrorText(asReadError(error));
      this.go('readFailed');
    }
  }

  /** Parses (again) with the current column roles; `fresh` refills the form from the document. */
  private async parseDocument(document: ReadDocument, fresh = false): Promise<void> {
    try {
      const spreadsheet = needsSpreadsheet(document.bytes)
        ? await this.loadSpreadsheet()
        : undefined;
      const source =
        spreadsheet && isLegacyWorkbook(document.bytes)
          ? { fileName: document.fileName, bytes: legacyAsXlsx(spreadsheet, document.bytes) }
          : document.source;
      const parsed = parseChecksheet(source, { spreadsheet, columnRoles: this.overrides });
      this.parsed = parsed;
      if (fresh) {
        this.form = formFromDocument(parsed, frameworkFor(parsed.format), isoDay(new Date()), {
          vendorId: this.form.vendorId || this.recordId || '',
          reviewerId: this.form.reviewerId
        });
      }
      this.go('parsed');
    } catch (error) {
      if (!fresh) {
        this.readError = readErrorText(asReadError(error));
        this.go('readFailed');
        return;
      }
      throw error;
    }
  }

  private async loadSpreadsheet() {
    this.spreadsheet ??= loadScript(this, SHEETJS);
    await this.spreadsheet;
    return spreadsheetGlobal(window);
  }

  private go(event: WizardEvent): boolean {
    const next = nextStep(this.step, event);
    if (next === undefined) return false;
    this.step = next;
    return true;
  }

  private async fillDuplicates(found: ChecksheetSummary[]): Promise<void> {
    const withUrls = await Promise.all(
      found.map(async (summary) => ({
        ...summary,
        url: await generateUrl(this, recordPage(summary.id))
      }))
    );
    this.duplicates = withUrls;
  }
}

function emptyForm(vendorId: string, reviewerId: string): HeaderForm {
  return {
    name: '',
    vendorId,
    reviewerId,
    serviceName: '',
    framework: 'Custom',
    documentVersion: '',
    issuedOn: '',
    receivedOn: ''
  };
}

/** Any failure while reading, as a read error the labels can word. */
function asReadError(error: unknown): ChecksheetReadError {
  if (error instanceof ChecksheetReadError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ChecksheetReadError('', reason, 0, 'unreadable', { reason });
}
