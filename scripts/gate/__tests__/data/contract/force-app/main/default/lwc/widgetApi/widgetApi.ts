/**
 * The only module that imports @salesforce/apex: typed functions over WidgetController.
 */
import getWidgets from '@salesforce/apex/WidgetController.getWidgets';
import saveWidgetApex from '@salesforce/apex/WidgetController.saveWidget';
import paintApex from '@salesforce/apex/WidgetController.paint';
import type { WireAdapterConstructor } from 'lwc';

export interface WidgetSummary {
  id: string;
  name: string;
  size: number | null;
}

export interface WidgetInput {
  name: string;
  color: string;
}

/** Not a DTO of WidgetDtos: never compared. */
export interface WidgetFilter {
  color: string;
}

export { getWidgets };

export function saveWidget(input: WidgetInput): Promise<WidgetSummary> {
  return saveWidgetApex({ input }) as Promise<WidgetSummary>;
}

export function paint(widgetId: string, color: string, dueOn?: string): Promise<unknown> {
  return paintApex({ widgetId, color, ...(dueOn ? { dueOn } : {}) });
}

export function firstWidgets(makerId: string): Promise<unknown> {
  return getWidgets({ makerId, maxRows: null });
}

/** getWidgets typed for components that wire it. */
export const getWidgetsAdapter: WireAdapterConstructor<
  { makerId: string | undefined; maxRows?: number },
  unknown
> = getWidgets;
