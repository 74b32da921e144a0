// The data contract's fixed lists, apart from the zod schema (schema.ts) that checks them: the
// page's first view needs the lists, only the loader needs zod.

/** What kind of event a record is; see docs in README "Data". */
export const KINDS = [
  'pledge',
  'approval',
  'delivery',
  'deployment',
  'intent',
  'request',
  'refusal',
  'cumulative',
] as const;

/** The fixed list of item categories. */
export const CATEGORIES = [
  'anti-tank',
  'air-defence',
  'artillery',
  'ammunition',
  'drones',
  'aircraft',
  'naval',
  'vehicles',
  'small-arms',
  'electronic-warfare',
  'medical',
  'training',
  'intelligence-cyber',
  'troops',
  'funding',
  'other',
] as const;

export const PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export const BASES = ['explicit', 'inferred'] as const;
export const UNITS = ['pieces', 'tonnes', 'troops'] as const;
