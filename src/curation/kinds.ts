import type { Kind } from '../data/schema';
import type { FoundKind } from './candidate';

/**
 * Aid verbs and phrases, Dutch and English, and the kind of record each suggests: "beloofde",
 * "toegezegd" → pledge; "leverde", "stuurden" → delivery; "groen licht", "goedgekeurd" →
 * approval; "wil geen" → refusal; "vroeg" → request. Dutch separable verbs are found with their
 * particle later in the clause ("keurde … goed", "stelt … beschikbaar", "zegde … toe").
 */
const PHRASES: Array<[Kind, string[]]> = [
  [
    'refusal',
    [
      'wil(?:de|den|len)?\\s+(?:\\S+\\s+){0,4}?(?:geen|niet)',
      'weiger\\p{L}*',
      'uitgesloten',
      'sluit\\p{L}*\\s+(?:\\S+\\s+){0,4}?uit',
      'verbod',
      'refus\\p{L}*',
      'ruled out',
      'rules out',
      '(?:will|would|does|do|did) not (?:send|supply|deliver|provide)',
      "won['’]t (?:send|supply|deliver|provide)",
      'declin(?:es|ed) to',
    ],
  ],
  [
    'approval',
    [
      'groen licht',
      'goedgekeurd',
      'keurde(?:n)?\\s+(?:[^.;]{0,160}?)\\sgoed',
      'keurt\\s+(?:[^.;]{0,160}?)\\sgoed',
      'toestemming',
      'onderschre\\p{L}*',
      'vergunning',
      'green light',
      'approv\\p{L}*',
      'authori[sz]\\p{L}*',
      'cleared',
      'permission',
    ],
  ],
  [
    'intent',
    [
      'van plan',
      'bereid',
      'welwillend',
      'overweegt',
      'overwegen',
      'in overweging',
      'is willing',
      'are willing',
      'plans? to',
      'ready to',
      'considering',
      'intends? to',
    ],
  ],
  [
    'request',
    [
      'vroeg(?:en)?',
      'gevraagd',
      '\\p{L}*verzoek\\p{L}*',
      'verzocht',
      'ask(?:s|ed)',
      'request\\p{L}*',
      'appeal\\p{L}*',
    ],
  ],
  [
    'cumulative',
    [
      'in totaal',
      'tot nu toe',
      'sinds het begin',
      'in total',
      'so far',
      'to date',
      'since the start',
    ],
  ],
  [
    'pledge',
    [
      'belo(?:of|v)\\p{L}*',
      'toegezegd',
      'toezegging\\p{L}*',
      'zegde(?:n)?\\s+(?:[^.;]{0,120}?)\\stoe',
      'stel(?:t|de|den)\\s+(?:[^.;]{0,120}?)\\sbeschikbaar',
      'beschikbaar gesteld',
      'maakte(?:n)?\\s+(?:[^.;]{0,120}?)\\svrij',
      'geeft\\s+(?:[^.;]{0,60}?)\\suit',
      'aangekondigd',
      'kondigde(?:n)?\\s+(?:[^.;]{0,120}?)\\saan',
      'aankondig\\p{L}*',
      'pledg\\p{L}*',
      'promis\\p{L}*',
      'commit(?:s|ted|ment)',
      'announc\\p{L}*',
      'will (?:send|supply|provide|give)',
    ],
  ],
  [
    'deployment',
    [
      'stationeren',
      'gestationeerd',
      'inzetten',
      'ingezet',
      'paraatheid',
      'gereedheid',
      'stand-by',
      'deploy\\p{L}*',
      'station(?:s|ed|ing)',
      'standby',
      'on alert',
    ],
  ],
  [
    'delivery',
    [
      'lever(?:de|den|t|en)',
      'geleverd',
      '\\p{L}*levering\\p{L}*',
      'stuur(?:t|de|den)',
      'stuurt',
      'gestuurd',
      'verstuurd',
      'kwamen\\s+(?:[^.;]{0,80}?)\\saan',
      'aangekomen',
      'overgedragen',
      'deliver(?:s|ed|y|ies)',
      'sent',
      'shipped',
      'supplied',
      'arrived',
      'handed over',
    ],
  ],
];

const COMPILED = PHRASES.flatMap(([kind, patterns]) =>
  patterns.map((p) => ({ kind, re: new RegExp(`(?<!\\p{L})(?:${p})(?!\\p{L})`, 'giu') })),
);

/** The aid verbs of `text`, in order (offsets shifted by `offset`); overlapping finds keep the first kind. */
export function findKinds(text: string, offset = 0): FoundKind[] {
  const found: FoundKind[] = [];
  for (const { kind, re } of COMPILED) {
    for (const match of text.matchAll(re)) {
      const start = match.index + offset;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ start, end, text: match[0], kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The kind a span suggests: a refusal wherever it stands (a "not" outweighs the verb it
 * negates), otherwise the first aid verb of the span; null when there is none.
 */
export function suggestKind(kinds: readonly FoundKind[]): Kind | null {
  if (kinds.some((k) => k.kind === 'refusal')) return 'refusal';
  return kinds[0]?.kind ?? null;
}
