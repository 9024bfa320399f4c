/**
 * The words the package's components show, each a custom label (English, with its Japanese in
 * `translations/ja.translation-meta.xml`): the one module that imports `@salesforce/label/c.*`,
 * so a component never holds a sentence of its own and every label has one name.
 *
 * Labels with `{0}`-style placeholders are filled by `formatLabel`, as Apex fills them with
 * `String.format`. How a status looks (`statusStyle`) is defined here too, beside its words.
 */
import Field_Vendor from '@salesforce/label/c.Field_Vendor';
import Field_Service from '@salesforce/label/c.Field_Service';
import Field_Version from '@salesforce/label/c.Field_Version';
import Field_Review_Status from '@salesforce/label/c.Field_Review_Status';
import Field_Reviewer from '@salesforce/label/c.Field_Reviewer';
import Field_Issued_On from '@salesforce/label/c.Field_Issued_On';
import Field_Received_On from '@salesforce/label/c.Field_Received_On';
import Field_Next_Review_On from '@salesforce/label/c.Field_Next_Review_On';
import Field_Supersedes from '@salesforce/label/c.Field_Supersedes';
import Field_Source_File from '@salesforce/label/c.Field_Source_File';
import Items_Loading from '@salesforce/label/c.Items_Loading';
import Value_Not_Set from '@salesforce/label/c.Value_Not_Set';
import Coverage from '@salesforce/label/c.Coverage';
import Items_Count from '@salesforce/label/c.Items_Count';
import Error_Generic from '@salesforce/label/c.Error_Generic';
import Review_Status_Received from '@salesforce/label/c.Review_Status_Received';
import Review_Status_In_Review from '@salesforce/label/c.Review_Status_In_Review';
import Review_Status_Approved from '@salesforce/label/c.Review_Status_Approved';
import Review_Status_Approved_With_Conditions from '@salesforce/label/c.Review_Status_Approved_With_Conditions';
import Review_Status_Rejected from '@salesforce/label/c.Review_Status_Rejected';
import Home_Recent from '@salesforce/label/c.Home_Recent';
import Home_Due from '@salesforce/label/c.Home_Due';
import Home_My_Reviews from '@salesforce/label/c.Home_My_Reviews';
import Home_All_Vendors from '@salesforce/label/c.Home_All_Vendors';
import Home_All_Review_Statuses from '@salesforce/label/c.Home_All_Review_Statuses';
import Home_Overdue from '@salesforce/label/c.Home_Overdue';
import Home_Empty_Due from '@salesforce/label/c.Home_Empty_Due';
import Home_Empty_My from '@salesforce/label/c.Home_Empty_My';
import Home_Status_Counts from '@salesforce/label/c.Home_Status_Counts';
import Column_Checksheet from '@salesforce/label/c.Column_Checksheet';
import Import_Checksheet from '@salesforce/label/c.Import_Checksheet';
import Empty_No_Checksheets from '@salesforce/label/c.Empty_No_Checksheets';
import App_Title from '@salesforce/label/c.App_Title';
import Panel_Title from '@salesforce/label/c.Panel_Title';
import Panel_Empty from '@salesforce/label/c.Panel_Empty';
import Review_Verdict from '@salesforce/label/c.Review_Verdict';
import Review_No_Verdict from '@salesforce/label/c.Review_No_Verdict';
import Review_Comment from '@salesforce/label/c.Review_Comment';
import Review_Add_Comment from '@salesforce/label/c.Review_Add_Comment';
import Review_Save from '@salesforce/label/c.Review_Save';
import Review_Saved from '@salesforce/label/c.Review_Saved';
import Review_Save_Failed from '@salesforce/label/c.Review_Save_Failed';
import Review_Unsaved from '@salesforce/label/c.Review_Unsaved';
import Review_Select_Item from '@salesforce/label/c.Review_Select_Item';
import Review_Select_All_Shown from '@salesforce/label/c.Review_Select_All_Shown';
import Review_Selected from '@salesforce/label/c.Review_Selected';
import Review_Apply_Verdict from '@salesforce/label/c.Review_Apply_Verdict';
import Review_Clear_Selection from '@salesforce/label/c.Review_Clear_Selection';
import Review_Verdict_Filter from '@salesforce/label/c.Review_Verdict_Filter';
import Review_All_Verdicts from '@salesforce/label/c.Review_All_Verdicts';
import Review_Not_Reviewed from '@salesforce/label/c.Review_Not_Reviewed';
import Review_Read_Only from '@salesforce/label/c.Review_Read_Only';
import Verdict_Acceptable from '@salesforce/label/c.Verdict_Acceptable';
import Verdict_Follow_Up from '@salesforce/label/c.Verdict_Follow_Up';
import Verdict_Risk_Accepted from '@salesforce/label/c.Verdict_Risk_Accepted';
import Verdict_Unacceptable from '@salesforce/label/c.Verdict_Unacceptable';
import Wizard_Choose_File from '@salesforce/label/c.Wizard_Choose_File';
import Wizard_File_Types from '@salesforce/label/c.Wizard_File_Types';
import Wizard_Paste_Help from '@salesforce/label/c.Wizard_Paste_Help';
import Wizard_Read_Paste from '@salesforce/label/c.Wizard_Read_Paste';
import Wizard_Pasted_Text from '@salesforce/label/c.Wizard_Pasted_Text';
import Wizard_Detected from '@salesforce/label/c.Wizard_Detected';
import Wizard_Line_Accounting from '@salesforce/label/c.Wizard_Line_Accounting';
import Wizard_Findings from '@salesforce/label/c.Wizard_Findings';
import Wizard_No_Findings from '@salesforce/label/c.Wizard_No_Findings';
import Wizard_Line from '@salesforce/label/c.Wizard_Line';
import Wizard_Sheet_Line from '@salesforce/label/c.Wizard_Sheet_Line';
import Wizard_Whole_Document from '@salesforce/label/c.Wizard_Whole_Document';
import Wizard_Column_Roles from '@salesforce/label/c.Wizard_Column_Roles';
import Wizard_Column_Roles_Help from '@salesforce/label/c.Wizard_Column_Roles_Help';
import Wizard_Column_Unnamed from '@salesforce/label/c.Wizard_Column_Unnamed';
import Wizard_Column_Header from '@salesforce/label/c.Wizard_Column_Header';
import Wizard_Table from '@salesforce/label/c.Wizard_Table';
import Wizard_Table_Sheet from '@salesforce/label/c.Wizard_Table_Sheet';
import Wizard_Sheets from '@salesforce/label/c.Wizard_Sheets';
import Wizard_Sheet_Read from '@salesforce/label/c.Wizard_Sheet_Read';
import Wizard_Sheet_Not_Read from '@salesforce/label/c.Wizard_Sheet_Not_Read';
import Column_Role_Number from '@salesforce/label/c.Column_Role_Number';
import Column_Role_Section from '@salesforce/label/c.Column_Role_Section';
import Column_Role_Question from '@salesforce/label/c.Column_Role_Question';
import Column_Role_Mark from '@salesforce/label/c.Column_Role_Mark';
import Column_Role_Answer from '@salesforce/label/c.Column_Role_Answer';
import Column_Role_Yes from '@salesforce/label/c.Column_Role_Yes';
import Column_Role_Partial from '@salesforce/label/c.Column_Role_Partial';
import Column_Role_No from '@salesforce/label/c.Column_Role_No';
import Column_Role_Na from '@salesforce/label/c.Column_Role_Na';
import Column_Role_Extra from '@salesforce/label/c.Column_Role_Extra';
import Column_Role_Ignored from '@salesforce/label/c.Column_Role_Ignored';
import Format_Meti from '@salesforce/label/c.Format_Meti';
import Format_Sections from '@salesforce/label/c.Format_Sections';
import Format_Csv from '@salesforce/label/c.Format_Csv';
import Format_Tsv from '@salesforce/label/c.Format_Tsv';
import Format_Xlsx from '@salesforce/label/c.Format_Xlsx';
import Format_Caiq from '@salesforce/label/c.Format_Caiq';
import Format_Markdown from '@salesforce/label/c.Format_Markdown';
import Framework_METI_Cloud_2013 from '@salesforce/label/c.Framework_METI_Cloud_2013';
import Framework_Security_White_Paper from '@salesforce/label/c.Framework_Security_White_Paper';
import Framework_CAIQ_v4 from '@salesforce/label/c.Framework_CAIQ_v4';
import Framework_Custom from '@salesforce/label/c.Framework_Custom';
import Wizard_Details from '@salesforce/label/c.Wizard_Details';
import Wizard_Name from '@salesforce/label/c.Wizard_Name';
import Wizard_Framework from '@salesforce/label/c.Wizard_Framework';
import Wizard_Vendor_Placeholder from '@salesforce/label/c.Wizard_Vendor_Placeholder';
import Wizard_Vendor_Required from '@salesforce/label/c.Wizard_Vendor_Required';
import Wizard_New_Vendor_Name from '@salesforce/label/c.Wizard_New_Vendor_Name';
import Wizard_Create_Vendor from '@salesforce/label/c.Wizard_Create_Vendor';
import Wizard_Vendor_Created from '@salesforce/label/c.Wizard_Vendor_Created';
import Wizard_Vendor_Not_Created from '@salesforce/label/c.Wizard_Vendor_Not_Created';
import Wizard_Ask_Admin from '@salesforce/label/c.Wizard_Ask_Admin';
import Panel_Insights from '@salesforce/label/c.Panel_Insights';
import Wizard_Cannot_Import from '@salesforce/label/c.Wizard_Cannot_Import';
import Wizard_Duplicate from '@salesforce/label/c.Wizard_Duplicate';
import Wizard_Cut_Values from '@salesforce/label/c.Wizard_Cut_Values';
import Wizard_Cancel from '@salesforce/label/c.Wizard_Cancel';
import Wizard_Choose_Another from '@salesforce/label/c.Wizard_Choose_Another';
import Wizard_Saving from '@salesforce/label/c.Wizard_Saving';
import Wizard_Progress from '@salesforce/label/c.Wizard_Progress';
import Wizard_Saved_Title from '@salesforce/label/c.Wizard_Saved_Title';
import Wizard_Open_Record from '@salesforce/label/c.Wizard_Open_Record';
import Wizard_Source_Too_Large from '@salesforce/label/c.Wizard_Source_Too_Large';
import Wizard_Upload_Source from '@salesforce/label/c.Wizard_Upload_Source';
import Wizard_Source_Uploaded from '@salesforce/label/c.Wizard_Source_Uploaded';
import Wizard_Failed from '@salesforce/label/c.Wizard_Failed';
import Wizard_Failed_Part from '@salesforce/label/c.Wizard_Failed_Part';
import Wizard_Failed_Not_Removed from '@salesforce/label/c.Wizard_Failed_Not_Removed';
import Wizard_Retry from '@salesforce/label/c.Wizard_Retry';
import Wizard_Date_Invalid from '@salesforce/label/c.Wizard_Date_Invalid';
import Import_Paste_Text from '@salesforce/label/c.Import_Paste_Text';
import Import_Upload_File from '@salesforce/label/c.Import_Upload_File';
import Import_Preview from '@salesforce/label/c.Import_Preview';
import Import_Save from '@salesforce/label/c.Import_Save';
import Import_Reading from '@salesforce/label/c.Import_Reading';
import Import_Success from '@salesforce/label/c.Import_Success';
import Loading from '@salesforce/label/c.Loading';
import Empty_No_Items from '@salesforce/label/c.Empty_No_Items';
import Empty_No_Matches from '@salesforce/label/c.Empty_No_Matches';
import Item_Answer from '@salesforce/label/c.Item_Answer';
import Item_Mark from '@salesforce/label/c.Item_Mark';
import Item_No_Answer from '@salesforce/label/c.Item_No_Answer';
import List_All_Statuses from '@salesforce/label/c.List_All_Statuses';
import List_Jump_To_Section from '@salesforce/label/c.List_Jump_To_Section';
import List_Next_Page from '@salesforce/label/c.List_Next_Page';
import List_No_Section from '@salesforce/label/c.List_No_Section';
import List_Page from '@salesforce/label/c.List_Page';
import List_Previous_Page from '@salesforce/label/c.List_Previous_Page';
import List_Section_Continued from '@salesforce/label/c.List_Section_Continued';
import List_Showing from '@salesforce/label/c.List_Showing';
import List_Status_Filter from '@salesforce/label/c.List_Status_Filter';
import Search_Items from '@salesforce/label/c.Search_Items';
import Status_Bar_Label from '@salesforce/label/c.Status_Bar_Label';
import Status_Implemented from '@salesforce/label/c.Status_Implemented';
import Status_None from '@salesforce/label/c.Status_None';
import Status_Not_Applicable from '@salesforce/label/c.Status_Not_Applicable';
import Status_Not_Implemented from '@salesforce/label/c.Status_Not_Implemented';
import Status_Partial from '@salesforce/label/c.Status_Partial';
import Review_Follow_Up from '@salesforce/label/c.Review_Follow_Up';
import Review_Follow_Up_Item from '@salesforce/label/c.Review_Follow_Up_Item';
import Review_Follow_Up_Selected from '@salesforce/label/c.Review_Follow_Up_Selected';
import Review_Follow_Up_Due from '@salesforce/label/c.Review_Follow_Up_Due';
import Review_Follow_Ups_Created from '@salesforce/label/c.Review_Follow_Ups_Created';
import Review_Follow_Up_Failed from '@salesforce/label/c.Review_Follow_Up_Failed';
import Review_Open_Follow_Ups from '@salesforce/label/c.Review_Open_Follow_Ups';
import Review_Follow_Up_Line from '@salesforce/label/c.Review_Follow_Up_Line';
import Review_No_Due_Date from '@salesforce/label/c.Review_No_Due_Date';
import Review_Filter_Follow_Ups from '@salesforce/label/c.Review_Filter_Follow_Ups';
import Review_Progress from '@salesforce/label/c.Review_Progress';
import Review_Progress_Label from '@salesforce/label/c.Review_Progress_Label';
import Review_Path_Label from '@salesforce/label/c.Review_Path_Label';
import Review_Decision from '@salesforce/label/c.Review_Decision';
import Review_Start from '@salesforce/label/c.Review_Start';
import Review_Approve from '@salesforce/label/c.Review_Approve';
import Review_Approve_Conditions from '@salesforce/label/c.Review_Approve_Conditions';
import Review_Reject from '@salesforce/label/c.Review_Reject';
import Review_Reopen from '@salesforce/label/c.Review_Reopen';
import Review_Next_Review_Date from '@salesforce/label/c.Review_Next_Review_Date';
import Review_Next_Review_Help from '@salesforce/label/c.Review_Next_Review_Help';
import Review_Status_Changed from '@salesforce/label/c.Review_Status_Changed';
import Review_Status_Failed from '@salesforce/label/c.Review_Status_Failed';
import Insight_Filter from '@salesforce/label/c.Insight_Filter';
import Insight_All from '@salesforce/label/c.Insight_All';
import Insight_Any_Flag from '@salesforce/label/c.Insight_Any_Flag';
import Insight_Responsibility from '@salesforce/label/c.Insight_Responsibility';
import Insight_Party from '@salesforce/label/c.Insight_Party';
import Insight_Flag_Reason from '@salesforce/label/c.Insight_Flag_Reason';
import Responsibility_Vendor from '@salesforce/label/c.Responsibility_Vendor';
import Responsibility_Platform from '@salesforce/label/c.Responsibility_Platform';
import Responsibility_Shared from '@salesforce/label/c.Responsibility_Shared';
import Responsibility_Customer from '@salesforce/label/c.Responsibility_Customer';
import Responsibility_Unstated from '@salesforce/label/c.Responsibility_Unstated';
import Answer_Flag_Hedged from '@salesforce/label/c.Answer_Flag_Hedged';
import Answer_Flag_Contradicts from '@salesforce/label/c.Answer_Flag_Contradicts';
import Answer_Flag_No_Text from '@salesforce/label/c.Answer_Flag_No_Text';
import Answer_Flag_Unexplained_NA from '@salesforce/label/c.Answer_Flag_Unexplained_NA';
import Review_Discard from '@salesforce/label/c.Review_Discard';
import Review_Discard_Confirm from '@salesforce/label/c.Review_Discard_Confirm';
import Review_Discard_Yes from '@salesforce/label/c.Review_Discard_Yes';
import Review_Discard_No from '@salesforce/label/c.Review_Discard_No';
import Review_Discard_Failed from '@salesforce/label/c.Review_Discard_Failed';
import Review_Carried from '@salesforce/label/c.Review_Carried';
import Review_Carried_Count from '@salesforce/label/c.Review_Carried_Count';
import Review_Confirm_Carried_All from '@salesforce/label/c.Review_Confirm_Carried_All';
import Review_Confirm_Carried from '@salesforce/label/c.Review_Confirm_Carried';
import Review_Confirm_Carried_Item from '@salesforce/label/c.Review_Confirm_Carried_Item';
import Review_Keyboard_Help from '@salesforce/label/c.Review_Keyboard_Help';
import type { ItemStatus } from 'c/checksheetStatus';
import { ITEM_STATUSES, STATUS_PICKLIST_VALUES, statusFromPicklistValue } from 'c/checksheetStatus';
import type {
  AnswerFlagValue,
  ComparisonStatusValue,
  ResponsibilityValue,
  ReviewStatusValue,
  VerdictValue
} from 'c/checksheetSchema';
import { COMPARISON_STATUS_VALUES, VERDICT_VALUES } from 'c/checksheetSchema';

