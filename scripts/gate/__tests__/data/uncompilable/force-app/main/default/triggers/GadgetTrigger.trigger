trigger GadgetTrigger on Gadget__c(before insert) {
  for (Gadget__c gadget : Trigger.new) {
    GadgetService.toneOf(gadget).shout();
  }
}
