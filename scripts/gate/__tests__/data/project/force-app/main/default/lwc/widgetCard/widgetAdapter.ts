import type { WireAdapter, WireDataCallback } from "lwc";

export interface WidgetConfig {
  recordId?: string;
  fields?: unknown[];
}

/** A wire adapter that hands back the record id it is given (a stand-in for a record adapter). */
export class WidgetAdapter implements WireAdapter<WidgetConfig> {
  private readonly emit: WireDataCallback;

  constructor(emit: WireDataCallback) {
    this.emit = emit;
  }

  update(config: WidgetConfig): void {
    this.emit({ data: config.recordId ?? null, error: undefined });
  }

  connect(): void {}

  disconnect(): void {}
}
