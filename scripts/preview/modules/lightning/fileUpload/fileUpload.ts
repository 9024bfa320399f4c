/**
 * `lightning-file-upload` in the preview (the OSS base components do not have it). A file input
 * with a drop zone, as in SLDS; each chosen file is handed to the data layer through the
 * registry (`lightningFileUpload.uploadFile` with `{ recordId, fileName, mimeType, base64Data }`,
 * answering `{ documentId, contentVersionId }`), then `uploadfinished` fires with the platform's
 * `detail.files` shape. A refusal is shown under the control.
 */
import { LightningElement, api } from 'lwc';
import { callApex } from '../../../platform/apexRegistry';
import { previewText } from '../../../platform/session';

interface UploadedFile {
  name: string;
  documentId: string;
  contentVersionId: string;
  mimeType: string;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

function messageOf(error: unknown): string {
  const body = (error as { body?: { message?: string } })?.body;
  if (body?.message) return body.message;
  return error instanceof Error ? error.message : String(error);
}

export default class FileUpload extends LightningElement {
  @api label = '';
  @api name = '';
  @api recordId: string | undefined;
  @api accept: string | string[] | undefined;
  @api multiple = false;
  @api disabled = false;
  @api fileFieldName: string | undefined;
  @api fileFieldValue: string | undefined;

  uploading = false;
  errorMessage = '';
  dragging = false;

  buttonText = previewText({ en: 'Upload Files', ja: 'ファイルをアップロード' });
  dropText = previewText({ en: 'Or drop files', ja: 'またはファイルをドロップ' });
  uploadingText = previewText({ en: 'Uploading…', ja: 'アップロード中…' });

  get acceptList(): string | undefined {
    return Array.isArray(this.accept) ? this.accept.join(',') : this.accept;
  }

  get dropzoneClass(): string {
    return `slds-file-selector__dropzone${this.dragging ? ' slds-has-drag-over' : ''}`;
  }

  handleDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = !this.disabled;
  }

  handleDragLeave(): void {
    this.dragging = false;
  }

  handleDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    if (!this.disabled) void this.upload([...(event.dataTransfer?.files ?? [])]);
  }

  handleChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.upload(files);
  }

  private async upload(files: File[]): Promise<void> {
    const chosen = this.multiple ? files : files.slice(0, 1);
    if (chosen.length === 0) return;
    this.uploading = true;
    this.errorMessage = '';
    try {
      const uploaded: UploadedFile[] = [];
      for (const file of chosen) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const answer = (await callApex('lightningFileUpload.uploadFile', {
          recordId: this.recordId ?? null,
          fileName: file.name,
          mimeType: file.type,
          base64Data: base64Of(bytes),
          fileFieldName: this.fileFieldName ?? null,
          fileFieldValue: this.fileFieldValue ?? null
        })) as { documentId: string; contentVersionId: string };
        uploaded.push({
          name: file.name,
          documentId: answer.documentId,
          contentVersionId: answer.contentVersionId,
          mimeType: file.type
        });
      }
      this.dispatchEvent(new CustomEvent('uploadfinished', { detail: { files: uploaded } }));
    } catch (error) {
      this.errorMessage = messageOf(error);
    } finally {
      this.uploading = false;
    }
  }
}
