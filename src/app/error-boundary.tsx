import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18nFor } from '../i18n/i18n';
import { useViewStore } from '../state/store';
import '../ui/controls.css';

interface Props {
  children: ReactNode;
  /** Called by "Back to the start" before the children are tried again. */
  onReset?: () => void;
}

interface State {
  error: Error | null;
}

/** Catches a rendering error: a message and a way back, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console; the page itself shows the message.
    console.warn('Rendering failed:', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // Read once, not subscribed: the store itself may be what failed.
    const { t } = i18nFor(useViewStore.getState().language);
    return (
      <section role="alert" className="problems">
        <h2>{t.error.title}</h2>
        <p>{error.message}</p>
        <button
          type="button"
          className="control-button"
          onClick={() => {
            this.props.onReset?.();
            this.setState({ error: null });
          }}
        >
          {t.error.back}
        </button>
      </section>
    );
  }
}
