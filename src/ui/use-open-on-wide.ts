import { useState } from 'react';
import { isNarrowScreen } from './breakpoints';

/**
 * The open state of a disclosure (<details>) that starts open on a wide screen and folded on a
 * phone, so the charts come up on a phone's first screen; the reader's toggle wins after that.
 */
export function useOpenOnWide(): [boolean, (open: boolean) => void] {
  return useState(() => !isNarrowScreen());
}
