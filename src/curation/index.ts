/**
 * The curation layer (issue 16): pure recognisers and suggestions for the workbench. Import
 * from here; the files behind it are the recognisers' parts.
 */
export type {
  ArticleInput,
  Candidate,
  DraftSuggestion,
  FoundAmount,
  FoundCount,
  FoundDate,
  FoundDonor,
  FoundItem,
  FoundKind,
} from './candidate';
export { findCandidates, sentencesOf } from './candidates';
export { suggestRecord } from './suggest';
export {
  findDuplicates,
  suggestPartOf,
  type DraftLike,
  type DuplicateClue,
  type Match,
} from './duplicates';
export { checkDraft, figureProblems, type DraftContext, type FieldProblems } from './check-draft';
export { findEnglishNumbers } from '../data/english-numbers';
