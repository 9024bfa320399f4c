/**
 * English rules: the phrases of an answer that say who does an item, and those that take back a
 * mark. Syntax of a phrase: see ./rules (case is ignored, whole words only). Order matters: where
 * two finds overlap, the earlier rule wins. Every rule has a test with an answer of its own in
 * __tests__/rules.test.ts.
 */
import type { FlagRule, ResponsibilityRule, RuleTable } from './rules';

const RESPONSIBILITY: readonly ResponsibilityRule[] = [
  {
    id: 'en.customer.responsibility',
    decides: 'customer',
    weight: 'says',
    phrases: [
      'customer is responsible',
      'customers are responsible',
      'customer remains responsible',
      "customer's responsibility",
      "customers' responsibility",
      'responsibility of the customer',
      'the customer must',
      'customers must',
      'the customer should',
      'customers should',
      'configured by the customer',
      'managed by the customer',
      'customer-managed',
      'you are responsible',
      'your responsibility',
      'CSC is responsible',
      "CSC's responsibility"
    ],
    why: 'The answer hands the item to the customer (the CSC in CAIQ terms).'
  },
  {
    id: 'en.vendor.ownScope',
    decides: 'vendor',
    weight: 'says',
    phrases: ['we are responsible', 'our responsibility', 'we remain responsible'],
    why: 'The vendor names itself as the one in charge; listed before the platform rules.'
  },
  {
    id: 'en.shared.model',
    decides: 'shared',
    weight: 'says',
    phrases: [
      'shared responsibility',
      'jointly responsible',
      'shared between',
      'both the customer and',
      'both we and'
    ],
    why: 'The answer points to a split of responsibility rather than to one party.'
  },
  {
    id: 'en.platform.responsible',
    decides: 'platform',
    weight: 'says',
    phrases: [
      '{party} is responsible',
      '{party} are responsible',
      "{party}'s responsibility",
      'responsibility of {party}',
      'managed by {party}',
      'handled by {party}',
      'operated by {party}',
      'provided by {party}',
      'inherited from {party}',
      'delegated to {party}',
      'rely on {party}',
      'relies on {party}',
      'in accordance with {party}',
      'follows {party}',
      'follow {party}'
    ],
    why: 'A named party other than the vendor does the item, or the vendor follows what it does.'
  },
  {
    id: 'en.platform.hostedOn',
    decides: 'platform',
    weight: 'context',
    phrases: [
      'hosted on {party}',
      'hosted in {party}',
      'hosted by {party}',
      'runs on {party}',
      'running on {party}',
      'built on {party}',
      'deployed on {party}',
      'deployed in {party}',
      'on top of {party}'
    ],
    why: 'Where the service runs. Only context: it decides only when the answer says nothing else.'
  },
  {
    id: 'en.vendor.acts',
    decides: 'vendor',
    weight: 'says',
    phrases: [
      'we',
      'our',
      'is performed',
      'are performed',
      'is reviewed',
      'are reviewed',
      'is maintained',
      'are maintained',
      'is enforced',
      'are enforced',
      'is documented',
      'are documented',
      'is encrypted',
      'are encrypted'
    ],
    why: 'The vendor describes its own action. Ignored in a clause that names another party ("we rely on AWS").'
  }
];

