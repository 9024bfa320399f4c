/**
 * Aligning checksheets: which item of one sheet answers the same question as which item of another.
 * The public face of the bundle; the work is done in sibling modules.
 */
export {
  normalizeQuestion,
  matchKey,
  stableHash,
  MATCH_KEY_MAX_LENGTH
} from "./normalize";