import Compare_Add_Checksheet from '@salesforce/label/c.Compare_Add_Checksheet';
import Compare_Add from '@salesforce/label/c.Compare_Add';
import Compare_Remove_Checksheet from '@salesforce/label/c.Compare_Remove_Checksheet';
import Compare_Too_Many from '@salesforce/label/c.Compare_Too_Many';
import Compare_Aligning from '@salesforce/label/c.Compare_Aligning';
import Compare_Question from '@salesforce/label/c.Compare_Question';
import Compare_Difference from '@salesforce/label/c.Compare_Difference';
import Difference_Same from '@salesforce/label/c.Difference_Same';
import Difference_Status from '@salesforce/label/c.Difference_Status';
import Difference_Answer from '@salesforce/label/c.Difference_Answer';
import Difference_Missing from '@salesforce/label/c.Difference_Missing';
import Compare_Partly_Same from '@salesforce/label/c.Compare_Partly_Same';
import Compare_Counts from '@salesforce/label/c.Compare_Counts';
import Compare_Count from '@salesforce/label/c.Compare_Count';
import Compare_Status_Filter from '@salesforce/label/c.Compare_Status_Filter';
import Compare_Section_Filter from '@salesforce/label/c.Compare_Section_Filter';
import Compare_All_Sections from '@salesforce/label/c.Compare_All_Sections';
import Compare_Topic_Filter from '@salesforce/label/c.Compare_Topic_Filter';
import Compare_All_Topics from '@salesforce/label/c.Compare_All_Topics';
import Compare_Search from '@salesforce/label/c.Compare_Search';
import Compare_Showing from '@salesforce/label/c.Compare_Showing';
import Compare_Pair_Info from '@salesforce/label/c.Compare_Pair_Info';
import Compare_Pair_First from '@salesforce/label/c.Compare_Pair_First';
import Compare_Pair_Alone from '@salesforce/label/c.Compare_Pair_Alone';
import Method_Text from '@salesforce/label/c.Method_Text';
import Method_Topics from '@salesforce/label/c.Method_Topics';
import Method_Number from '@salesforce/label/c.Method_Number';
import Method_Manual from '@salesforce/label/c.Method_Manual';
import Compare_Pair_Details from '@salesforce/label/c.Compare_Pair_Details';
import Compare_Link_Start from '@salesforce/label/c.Compare_Link_Start';
import Compare_Link_Here from '@salesforce/label/c.Compare_Link_Here';
import Compare_Link_Cancel from '@salesforce/label/c.Compare_Link_Cancel';
import Compare_Linking from '@salesforce/label/c.Compare_Linking';
import Compare_Unlink from '@salesforce/label/c.Compare_Unlink';
import Compare_Mark_Partly from '@salesforce/label/c.Compare_Mark_Partly';
import Compare_Corrections from '@salesforce/label/c.Compare_Corrections';
import Compare_Undo from '@salesforce/label/c.Compare_Undo';
import Compare_Clear_Corrections from '@salesforce/label/c.Compare_Clear_Corrections';
import Export_XLSX from '@salesforce/label/c.Export_XLSX';
import Export_Failed from '@salesforce/label/c.Export_Failed';
import Review_Export_File from '@salesforce/label/c.Review_Export_File';
import Compare_Load_Failed from '@salesforce/label/c.Compare_Load_Failed';
import Compare_Grid_Caption from '@salesforce/label/c.Compare_Grid_Caption';
import Compare_Version_Diff from '@salesforce/label/c.Compare_Version_Diff';
import Compare_Latest_With_Previous from '@salesforce/label/c.Compare_Latest_With_Previous';
import Diff_Title from '@salesforce/label/c.Diff_Title';
import Diff_Added from '@salesforce/label/c.Diff_Added';
import Diff_Removed from '@salesforce/label/c.Diff_Removed';
import Diff_Changed from '@salesforce/label/c.Diff_Changed';
import Diff_Unchanged from '@salesforce/label/c.Diff_Unchanged';
import Diff_Renumbered from '@salesforce/label/c.Diff_Renumbered';
import Diff_Changes_Only from '@salesforce/label/c.Diff_Changes_Only';
import Diff_Older from '@salesforce/label/c.Diff_Older';
import Diff_Newer from '@salesforce/label/c.Diff_Newer';
import Diff_Inserted from '@salesforce/label/c.Diff_Inserted';
import Diff_Deleted from '@salesforce/label/c.Diff_Deleted';
import Diff_Change_Column from '@salesforce/label/c.Diff_Change_Column';
import Diff_Needs_Two from '@salesforce/label/c.Diff_Needs_Two';
import Diff_Changed_Fields from '@salesforce/label/c.Diff_Changed_Fields';
import Field_Question from '@salesforce/label/c.Field_Question';
import Field_Status from '@salesforce/label/c.Field_Status';
import Field_Mark from '@salesforce/label/c.Field_Mark';
import Field_Answer from '@salesforce/label/c.Field_Answer';
import Compare from '@salesforce/label/c.Compare';
import Compare_Differences_Only from '@salesforce/label/c.Compare_Differences_Only';
import Compare_Select_Checksheets from '@salesforce/label/c.Compare_Select_Checksheets';
import Compare_Not_In_Checksheet from '@salesforce/label/c.Compare_Not_In_Checksheet';
import Compare_Empty from '@salesforce/label/c.Compare_Empty';
import Export_CSV from '@salesforce/label/c.Export_CSV';
import Tab_Compare from '@salesforce/label/c.Tab_Compare';
// Field history (issue 8).
import History_Title from '@salesforce/label/c.History_Title';
import Placeholder_Choose_Section from '@salesforce/label/c.Placeholder_Choose_Section';
import Placeholder_Choose_Checksheet from '@salesforce/label/c.Placeholder_Choose_Checksheet';
import Placeholder_Choose_Comparison from '@salesforce/label/c.Placeholder_Choose_Comparison';
import History_Empty from '@salesforce/label/c.History_Empty';
import History_Item_Empty from '@salesforce/label/c.History_Item_Empty';
import History_Show_Item from '@salesforce/label/c.History_Show_Item';
import History_Item_Title from '@salesforce/label/c.History_Item_Title';
import History_When from '@salesforce/label/c.History_When';
import History_Who from '@salesforce/label/c.History_Who';
import History_What from '@salesforce/label/c.History_What';
import History_Change from '@salesforce/label/c.History_Change';
import History_Item_Field from '@salesforce/label/c.History_Item_Field';
import History_From_To from '@salesforce/label/c.History_From_To';
import History_Changed from '@salesforce/label/c.History_Changed';
import History_Blank from '@salesforce/label/c.History_Blank';
import History_More from '@salesforce/label/c.History_More';
import History_Load_Failed from '@salesforce/label/c.History_Load_Failed';
import History_Field_Mark from '@salesforce/label/c.History_Field_Mark';
import LANG from '@salesforce/i18n/lang';
import { TOPICS } from 'c/checksheetTopics';

