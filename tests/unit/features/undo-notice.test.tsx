import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoNotice } from '@/features/today/undo-notice';
import { useAppStore } from '@/store/store';

describe('the undo offer after a delete', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    useAppStore.getState().offerUndo({ winId: 'win-1', text: 'Texted Sam back' });
  });
  afterEach(() => vi.useRealTimers());

  it('stays while focus is on Undo or Dismiss, and goes ten seconds after focus leaves it', () => {
    render(<UndoNotice />);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    act(() => {
      vi.advanceTimersByTime(25_000);
    });
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    act(() => {
      vi.advanceTimersByTime(25_000);
    });
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
    act(() => {
      screen.getByRole('button', { name: 'Dismiss' }).blur();
    });
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(screen.queryByText('Win deleted.')).not.toBeInTheDocument();
  });
});
