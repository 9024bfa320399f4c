/**
 * The people and vendors of the preview: the contract scenarios' users (admin, reviewer, viewer
 * and a second reviewer, `otherReviewer`) and a few made-up vendor Accounts.
 */
import { fixedId, KEY_PREFIXES } from './ids';

/** The permission set a preview user has. */
export type Role = 'admin' | 'reviewer' | 'viewer';

export interface PreviewUser {
  id: string;
  name: string;
  role: Role;
}

/** The preview shell's user Ids (`005000000000001AAA` …), so both sides name the same people. */
function userId(n: number): string {
  return fixedId(KEY_PREFIXES.user, n);
}

export const PREVIEW_USERS = {
  admin: { id: userId(1), name: 'Alex Admin', role: 'admin' },
  reviewer: { id: userId(2), name: 'Riko Reviewer', role: 'reviewer' },
  viewer: { id: userId(3), name: 'Val Viewer', role: 'viewer' },
  otherReviewer: { id: userId(4), name: 'Sam Second-Reviewer', role: 'reviewer' }
} as const satisfies Record<string, PreviewUser>;

export type PreviewUserKey = keyof typeof PREVIEW_USERS;

const USERS_BY_ID: ReadonlyMap<string, PreviewUser> = new Map(
  Object.values(PREVIEW_USERS).map((user) => [user.id, user])
);

export function userById(id: string | null | undefined): PreviewUser | undefined {
  return id === null || id === undefined ? undefined : USERS_BY_ID.get(id);
}

/** Made-up vendors: those of data/samples, and the contract scenarios' "Acme Cloud Co.". */
export const SAMPLE_VENDOR_NAMES = {
  acme: 'アクメクラウド株式会社',
  globex: 'グロベックス・システムズ株式会社',
  initech: 'Initech, Inc.',
  harukaze: 'ハルカゼ・ワークス株式会社',
  willowbrook: 'Willowbrook Analytics Ltd.',
  scenarioVendor: 'Acme Cloud Co.'
} as const;
