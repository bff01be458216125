import { Component, createRef, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** A new value (the address) clears the problem. */
  resetKey: string;
  /** Called before each fresh try, by the button or by moving to another screen. */
  onRetry: () => void;
};
type State = { failed: boolean };

/**
 * A screen that cannot open (most often its code did not download: offline before the app
 * had finished saving itself for offline use) says so in its own space, with a way on,
 * instead of taking the whole app down to a blank page. React has no hook for this yet.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };
  private heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props, before: State) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.tryAgain();
    // Focus was on the tab or the button that led here; it moves to what happened instead.
    else if (this.state.failed && !before.failed) this.heading.current?.focus();
  }

  private tryAgain = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="problem" aria-labelledby="screen-problem-heading">
        <h1 id="screen-problem-heading" tabIndex={-1} ref={this.heading}>
          This screen didn’t open
        </h1>
        <p>
          Your wins are safe on this phone. If you are offline, this part of the app may not have
          been saved for offline use yet: try again once you are connected.
        </p>
        <button type="button" className="button button-primary" onClick={this.tryAgain}>
          Try again
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the app
        </button>
      </section>
    );
  }
}
