import type { Amount, Announcement, Dataset, SourceMeta } from '../data/schema';
import { validateDataset } from '../data/validate';
import type { SourceTexts } from '../data/validate-sources';
import { numbersIn } from './figures';

/**
 * The workbench's checks of one draft record, by the same validator as `npm run validate-data`
 * (src/data/validate.ts has no single-record entry: a record's rules need the file's sources,
 * texts, rates and the other records' ids). The draft is validated as the last record of the
 * working dataset, and its problems are returned by field path ("date.start", "amount",
 * "sources[0].excerpt"; "" for the record as a whole), so the form shows each beside its field.
 */

export interface DraftContext {
  /** The working dataset: the built-in records and those already added. */
  dataset: Dataset;
  /** Article texts by source id, the new article's included. */
  texts: SourceTexts;
  /** The draft's article when it is not yet among `dataset.sources`. */
  source?: SourceMeta;
  /** The latest date a record may carry (YYYY-MM-DD); defaults to today. */
  today?: string;
}

export type FieldProblems = Record<string, string[]>;

function add(problems: FieldProblems, path: string, message: string) {
  const list = (problems[path] ??= []);
  if (!list.includes(message)) list.push(message);
}

/**
 * Every problem the validator finds with `draft` (any value: a form's state may be incomplete)
 * in the working dataset, by field path below the record; the new source's own problems are
 * under "source" ("source.published"). A draft that replaces a record of the same id is checked
 * in its place. Empty when the draft would pass.
 */
export function checkDraft(
  draft: unknown,
  { dataset, texts, source, today }: DraftContext,
): FieldProblems {
  const id = typeof draft === 'object' && draft !== null && 'id' in draft ? draft.id : undefined;
  const others = dataset.announcements.filter((r) => r.id !== id);
  const sources =
    source && !dataset.sources.some((s) => s.id === source.id)
      ? [...dataset.sources, source]
      : dataset.sources;
  const index = others.length;
  const sourceIndex = source ? sources.findIndex((s) => s.id === source.id) : -1;
  const { problems } = validateDataset(
    { ...dataset, sources, announcements: [...others, draft] },
    texts,
    today ? { today } : {},
  );
  const byField: FieldProblems = {};
  const own = `announcements[${index}]`;
  const ownSource = `sources[${sourceIndex}]`;
  for (const problem of problems) {
    if (
      problem.path === own ||
      problem.path.startsWith(`${own}.`) ||
      problem.path.startsWith(`${own}[`)
    )
      add(byField, problem.path.slice(own.length).replace(/^\./, ''), problem.message);
    else if (sourceIndex >= 0 && problem.path.startsWith(ownSource))
      add(byField, `source${problem.path.slice(ownSource.length)}`, problem.message);
  }
  return byField;
}

/**
 * The figure check: the amount and each quantity must be printed in one of the excerpts, read as
 * the article's language prints figures ("350 miljoen dollar", "$2 billion", "tweeduizend").
 * Problems by field path, as checkDraft gives them.
 */
export function figureProblems(
  record: Pick<Announcement, 'amount' | 'items'>,
  excerpts: readonly string[],
  language: 'nl' | 'en',
): FieldProblems {
  const mentions = excerpts.flatMap((e) => numbersIn(e, language));
  const printed = mentions.length
    ? `found: ${mentions.map((m) => `"${m.text}"`).join(', ')}`
    : 'no figures found in the excerpts';
  const problems: FieldProblems = {};
  if (record.amount && !mentions.some((m) => sameAmount(m, record.amount!)))
    add(
      problems,
      'amount',
      `${record.amount.value} ${record.amount.currency ?? '(no currency)'} is not in the excerpt as printed (${printed})`,
    );
  record.items.forEach((item, i) => {
    if (item.quantity === undefined) return;
    const tonnes = item.unit === 'tonnes';
    if (
      !mentions.some(
        (m) => m.value === item.quantity && m.currency === null && (m.unit === 'tonnes') === tonnes,
      )
    )
      add(
        problems,
        `items[${i}].quantity`,
        `${item.quantity} ${item.unit ?? ''} is not in the excerpt as printed (${printed})`,
      );
  });
  return problems;
}

function sameAmount(m: { value: number; currency: string | null }, amount: Amount): boolean {
  return m.value === amount.value && m.currency === amount.currency;
}
