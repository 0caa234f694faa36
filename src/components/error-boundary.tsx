/** Catches a render error in one view so the rest of the dashboard stays up. */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** An error boundary around one view, with a way to try again. */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the evidence for whoever opens the console; the page itself stays calm.
    console.warn(`The ${this.props.name} view failed to render:`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="error-panel" role="alert">
          <p className="error-panel__title">
            The {this.props.name} view failed to render: {this.state.error.message}
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Retry
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
