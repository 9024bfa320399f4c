/**
 * Who an answer says does its item, weighed from the responsibility rules' finds:
 *
 * 1. a shared-model phrase makes it shared;
 * 2. a customer phrase makes it the customer's, or shared when the answer also hands part to the
 *    platform or describes the vendor's own action;
 * 3. a platform phrase (Xの管理範囲, Xに準じます, managed by X) makes it the platform's, or shared
 *    when the vendor also acts;
 * 4. otherwise a vendor action makes it the vendor's;
 * 5. otherwise a phrase that only says where the service runs makes it the platform's;
 * 6. otherwise it is unstated.
 *
 * A vendor action counts only in a clause that names nobody else, and not after another company
 * named as the subject of its sentence ("サイボウズ社では、…明記しております").
 */
import { clauseAround, sentenceStart } from './clauses';
import { evidenceOf } from './evidence';
import type { Evidence } from './evidence';
import type { ResponsibilityRule } from './rules';
import { RESPONSIBILITY_TABLES, searchAll } from './search';
import type { Answer, Find } from './search';
import type { Responsibility } from './vocabulary';

export interface ResponsibilityFinding {
  responsibility: Responsibility;
  responsibleParty: readonly string[];
  responsibilityEvidence: readonly Evidence[];
}

type RuleFind = Find<ResponsibilityRule>;

/** Whether a vendor action find stands for the vendor (see the module comment). */
function vendorActs(text: string, find: RuleFind, finds: readonly RuleFind[]): boolean {
  const [from, to] = clauseAround(text, find.start, find.end);
  const sentence = sentenceStart(text, find.start);
  let subject: RuleFind | undefined;
  for (const other of finds) {
    if (other.rule.decides !== 'vendor' && other.start < to && other.end > from) return false;
    if (other.start < find.start && other.start >= sentence && other.rule.reach === 'sentence') {
      subject = other;
    }
  }
  return subject === undefined || subject.rule.decides === 'vendor';
}

function decided(
  text: string,
  responsibility: Responsibility,
  deciding: readonly RuleFind[],
  parties: readonly string[]
): ResponsibilityFinding {
  const evidence: Evidence[] = [];
  for (const find of deciding) evidence.push(evidenceOf(text, find));
  return { responsibility, responsibleParty: parties, responsibilityEvidence: evidence };
}

const NO_PARTIES: readonly string[] = [];

/** The responsibility the answer states (the same for every item with this text). */
export function responsibilityOf(answer: Answer): ResponsibilityFinding {
  const text = answer.text;
  const finds = searchAll(RESPONSIBILITY_TABLES, answer);
  // Read once: the answer need not keep them (what it keeps outlives many collections).
  answer.forget(RESPONSIBILITY_TABLES);
  // Lists made only when something is found: most answers find one kind of phrase or none.
  let platform: RuleFind[] | undefined;
  let context: RuleFind[] | undefined;
  let customer: RuleFind[] | undefined;
  let shared: RuleFind[] | undefined;
  let parties: string[] | undefined;
  let vendor: RuleFind | undefined;
  for (const find of finds) {
    const { decides, weight } = find.rule;
    if (decides === 'platform') {
      parties ??= [];
      for (const name of find.parties) if (!parties.includes(name)) parties.push(name);
    }
    if (weight === 'context') (context ??= []).push(find);
    else if (decides === 'platform') (platform ??= []).push(find);
    else if (decides === 'customer') (customer ??= []).push(find);
    else if (decides === 'shared') (shared ??= []).push(find);
    else if (vendor === undefined && vendorActs(text, find, finds)) vendor = find;
  }
  const named = parties ?? NO_PARTIES;

  if (shared) return decided(text, 'shared', shared, named);
  if (customer) {
    if (platform) return decided(text, 'shared', [...customer, ...platform], named);
    if (vendor) return decided(text, 'shared', [...customer, vendor], named);
    return decided(text, 'customer', customer, NO_PARTIES);
  }
  if (platform) {
    if (vendor) return decided(text, 'shared', [...platform, vendor], named);
    return decided(text, 'platform', platform, named);
  }
  if (vendor) return decided(text, 'vendor', [vendor], NO_PARTIES);
  if (context) return decided(text, 'platform', context, named);
  return decided(text, 'unstated', [], NO_PARTIES);
}
