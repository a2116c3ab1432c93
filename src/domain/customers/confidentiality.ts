/**
 * Field groups carry levels (SPEC §2.5): 秘密 basic information, 机密 contacts, 绝密 cooperation details.
 * A user sees a group in full, masked, or not at all.
 */
export const LEVELS = ['secret', 'confidential', 'top_secret'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  secret: '秘密',
  confidential: '机密',
  top_secret: '绝密',
};

export type Exposure = 'full' | 'masked' | 'hidden';
export type Visibility = Record<Level, Exposure>;

export const FULL: Visibility = { secret: 'full', confidential: 'full', top_secret: 'full' };

export interface ViewerFacts {
  /** The customer is within the user's data scope (own / department / all by role). */
  inScope: boolean;
  /** The user may see customer rows at all (customers.read). */
  canRead: boolean;
  /** The user's only customer-reading role is marketing: basic info, masked. */
  basicOnly: boolean;
  /** Levels granted by approved, unexpired access requests for this customer. */
  grantedLevels: Level[];
}

/** Out of scope: basic information visible, contacts masked, cooperation figures hidden — unless granted. */
export function visibilityFor(viewer: ViewerFacts): Visibility {
  if (!viewer.canRead) return { secret: 'hidden', confidential: 'hidden', top_secret: 'hidden' };
  if (viewer.inScope) return FULL;
  // Marketing: name, industry and region only (SPEC §1, §2.5); contacts not even masked.
  const base: Visibility = viewer.basicOnly
    ? { secret: 'masked', confidential: 'hidden', top_secret: 'hidden' }
    : { secret: 'full', confidential: 'masked', top_secret: 'hidden' };
  // A grant for a level opens that level and the ones below it.
  const top = Math.max(-1, ...viewer.grantedLevels.map((l) => LEVELS.indexOf(l)));
  for (let i = 0; i <= top; i++) base[LEVELS[i] as Level] = 'full';
  return base;
}

/** Levels whose full view is recorded in the audit log. */
export function auditedLevels(visibility: Visibility): Level[] {
  return (['confidential', 'top_secret'] as const).filter((l) => visibility[l] === 'full');
}
