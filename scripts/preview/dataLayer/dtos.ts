/**
 * The DTOs of the Apex contract (`ChecksheetDtos.X`), as c/checksheetApi declares them for the
 * components: the data layer returns exactly what those interfaces describe.
 */
export type {
  ChecksheetItemDto,
  ComparisonDto,
  ComparisonInput,
  ComparisonMemberDto,
  ComparisonSummaryDto,
  ItemLinkDto,
  ItemLinkInput,
  ChecksheetSummary,
  FollowUpDto,
  HistoryPage,
  HistoryRowDto,
  HomeLists,
  ImportHeader,
  ImportItem,
  ImportProgress,
  ItemCorrection,
  ItemPage,
  VerdictChange
} from 'c/checksheetApi';