const FLAGS: readonly FlagRule[] = [
  {
    id: 'en.hedge.notYet',
    cue: 'hedge',
    phrases: [
      'not currently',
      'currently not',
      'not yet',
      'planned for',
      'is planned',
      'are planned',
      'we plan to',
      'on the roadmap',
      'on our roadmap',
      'in progress',
      'under consideration',
      'being evaluated'
    ],
    why: 'A plan or work in progress is not an implementation.'
  },
  {
    id: 'en.hedge.qualified',
    cue: 'hedge',
    phrases: [
      'where feasible',
      'where possible',
      'where practical',
      'where practicable',
      'as far as possible',
      'best effort',
      'best-effort',
      'not always',
      'not all'
    ],
    why: 'A commitment that holds only when convenient.'
  },
  {
    id: 'en.hedge.irregular',
    cue: 'hedge',
    phrases: ['not regularly', 'not on a regular basis', 'ad hoc', 'ad-hoc', 'irregularly'],
    why: 'The control exists but not on the regular schedule the question asks for.'
  },
  {
    id: 'en.hedge.partial',
    cue: 'hedge',
    phrases: [
      'partially',
      'with the exception of',
      'except for',
      'except in',
      'limited to',
      'only for some',
      'some but not'
    ],
    why: 'Only part of what the item asks is covered.'
  },
  {
    id: 'en.denial.any',
    cue: 'denial',
    echoes: '*',
    phrases: ['^No,', '^No.', 'not implemented', 'not in place', 'have not implemented'],
    why: 'A flat "not done": whatever the item asks, a Yes beside it is contradicted.'
  },
  {
    id: 'en.denial.provide',
    cue: 'denial',
    echoes: 'provid',
    otherwise: 'hedged',
    phrases: [
      'do not provide',
      'does not provide',
      "don't provide",
      'is not provided',
      'are not provided'
    ],
    why: 'Not provided: contradicts a Yes when the question asks whether it is provided.'
  },
  {
    id: 'en.denial.encrypt',
    cue: 'denial',
    echoes: 'encrypt',
    otherwise: 'hedged',
    phrases: ['do not encrypt', 'is not encrypted', 'are not encrypted', 'unencrypted'],
    why: 'Not encrypted: contradicts a Yes to an encryption question.'
  },
  {
    id: 'en.denial.perform',
    cue: 'denial',
    echoes: 'perform',
    otherwise: 'hedged',
    phrases: ['do not perform', 'does not perform', 'is not performed', 'are not performed'],
    why: 'Not performed: contradicts a Yes when the question asks whether it is performed.'
  },
  {
    id: 'en.denial.publish',
    cue: 'denial',
    echoes: 'publish',
    otherwise: 'hedged',
    phrases: ['do not publish', 'does not publish', 'is not published', 'are not published'],
    why: 'Not published: a report or document the reviewer will not get.'
  },
  {
    id: 'en.denial.notSupported',
    cue: 'denial',
    echoes: 'support',
    otherwise: 'hedged',
    phrases: ['not supported', 'do not support', 'does not support'],
    why: 'Not supported: contradicts a Yes to "is X supported", otherwise a gap.'
  },
  {
    id: 'en.denial.notHeld',
    cue: 'denial',
    echoes: 'retain',
    otherwise: 'none',
    phrases: ['do not store', 'do not retain', 'does not store', 'does not retain'],
    why: '"We do not store customer data" is usually reassurance; it contradicts only a question about retaining.'
  },
  {
    id: 'en.denial.doNot',
    cue: 'denial',
    otherwise: 'hedged',
    phrases: ['we do not', "we don't", 'we have not', 'is not', 'are not'],
    why: 'Something the answer says is not done; which part is named after it, so it never contradicts on its own.'
  },
  {
    id: 'en.affirmation.done',
    cue: 'affirmation',
    phrases: [
      'we perform',
      'we conduct',
      'we maintain',
      'we encrypt',
      'we provide',
      'we use',
      'have implemented',
      'is implemented',
      'are implemented',
      'is enabled',
      'are enabled',
      'is encrypted',
      'are encrypted',
      'in place',
      'is performed',
      'are performed'
    ],
    why: 'The answer describes something in place. With No and no negative wording, mark and text disagree.'
  },
  {
    id: 'en.negation.any',
    cue: 'negation',
    phrases: [
      'not',
      'no',
      'never',
      'none',
      'without',
      'neither',
      'nor',
      'cannot',
      "don't",
      "doesn't",
      "isn't",
      "aren't",
      "haven't",
      "can't"
    ],
    why: 'Any negative wording: a No answer that says what is not done is consistent.'
  },
  {
    id: 'en.naOnly.words',
    cue: 'naOnly',
    phrases: ['not applicable', 'N/A', 'NA', 'none', 'nil', 'n.a.'],
    why: 'Words that only repeat "not applicable".'
  }
];

export const ENGLISH_RULES: RuleTable = {
  language: 'en',
  responsibility: RESPONSIBILITY,
  flags: FLAGS
};
