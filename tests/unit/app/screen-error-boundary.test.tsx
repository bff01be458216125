import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { retryableLazy, retryFailedLoads } from '@/components/retryable-lazy';
import { ScreenErrorBoundary } from '@/components/screen-error-boundary';

function Goals() {
  return <h1>Teeny-tiny goals</h1>;
}

describe('a screen whose code does not arrive', () => {
  it('says so in its own space, keeps the rest of the app, and opens on Try again once the code comes', async () => {
    // React reports the caught error to the console; the test is about what the person sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let online = false;
    const load = vi.fn(() => (online ? Promise.resolve(Goals) : Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
    const GoalsScreen = retryableLazy(load);
    render(
      <>
        <nav aria-label="Main">tabs</nav>
        <ScreenErrorBoundary resetKey="/goals" onRetry={retryFailedLoads}>
          <Suspense fallback={<p>Loading…</p>}>
            <GoalsScreen />
          </Suspense>
        </ScreenErrorBoundary>
      </>,
    );

    const heading = await screen.findByRole('heading', { name: 'This screen didn’t open' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/Your wins are safe on this phone/)).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();

    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Teeny-tiny goals' })).toBeVisible();
  });

  it('clears the problem when the person goes to another screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = retryableLazy<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const view = (where: string) => (
      <ScreenErrorBoundary resetKey={where} onRetry={retryFailedLoads}>
        <Suspense fallback={null}>{where === '/goals' ? <Broken /> : <h1>Today</h1>}</Suspense>
      </ScreenErrorBoundary>
    );
    const { rerender } = render(view('/goals'));
    expect(await screen.findByRole('heading', { name: 'This screen didn’t open' })).toBeVisible();
    rerender(view('/'));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeVisible();
  });
});
