import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareWinSheet } from '@/features/today/share-win-sheet';
import { drawWinCard } from '@/features/today/win-card-image';
import { makeWin } from '../../support/factories';
import { catchDownloads } from '../../support/file-catcher';

// jsdom draws nothing on a canvas; the card's drawing has its own tests and a look by screenshot.
vi.mock('@/features/today/win-card-image', () => ({
  drawWinCard: vi.fn(() => Promise.resolve(new Blob(['a png'], { type: 'image/png' }))),
}));

const share = vi.fn<(data: ShareData) => Promise<void>>();

beforeEach(() => {
  share.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'canShare');
  vi.restoreAllMocks();
});

/** Opens the sheet and lets the card it draws on opening arrive. */
async function openSheet(text: string) {
  render(<ShareWinSheet win={makeWin({ text })} onClose={() => undefined} />);
  await act(async () => {
    await Promise.resolve();
  });
  expect(drawWinCard).toHaveBeenCalledWith(text, false);
  return screen.getByRole('dialog', { name: 'Share this win' });
}

describe('sharing one win as an image', () => {
  it('hands a PNG to the share sheet straight from the tap, with a title a person can read', async () => {
    await openSheet('Said no kindly');
    // Checked without waiting: the share sheet opens within the tap itself, as Safari requires.
    fireEvent.click(screen.getByRole('button', { name: 'Share as an image' }));
    expect(share).toHaveBeenCalledOnce();
    const data = share.mock.calls[0]?.[0];
    expect(data?.title).toBe('A small win');
    const [file] = data?.files ?? [];
    expect(file).toBeInstanceOf(File);
    expect(file?.type).toBe('image/png');
    expect(file?.name).toBe('small-win.png');
  });

  it('when the share sheet is not allowed to open, saves the image instead and says so', async () => {
    share.mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError'));
    const downloads = catchDownloads();
    await openSheet('Said no kindly');
    fireEvent.click(screen.getByRole('button', { name: 'Share as an image' }));
    expect(await screen.findByText('The share sheet did not open, so the image was saved to your downloads instead.')).toBeVisible();
    expect(downloads.map((file) => file.name)).toEqual(['small-win.png']);
  });

  it('where the browser cannot share files, names the button for what it does, and saves the image', async () => {
    Reflect.deleteProperty(navigator, 'canShare');
    const downloads = catchDownloads();
    await openSheet('Said no kindly');
    expect(screen.queryByRole('button', { name: 'Share as an image' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save as an image' }));
    expect(await screen.findByText('Image saved to your downloads.')).toBeVisible();
    expect(downloads.map((file) => file.name)).toEqual(['small-win.png']);
    expect(share).not.toHaveBeenCalled();
  });
});
