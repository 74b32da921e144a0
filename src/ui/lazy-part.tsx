import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useI18n } from './use-i18n';
import './controls.css';

/**
 * A part of the page whose code is loaded when it is first shown (a chunk of its own, from the
 * app's own origin). Meanwhile it says it is loading; if the chunk cannot be fetched (offline, a
 * new deployment that dropped it), it says so, with "Try again", and the rest of the page works.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const fresh = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (reason) {
        throw new ChunkLoadError(reason instanceof Error ? reason.message : String(reason));
      }
    });
  return function LazyPart(props: P) {
    // A failed import is remembered by React.lazy: trying again needs a new lazy component.
    const [Part, setPart] = useState(fresh);
    return (
      <ChunkBoundary onRetry={() => setPart(fresh)}>
        <Suspense fallback={<LazyLoading />}>
          <Part {...props} />
        </Suspense>
      </ChunkBoundary>
    );
  };
}

/** The code of a part could not be fetched (as opposed to the part failing to render). */
class ChunkLoadError extends Error {}

function LazyLoading() {
  const { t } = useI18n();
  return (
    <p className="lazy-loading" role="status">
      {t.lazy.loading}
    </p>
  );
}

function LazyFailed({ detail, onRetry }: { detail: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <section role="alert" className="problems">
      <p>{t.lazy.failed}</p>
      <p className="muted">{detail}</p>
      <button type="button" className="control-button" onClick={onRetry}>
        {t.lazy.retry}
      </button>
    </section>
  );
}

class ChunkBoundary extends Component<
  { children: ReactNode; onRetry: () => void },
  { error: Error | null }
> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // Any other error is the page's boundary's to show.
    if (!(error instanceof ChunkLoadError)) throw error;
    return (
      <LazyFailed
        detail={error.message}
        onRetry={() => {
          this.props.onRetry();
          this.setState({ error: null });
        }}
      />
    );
  }
}
