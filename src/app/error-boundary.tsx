import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <section role="alert" className="problems">
        <h2>Something went wrong while drawing this view</h2>
        <p>{error.message}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onReset?.();
            this.setState({ error: null });
          }}
        >
          Back to the start
        </button>
      </section>
    );
  }
}
