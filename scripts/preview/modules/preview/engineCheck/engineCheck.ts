/**
 * A preview-only page (`/preview/engine`) that proves the package's engine runs in the browser:
 * it fetches a sample document from `data/samples/` (served by the preview server), reads it
 * with `c/checksheetParser` exactly as a component would, shows the item count through the
 * package's own `c.Items_Count` label, then writes the items into an .xlsx with the SheetJS static
 * resource (loaded by `lightning/platformResourceLoader`) and reads that workbook back.
 */
import { LightningElement } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import sheetjs from '@salesforce/resourceUrl/sheetjs';
import itemsCount from '@salesforce/label/c.Items_Count';
import loadingLabel from '@salesforce/label/c.Loading';
import { parseChecksheet } from 'c/checksheetParser';
import type { ParsedChecksheet, SpreadsheetLibrary } from 'c/checksheetModel';
import { previewText } from '../../../platform/session';

const SAMPLES = [
  'acme-cloud-meti-v1.txt',
  'acme-cloud-meti-v2.txt',
  'globex-meti.txt',
  'acme-whitepaper.txt',
  'initech-caiq.csv'
];

const ROW_LIMIT = 20;

function format(label: string, ...values: unknown[]): string {
  return label.replace(/\{(\d+)\}/g, (_, index: string) => String(values[Number(index)] ?? ''));
}

/** The items written as a METI sheet (項番 / 確認事項 / 実施有無 / 備考) into an .xlsx. */
function toWorkbook(parsed: ParsedChecksheet, xlsx: SpreadsheetLibrary): Uint8Array {
  const rows: unknown[][] = [['項番', '確認事項', '実施有無', '備考']];
  for (const item of parsed.items) {
    rows.push([item.number, item.question, item.mark, item.answer]);
  }
  const book = xlsx.utils.book_new();
  xlsx.utils.book_append_sheet(book, xlsx.utils.aoa_to_sheet(rows), 'Checksheet');
  return new Uint8Array(xlsx.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

export default class EngineCheck extends LightningElement {
  cardTitle = previewText({
    en: 'Engine check (preview only)',
    ja: 'エンジン確認（プレビュー専用）'
  });
  intro = previewText({
    en: 'Reads a sample document from data/samples with the package’s own parser, in this browser.',
    ja: 'data/samples のサンプル文書を、パッケージのパーサーでこのブラウザー内で読み取ります。'
  });
  sampleLabel = previewText({ en: 'Sample document', ja: 'サンプル文書' });
  formatLabel = previewText({ en: 'Format', ja: '形式' });
  itemsLabel = previewText({ en: 'Items read', ja: '読み取った項目' });
  workbookLabel = previewText({ en: 'Read back from .xlsx', ja: '.xlsx から再読み取り' });
  loadingText = loadingLabel;
  sampleOptions = SAMPLES.map((name) => ({ label: name, value: name }));
  sample = SAMPLES[0];
  loading = false;
  errorMessage = '';
  result: ParsedChecksheet | undefined;
  workbookItems: number | undefined;

  columns = [
    { label: previewText({ en: 'No.', ja: '項番' }), fieldName: 'itemNumber', initialWidth: 90 },
    { label: previewText({ en: 'Section', ja: 'セクション' }), fieldName: 'section' },
    {
      label: previewText({ en: 'Question', ja: '確認事項' }),
      fieldName: 'question',
      wrapText: true
    },
    { label: previewText({ en: 'Status', ja: '状態' }), fieldName: 'status', initialWidth: 140 }
  ];

  override connectedCallback(): void {
    void this.read();
  }

  get itemCountText(): string {
    return format(itemsCount, this.result?.items.length ?? 0);
  }

  get workbookCountText(): string {
    return this.workbookItems === undefined ? '…' : format(itemsCount, this.workbookItems);
  }

  get rows() {
    return (this.result?.items ?? []).slice(0, ROW_LIMIT).map((item, index) => ({
      key: String(index),
      itemNumber: item.number,
      section: item.section,
      question: item.question,
      status: item.status
    }));
  }

  handleSampleChange(event: CustomEvent<{ value: string }>): void {
    this.sample = event.detail.value;
    void this.read();
  }

  private async read(): Promise<void> {
    this.loading = true;
    this.errorMessage = '';
    this.workbookItems = undefined;
    try {
      const response = await fetch(`/samples/${encodeURIComponent(this.sample)}`);
      if (!response.ok) throw new Error(`${this.sample}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      this.result = parseChecksheet({ fileName: this.sample, bytes });
      await loadScript(this, sheetjs);
      const xlsx = (globalThis as unknown as { XLSX: SpreadsheetLibrary }).XLSX;
      const workbook = parseChecksheet(
        { fileName: this.sample.replace(/\.\w+$/, '.xlsx'), bytes: toWorkbook(this.result, xlsx) },
        { spreadsheet: xlsx }
      );
      this.workbookItems = workbook.items.length;
    } catch (error) {
      this.result = undefined;
      this.errorMessage = error instanceof Error ? error.message : String(error);
    } finally {
      this.loading = false;
    }
  }
}
