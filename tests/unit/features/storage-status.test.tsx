import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';

// The screen's code is loaded on demand; the first load (and its transform) can outlast a find's second.
beforeAll(() => import('@/features/backup/backup-screen'));

/** A browser's storage manager that has not promised to keep the site's data, and answers `persist` with `grants`. */
function storageThatAnswers(grants: boolean) {
  const asked: number[] = [];
  let persisted = false;
  const storage = {
    persisted: () => Promise.resolve(persisted),
    estimate: () => Promise.resolve({ usage: 1_400_000, quota: 1e9 }),
    persist: () => {
      asked.push(Date.now());
      persisted = grants;
      return Promise.resolve(grants);
    },
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return asked;
}

afterEach(() => Reflect.deleteProperty(navigator, 'storage'));

describe('where the browser has not promised to keep the wins', () => {
  it('lets the person ask again, and says so plainly when the browser agrees', async () => {
    const asked = storageThatAnswers(true);
    const { user } = renderApp('/backup');
    expect(await screen.findByText(/This browser may clear your wins/)).toBeVisible();
    expect(screen.getByText('Small Wins uses about 1.4 MB on this device.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ask this browser to keep them' }));
    const answer = await screen.findByText('Done: this browser will keep your wins.');
    expect(screen.getByText('This browser has agreed to keep your wins even when space runs low.')).toBeVisible();
    // The button went with the yes: the answer holds focus instead of the page.
    expect(screen.queryByRole('button', { name: 'Ask this browser to keep them' })).not.toBeInTheDocument();
    await waitFor(() => expect(answer).toHaveFocus());
    expect(asked).toHaveLength(1);
  });

  it('says what a no means and what keeps the wins safe meanwhile, and can be asked again', async () => {
    const asked = storageThatAnswers(false);
    const { user } = renderApp('/backup');
    const button = await screen.findByRole('button', { name: 'Ask this browser to keep them' });
    await user.click(button);
    expect(await screen.findByText(/This browser has not agreed yet\. .* you can ask again later\. A backup keeps your wins safe either way\./)).toBeVisible();
    expect(button).toHaveFocus();
    await user.click(button);
    expect(asked).toHaveLength(2);
  });
});

describe('a browser that cannot be asked', () => {
  it('offers no button, and the screen still shows when the browser will not say', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: () => Promise.reject(new Error('Not here')), estimate: () => Promise.reject(new Error('Not here')) },
    });
    renderApp('/backup');
    expect(await screen.findByRole('heading', { name: 'Save a copy' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ask this browser to keep them' })).not.toBeInTheDocument();
  });
});
