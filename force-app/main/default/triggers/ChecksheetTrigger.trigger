/**
 * Keeps the assigned reviewer's share row in step with Reviewer__c (see ChecksheetTriggerHandler).
 */
trigger ChecksheetTrigger on Checksheet__c(after insert, after update) {
  if (Trigger.isInsert) {
    ChecksheetTriggerHandler.afterInsert(Trigger.new);
  } else {
    ChecksheetTriggerHandler.afterUpdate(Trigger.new, Trigger.oldMap);
  }
}