import Diff_Renumbered_Count from '@salesforce/label/c.Diff_Renumbered_Count';
import Compare_Open_Diff from '@salesforce/label/c.Compare_Open_Diff';
import Compare_Save from '@salesforce/label/c.Compare_Save';
import Compare_Name from '@salesforce/label/c.Compare_Name';
import Compare_Purpose from '@salesforce/label/c.Compare_Purpose';
import Compare_Decision_Notes from '@salesforce/label/c.Compare_Decision_Notes';
import Compare_Saved from '@salesforce/label/c.Compare_Saved';
import Compare_Save_Failed from '@salesforce/label/c.Compare_Save_Failed';
import Compare_Superseded from '@salesforce/label/c.Compare_Superseded';
import Compare_Switch_Newer from '@salesforce/label/c.Compare_Switch_Newer';
import Compare_Ledger_Applied from '@salesforce/label/c.Compare_Ledger_Applied';
import Compare_Unsaved from '@salesforce/label/c.Compare_Unsaved';
import Compare_Link_Short from '@salesforce/label/c.Compare_Link_Short';
import Compare_Unlink_Short from '@salesforce/label/c.Compare_Unlink_Short';
import Correction_Action from '@salesforce/label/c.Correction_Action';
import Correction_Action_Item from '@salesforce/label/c.Correction_Action_Item';
import Correction_Editor from '@salesforce/label/c.Correction_Editor';
import Correction_Status from '@salesforce/label/c.Correction_Status';
import Correction_Mark from '@salesforce/label/c.Correction_Mark';
import Correction_Question from '@salesforce/label/c.Correction_Question';
import Correction_Answer from '@salesforce/label/c.Correction_Answer';
import Correction_Responsibility from '@salesforce/label/c.Correction_Responsibility';
import Correction_Flag from '@salesforce/label/c.Correction_Flag';
import Correction_Flag_None from '@salesforce/label/c.Correction_Flag_None';
import Correction_Save from '@salesforce/label/c.Correction_Save';
import Correction_Cancel from '@salesforce/label/c.Correction_Cancel';
import Correction_Saved from '@salesforce/label/c.Correction_Saved';
import Correction_Failed from '@salesforce/label/c.Correction_Failed';
import Correction_Badge from '@salesforce/label/c.Correction_Badge';
import Correction_Detail from '@salesforce/label/c.Correction_Detail';
import Correction_Blank from '@salesforce/label/c.Correction_Blank';
import Correction_Field_Responsibility from '@salesforce/label/c.Correction_Field_Responsibility';
import Correction_Field_Flag from '@salesforce/label/c.Correction_Field_Flag';
import Correction_Quoted from '@salesforce/label/c.Correction_Quoted';
import Home_Compare_Selected from '@salesforce/label/c.Home_Compare_Selected';
import Home_Select_To_Compare from '@salesforce/label/c.Home_Select_To_Compare';
import Home_Compare_Column from '@salesforce/label/c.Home_Compare_Column';
import Home_Compare_Hint from '@salesforce/label/c.Home_Compare_Hint';
import Home_Clear_Selection from '@salesforce/label/c.Home_Clear_Selection';
import Comparison_Status_Draft from '@salesforce/label/c.Comparison_Status_Draft';
import Comparison_Status_Decided from '@salesforce/label/c.Comparison_Status_Decided';
import Compare_Status from '@salesforce/label/c.Compare_Status';
import Compare_Open_Saved from '@salesforce/label/c.Compare_Open_Saved';
import Compare_Saved_Option from '@salesforce/label/c.Compare_Saved_Option';
import Compare_Open from '@salesforce/label/c.Compare_Open';
import Compare_Ledger_Same from '@salesforce/label/c.Compare_Ledger_Same';
import Compare_Ledger_Partly from '@salesforce/label/c.Compare_Ledger_Partly';
import Compare_Ledger_Not_Same from '@salesforce/label/c.Compare_Ledger_Not_Same';
import Compare_Forget_Short from '@salesforce/label/c.Compare_Forget_Short';
import Compare_Forget from '@salesforce/label/c.Compare_Forget';
import Compare_Forgotten from '@salesforce/label/c.Compare_Forgotten';
import Compare_Forget_Failed from '@salesforce/label/c.Compare_Forget_Failed';
export const LABELS = Object.freeze({
  Compare_Link_Short,
  Compare_Unlink_Short,
  Home_Compare_Selected,
  Home_Select_To_Compare,
  Home_Compare_Column,
  Home_Compare_Hint,
  Home_Clear_Selection,
  Comparison_Status_Draft,
  Comparison_Status_Decided,
  Compare_Status,
  Compare_Open_Saved,
  Compare_Saved_Option,
  Compare_Open,
  Compare_Ledger_Same,
  Compare_Ledger_Partly,
  Compare_Ledger_Not_Same,
  Compare_Forget_Short,
  Compare_Forget,
  Compare_Forgotten,
  Compare_Forget_Failed,
  Compare_Save,
  Compare_Name,
  Compare_Purpose,
  Compare_Decision_Notes,
  Compare_Saved,
  Compare_Save_Failed,
  Compare_Superseded,
  Compare_Switch_Newer,
  Compare_Ledger_Applied,
  Compare_Unsaved,
  Diff_Renumbered_Count,
  Compare_Open_Diff,
  Compare_Add_Checksheet,
  Compare_Add,
  Compare_Remove_Checksheet,
  Compare_Too_Many,
  Compare_Aligning,
  Compare_Question,
  Compare_Difference,
  Difference_Same,
  Difference_Status,
  Difference_Answer,
  Difference_Missing,
  Compare_Partly_Same,
  Compare_Counts,
  Compare_Count,
  Compare_Status_Filter,
  Compare_Section_Filter,
  Compare_All_Sections,
  Compare_Topic_Filter,
  Compare_All_Topics,
  Compare_Search,
  Compare_Showing,
  Compare_Pair_Info,
  Compare_Pair_First,
  Compare_Pair_Alone,
  Method_Text,
  Method_Topics,
  Method_Number,
  Method_Manual,
  Compare_Pair_Details,
  Compare_Link_Start,
  Compare_Link_Here,
  Compare_Link_Cancel,
  Compare_Linking,
  Compare_Unlink,
  Compare_Mark_Partly,
  Compare_Corrections,
  Compare_Undo,
  Compare_Clear_Corrections,
  Export_XLSX,
  Export_Failed,
  Review_Export_File,
  Compare_Load_Failed,
  Compare_Grid_Caption,
  Compare_Version_Diff,
  Compare_Latest_With_Previous,
  Diff_Title,
  Diff_Added,
  Diff_Removed,
  Diff_Changed,
  Diff_Unchanged,
  Diff_Renumbered,
  Diff_Changes_Only,
  Diff_Older,
  Diff_Newer,
  Diff_Inserted,
  Diff_Deleted,
  Diff_Change_Column,
  Diff_Needs_Two,
  Diff_Changed_Fields,
  Field_Question,
  Field_Status,
  Field_Mark,
  Field_Answer,
  Compare,
  Compare_Differences_Only,
  Compare_Select_Checksheets,
  Compare_Not_In_Checksheet,
  Compare_Empty,
  Export_CSV,
  Tab_Compare,
  Review_Verdict,
  Review_No_Verdict,
  Review_Comment,
  Review_Add_Comment,
  Review_Save,
  Review_Saved,
  Review_Save_Failed,
  Review_Unsaved,
  Review_Select_Item,
  Review_Select_All_Shown,
  Review_Selected,
  Review_Apply_Verdict,
  Review_Clear_Selection,
  Review_Verdict_Filter,
  Review_All_Verdicts,
  Review_Not_Reviewed,
  Review_Read_Only,
  Panel_Title,
  Panel_Empty,
  Wizard_Choose_File,
  Wizard_File_Types,
  Wizard_Paste_Help,
  Wizard_Read_Paste,
  Wizard_Pasted_Text,
  Wizard_Detected,
  Wizard_Line_Accounting,
  Wizard_Findings,
  Wizard_No_Findings,
  Wizard_Line,
  Wizard_Sheet_Line,
  Wizard_Whole_Document,
  Wizard_Column_Roles,
  Wizard_Column_Roles_Help,
  Wizard_Column_Unnamed,
  Wizard_Column_Header,
  Wizard_Table,
  Wizard_Table_Sheet,
  Wizard_Sheets,
  Wizard_Sheet_Read,
  Wizard_Sheet_Not_Read,
  Column_Role_Number,
  Column_Role_Section,
  Column_Role_Question,
  Column_Role_Mark,
  Column_Role_Answer,
  Column_Role_Yes,
  Column_Role_Partial,
  Column_Role_No,
  Column_Role_Na,
  Column_Role_Extra,
  Column_Role_Ignored,
  Format_Meti,
  Format_Sections,
  Format_Csv,
  Format_Tsv,
  Format_Xlsx,
  Format_Caiq,
  Format_Markdown,
  Framework_METI_Cloud_2013,
  Framework_Security_White_Paper,
  Framework_CAIQ_v4,
  Framework_Custom,
  Wizard_Details,
  Wizard_Name,
  Wizard_Framework,
  Wizard_Vendor_Placeholder,
  Wizard_Vendor_Required,
  Wizard_New_Vendor_Name,
  Wizard_Create_Vendor,
  Wizard_Vendor_Created,
  Wizard_Vendor_Not_Created,
  Wizard_Ask_Admin,
  Panel_Insights,
  Wizard_Cannot_Import,
  Wizard_Duplicate,
  Wizard_Cut_Values,
  Wizard_Cancel,
  Wizard_Choose_Another,
  Wizard_Saving,
  Wizard_Progress,
  Wizard_Saved_Title,
  Wizard_Open_Record,
  Wizard_Source_Too_Large,
  Wizard_Upload_Source,
  Wizard_Source_Uploaded,
  Wizard_Failed,
  Wizard_Failed_Part,
  Wizard_Failed_Not_Removed,
  Wizard_Retry,
  Wizard_Date_Invalid,
  Import_Paste_Text,
  Import_Upload_File,
  Import_Preview,
  Import_Save,
  Import_Reading,
  Import_Success,
  Home_Recent,
  Home_Due,
  Home_My_Reviews,
  Home_All_Vendors,
  Home_All_Review_Statuses,
  Home_Overdue,
  Home_Empty_Due,
  Home_Empty_My,
  Home_Status_Counts,
  Column_Checksheet,
  Import_Checksheet,
  Empty_No_Checksheets,
  App_Title,
  Loading,
  Field_Vendor,
  Field_Service,
  Field_Version,
  Field_Review_Status,
  Field_Reviewer,
  Field_Issued_On,
  Field_Received_On,
  Field_Next_Review_On,
  Field_Supersedes,
  Field_Source_File,
  Items_Loading,
  Value_Not_Set,
  Coverage,
  Items_Count,
  Error_Generic,
  Empty_No_Items,
  Empty_No_Matches,
  Item_Answer,
  Item_Mark,
  Item_No_Answer,
  List_All_Statuses,
  List_Jump_To_Section,
  List_Next_Page,
  List_No_Section,
  List_Page,
  List_Previous_Page,
  List_Section_Continued,
  List_Showing,
  List_Status_Filter,
  Search_Items,
  Status_Bar_Label,
  Review_Follow_Up,
  Review_Follow_Up_Item,
  Review_Follow_Up_Selected,
  Review_Follow_Up_Due,
  Review_Follow_Ups_Created,
  Review_Follow_Up_Failed,
  Review_Open_Follow_Ups,
  Review_Follow_Up_Line,
  Review_No_Due_Date,
  Review_Filter_Follow_Ups,
  Review_Progress,
  Review_Progress_Label,
  Review_Path_Label,
  Review_Decision,
  Review_Start,
  Review_Approve,
  Review_Approve_Conditions,
  Review_Reject,
  Review_Reopen,
  Review_Next_Review_Date,
  Review_Next_Review_Help,
  Review_Status_Changed,
  Review_Status_Failed,
  Insight_Filter,
  Insight_All,
  Insight_Any_Flag,
  Insight_Responsibility,
  Insight_Party,
  Insight_Flag_Reason,
  Responsibility_Vendor,
  Responsibility_Platform,
  Responsibility_Shared,
  Responsibility_Customer,
  Responsibility_Unstated,
  Answer_Flag_Hedged,
  Answer_Flag_Contradicts,
  Answer_Flag_No_Text,
  Answer_Flag_Unexplained_NA,
  Review_Discard,
  Review_Discard_Confirm,
  Review_Discard_Yes,
  Review_Discard_No,
  Review_Discard_Failed,
  Review_Carried,
  Review_Carried_Count,
  Review_Confirm_Carried_All,
  Review_Confirm_Carried,
  Review_Confirm_Carried_Item,
  Review_Keyboard_Help,
  Correction_Action,
  Correction_Action_Item,
  Correction_Editor,
  Correction_Status,
  Correction_Mark,
  Correction_Question,
  Correction_Answer,
  Correction_Responsibility,
  Correction_Flag,
  Correction_Flag_None,
  Correction_Save,
  Correction_Cancel,
  Correction_Saved,
  Correction_Failed,
  Correction_Badge,
  Correction_Detail,
  Correction_Blank,
  Correction_Field_Responsibility,
  Correction_Field_Flag,
  Correction_Quoted,
  // Field history (issue 8).
  History_Title,
  Placeholder_Choose_Section,
  Placeholder_Choose_Checksheet,
  Placeholder_Choose_Comparison,
  History_Empty,
  History_Item_Empty,
  History_Show_Item,
  History_Item_Title,
  History_When,
  History_Who,
  History_What,
  History_Change,
  History_Item_Field,
  History_From_To,
  History_Changed,
  History_Blank,
  History_More,
  History_Load_Failed,
  History_Field_Mark
});

