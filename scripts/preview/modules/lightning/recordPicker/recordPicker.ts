/**
 * `lightning-record-picker` in the preview (the OSS base components do not have it): a
 * `lightning-combobox` over the records the data layer offers for `objectApiName`
 * (`lightningRecordPicker.search` with `{ objectApiName, filter }`, answering
 * `[{ id, name }]` — Accounts for the vendor, Users for the reviewer). Fires `change` with
 * `detail.recordId` like the platform's picker; the combobox's own `change` (bubbling and
 * composed) is stopped here so the parent sees only this one.
 */
import { LightningElement, api } from 'lwc';
import { callApex } from '../../../platform/apexRegistry';
import { previewText } from '../../../platform/session';

interface PickerRecord {
  id: string;
  name: string;
}

interface ComboboxOption {
  label: string;
  value: string;
}

function messageOf(error: unknown): string {
  const body = (error as { body?: { message?: string } })?.body;
  if (body?.message) return body.message;
  return error instanceof Error ? error.message : String(error);
}

export default class RecordPicker extends LightningElement {
  @api label = '';
  @api name = '';
  @api placeholder: string | undefined;
  @api required = false;
  @api disabled = false;
  @api variant: string | undefined;
  @api fieldLevelHelp: string | undefined;
  @api messageWhenValueMissing: string | undefined;
  @api displayInfo: unknown;
  @api matchingInfo: unknown;

  options: ComboboxOption[] = [];
  errorMessage = '';
  loading = false;
  private selected: string | null = null;
  private objectName: string | undefined;
  private filterValue: unknown;

  @api
  get objectApiName(): string | undefined {
    return this.objectName;
  }
  set objectApiName(value: string | undefined) {
    this.objectName = value;
    if (this.isConnected) void this.load();
  }

  @api
  get filter(): unknown {
    return this.filterValue;
  }
  set filter(value: unknown) {
    this.filterValue = value;
    if (this.isConnected) void this.load();
  }

  @api
  get value(): string | null {
    return this.selected;
  }
  set value(recordId: string | null) {
    this.selected = recordId ?? null;
  }

  @api
  clearSelection(): void {
    this.selected = null;
  }

  @api
  checkValidity(): boolean {
    return this.combobox()?.checkValidity() ?? true;
  }

  @api
  reportValidity(): boolean {
    return this.combobox()?.reportValidity() ?? true;
  }

  @api
  focus(): void {
    this.combobox()?.focus();
  }

  override connectedCallback(): void {
    void this.load();
  }

  get isDisabled(): boolean {
    return this.disabled || this.loading;
  }

  get comboboxVariant(): string {
    return this.variant === 'label-hidden' ? 'label-hidden' : 'standard';
  }

  get placeholderText(): string {
    return this.placeholder ?? previewText({ en: 'Search…', ja: '検索…' });
  }

  private combobox():
    | (HTMLElement & {
        checkValidity(): boolean;
        reportValidity(): boolean;
      })
    | null {
    return this.template?.querySelector('lightning-combobox') ?? null;
  }

  private async load(): Promise<void> {
    if (!this.objectName) return;
    this.loading = true;
    this.errorMessage = '';
    try {
      const records = (await callApex('lightningRecordPicker.search', {
        objectApiName: this.objectName,
        filter: this.filterValue ?? null
      })) as PickerRecord[];
      this.options = records.map((record) => ({ label: record.name, value: record.id }));
    } catch (error) {
      this.options = [];
      this.errorMessage = messageOf(error);
    } finally {
      this.loading = false;
    }
  }

  handleChange(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.selected = event.detail.value || null;
    this.dispatchEvent(new CustomEvent('change', { detail: { recordId: this.selected } }));
  }
}
