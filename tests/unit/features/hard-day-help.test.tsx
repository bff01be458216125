import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as jar from '@/db/repo/jar';
import { addWin } from '@/db/repo/wins';
import { HELP_WAITS_AT_MOST_MS } from '@/features/jar/hard-day-view';
import { renderApp } from '../../support/render-app';

vi.mock('@/db/repo/jar', async (importOriginal) => {
  const actual = await importOriginal<typeof jar>();
  return { ...actual, countJar: vi.fn(actual.countJar) };
});
const { countJar: readCount } = await vi.importActual<typeof jar>('@/db/repo/jar');

// A lazy screen's first load can take a while in a cold test run.
const firstLoad = { timeout: 10_000 };
const help = () => document.getElementById('hard-day-help');

/** Every state the screen passes through as the DOM changes, not only where it settles. */
function watchHelp(): { seen: { help: boolean; above: boolean }[]; stop: () => void } {
  const seen: { help: boolean; above: boolean }[] = [];
  const watch = new MutationObserver(() => {
    const above = document.querySelector('.hard-day article, .hard-day .empty');
    seen.push({ help: help() !== null, above: above !== null });
  });
  watch.observe(document.body, { subtree: true, childList: true });
  return { seen, stop: () => watch.disconnect() };
}

afterEach(() => {
  vi.mocked(jar.countJar).mockImplementation(readCount);
});

describe('the help on a hard day', () => {
  it('comes in with the pulled win, never ahead of it to be pushed down', async () => {
    await addWin({ text: 'Walked to the park', day: '2026-11-20' });
    const { seen, stop } = watchHelp();
    renderApp('/jar/pull');
    await screen.findByRole('heading', { name: 'If today is more than hard' }, firstLoad);
    stop();
    expect(screen.getByRole('article')).toHaveTextContent('Walked to the park');
    expect(seen.some((state) => state.help)).toBe(true);
    for (const state of seen) if (state.help) expect(state.above).toBe(true);
  });

  it('comes in with the empty jar’s words when there is nothing to pull', async () => {
    const { seen, stop } = watchHelp();
    renderApp('/jar/pull');
    await screen.findByRole('heading', { name: 'If today is more than hard' }, firstLoad);
    stop();
    expect(screen.getByText(/Your jar is empty for now/)).toBeVisible();
    for (const state of seen) if (state.help) expect(state.above).toBe(true);
  });

  it('is not held back long by storage that does not answer', async () => {
    vi.mocked(jar.countJar).mockImplementation(() => new Promise<number>(() => undefined));
    renderApp('/jar/pull');
    await screen.findByRole('heading', { level: 1, name: 'You have done hard things before' }, firstLoad);
    expect(help()).toBeNull();
    await screen.findByRole('heading', { name: 'If today is more than hard' }, { timeout: HELP_WAITS_AT_MOST_MS * 3 });
    expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
  });
});