/** The label of each status, in the user's language. */
export const STATUS_TEXT: Readonly<Record<ItemStatus, string>> = Object.freeze({
  implemented: Status_Implemented,
  partial: Status_Partial,
  not_implemented: Status_Not_Implemented,
  not_applicable: Status_Not_Applicable,
  none: Status_None
});

/** The label of a `Status__c` picklist value; an unknown value is shown as it is. */
export function statusText(picklistValue: string): string {
  const status = statusFromPicklistValue(picklistValue);
  return status === undefined ? picklistValue : STATUS_TEXT[status];
}

/** Statuses in display order, as `{ value, label }` options (picklist API values). */
export function statusOptions(): { value: string; label: string }[] {
  return ITEM_STATUSES.map((status) => ({
    value: STATUS_PICKLIST_VALUES[status],
    label: STATUS_TEXT[status]
  }));
}

/** Fills `{0}`, `{1}`… with the arguments, as Apex's `String.format` does; other text is kept. */
export function formatLabel(label: string, ...args: (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

const STYLE: Readonly<Record<ItemStatus, string>> = {
  implemented: 'implemented',
  partial: 'partial',
  not_implemented: 'not-implemented',
  not_applicable: 'not-applicable',
  none: 'none'
};

/**
 * The CSS modifier that colours a `Status__c` picklist value ('none' for an unknown value). The
 * status is always written out beside its colour, never shown by colour alone.
 */
export function statusStyle(picklistValue: string): string {
  return STYLE[statusFromPicklistValue(picklistValue) ?? 'none'];
}

/** The label of each review status (`Checksheet__c.Review_Status__c` API values). */
export const REVIEW_STATUS_TEXT: Readonly<Record<ReviewStatusValue, string>> = Object.freeze({
  Received: Review_Status_Received,
  In_Review: Review_Status_In_Review,
  Approved: Review_Status_Approved,
  Approved_With_Conditions: Review_Status_Approved_With_Conditions,
  Rejected: Review_Status_Rejected
});

/** The label of a review status value; an unknown value is shown as it is. */
export function reviewStatusText(value: string): string {
  return (REVIEW_STATUS_TEXT as Record<string, string>)[value] ?? value;
}

/** The label of each comparison status (`Checksheet_Comparison__c.Status__c` API values). */
export const COMPARISON_STATUS_TEXT: Readonly<Record<ComparisonStatusValue, string>> =
  Object.freeze({
    Draft: LABELS.Comparison_Status_Draft,
    Decided: LABELS.Comparison_Status_Decided
  });

/** The label of a comparison status value; blank is Draft (the field's default). */
export function comparisonStatusText(value: string | null | undefined): string {
  return (COMPARISON_STATUS_TEXT as Record<string, string>)[value || 'Draft'] ?? String(value);
}

/** Comparison statuses in their order (Draft, Decided), as `{ value, label }` options. */
export function comparisonStatusOptions(): { value: ComparisonStatusValue; label: string }[] {
  return COMPARISON_STATUS_VALUES.map((value) => ({ value, label: COMPARISON_STATUS_TEXT[value] }));
}

/** The label of each verdict (`Checksheet_Item__c.Reviewer_Verdict__c` API values). */
export const VERDICT_TEXT: Readonly<Record<VerdictValue, string>> = Object.freeze({
  Acceptable: Verdict_Acceptable,
  Follow_Up: Verdict_Follow_Up,
  Risk_Accepted: Verdict_Risk_Accepted,
  Unacceptable: Verdict_Unacceptable
});

/** The label of a verdict value; '' (no verdict) reads "No verdict". */
export function verdictText(value: string | null | undefined): string {
  if (!value) return Review_No_Verdict;
  return (VERDICT_TEXT as Record<string, string>)[value] ?? value;
}

/** "No verdict" and the verdicts, as combobox options ('' for none). */
export function verdictOptions(): { value: string; label: string }[] {
  return [
    { value: '', label: Review_No_Verdict },
    ...VERDICT_VALUES.map((value) => ({ value, label: VERDICT_TEXT[value] }))
  ];
}

/** The label of each `Responsibility__c` value (who the answer says does the item). */
export const RESPONSIBILITY_TEXT: Readonly<Record<ResponsibilityValue, string>> = Object.freeze({
  Vendor: Responsibility_Vendor,
  Platform: Responsibility_Platform,
  Shared: Responsibility_Shared,
  Customer: Responsibility_Customer,
  Unstated: Responsibility_Unstated
});

/** The label of each `Answer_Flag__c` value other than `None` (a flag worth a reviewer's look). */
export const ANSWER_FLAG_TEXT: Readonly<Record<Exclude<AnswerFlagValue, 'None'>, string>> =
  Object.freeze({
    Hedged: Answer_Flag_Hedged,
    Contradicts: Answer_Flag_Contradicts,
    No_Text: Answer_Flag_No_Text,
    Unexplained_NA: Answer_Flag_Unexplained_NA
  });

/** The label of a `Responsibility__c` value; an unknown value is shown as it is. */
export function responsibilityText(value: string): string {
  return (RESPONSIBILITY_TEXT as Record<string, string>)[value] ?? value;
}

/** The label of an `Answer_Flag__c` value; `None` and blank read '' (nothing to show). */
export function answerFlagText(value: string | null | undefined): string {
  if (!value || value === 'None') return '';
  return (ANSWER_FLAG_TEXT as Record<string, string>)[value] ?? value;
}

export { FINDING_LABELS, diagnosticText, readErrorText } from './findingLabels';

const TOPIC_NAMES = new Map(TOPICS.map((topic) => [topic.code, topic.label]));

/**
 * A security topic's display name in the user's language (the taxonomy of `c/checksheetTopics`
 * names each topic in English and Japanese); an unknown code is shown as it is.
 */
export function topicText(code: string): string {
  const label = TOPIC_NAMES.get(code);
  if (!label) return code;
  return String(LANG).toLowerCase().startsWith('ja') ? label.ja : label.en;
}
