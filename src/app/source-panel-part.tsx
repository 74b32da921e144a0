import { useState, type ComponentProps } from 'react';
import { loadBuiltInTexts } from '../data/built-in-dataset';
import type { SourcePanel as Panel } from '../components/source-panel';
import { useViewStore } from '../state/store';
import { lazyPart } from '../ui/lazy-part';

// The source panel, with the article texts it shows, is not part of the first view: both are
// fetched when a record is first pinned (a line says so; a fetch that fails offers "Try again").
const LazyPanel = lazyPart(async () => {
  const [{ SourcePanel }] = await Promise.all([
    import('../components/source-panel'),
    loadBuiltInTexts(),
  ]);
  return SourcePanel;
});

/** The source panel, from the first pin on; then it stays, so closing it returns focus. */
export function SourcePanel(props: ComponentProps<typeof Panel>) {
  const pinned = useViewStore((s) => s.pinnedId !== null);
  const [wanted, setWanted] = useState(pinned);
  if (pinned && !wanted) setWanted(true);
  return wanted ? <LazyPanel {...props} /> : null;
}
