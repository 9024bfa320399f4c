/**
 * The fixture's contract scenarios (the shape of scripts/contract/scenarios.ts).
 */
export const CONTRACT_SCENARIOS = [
  {
    name: 'getWidgets_listsTheMakersWidgets',
    method: 'WidgetController.getWidgets',
    user: 'viewer',
    input: { makerId: '$makerId', maxRows: 5 },
    expect: { result: [] }
  },
  {
    name: 'saveWidget_refusesNoInput',
    method: 'WidgetController.saveWidget',
    user: 'reviewer',
    input: { input: null },
    expect: { refusal: 'Error_Widget_Missing' }
  },
  {
    name: 'paint_paintsTheWidget',
    method: 'WidgetController.paint',
    user: 'reviewer',
    input: { widgetId: '$widgetId', color: 'Red', dueOn: null },
    expect: { result: null }
  }
];
