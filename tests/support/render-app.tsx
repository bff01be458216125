import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '@/app/app';

/** Renders the whole app at a path, as a person arriving from a link would see it. */
export function renderApp(path = '/') {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const view = render(<App hook={location.hook} />);
  return { ...view, user, location };
}
