import type { LoadProgress } from '../data/load-user-dataset';
import type { Messages } from '../i18n/messages';

/**
 * What went wrong: a sentence in the reader's language (worded when shown), or the validator's
 * English text about the file (it quotes field names and is meant to be searched for).
 */
export type LoadMessage = ((t: Messages) => string) | string;

/** Why the last load showed nothing, and each problem found when there are several. */
export interface LoadError {
  message: LoadMessage;
  problems?: readonly string[] | undefined;
}

/** A load under way: the file's name and how far it has got ("drawing" once it is checked). */
export interface Loading {
  name: string;
  progress: LoadProgress | { stage: 'drawing'; percent: 100 };
}
