import { Component, type ReactNode } from 'react';

/**
 * A part of a screen that is a bonus, not the point of it (On this day, the home-screen offer):
 * if its code cannot arrive or it fails, it is simply not there, and the screen it sits in
 * (Today, with the field to write in) carries on instead of giving way to an error.
 */
export class OptionalPart extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
