import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareWinSheet } from '@/components/share-win-sheet';
import { drawWinCard } from '@/components/win-card-image';
import { makeWin } from '../../support/factories';
import { catchDownloads } from '../../support/file-catcher';

// jsdom draws nothing on a canvas; the card's drawing has its own tests and a look by screenshot.
vi.mock('@/components/win-card-image', () => ({
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

describe('copying one win', () => {
  // What the older copy command was asked to copy: the text selected when it ran.
  let commandCopies: string[];
  let commandWorks: boolean;

  beforeEach(() => {
    commandCopies = [];
    commandWorks = true;
    // Where the page is not served over HTTPS there is no Clipboard API at all.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string) => {
        const field = document.activeElement;
        if (command === 'copy' && field instanceof HTMLTextAreaElement) commandCopies.push(field.value);
        return commandWorks;
      },
    });
  });

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('without a Clipboard API, still copies the win and why it mattered, and keeps focus on Copy', async () => {
    render(<ShareWinSheet win={makeWin({ text: 'Said no kindly', why: 'I matter too' })} onClose={() => undefined} />);
    const copy = screen.getByRole('button', { name: 'Copy the text' });
    copy.focus();
    fireEvent.click(copy);
    expect(await screen.findByText('Copied. Paste it wherever you like.')).toBeVisible();
    expect(commandCopies).toEqual(['Said no kindly\n\nWhy it mattered: I matter too']);
    expect(copy).toHaveFocus();
  });

  it('where nothing may copy, selects the words for the person to copy, and says so', async () => {
    commandWorks = false;
    render(<ShareWinSheet win={makeWin({ text: 'Said no kindly', why: 'I matter too' })} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the text' }));
    expect(await screen.findByText(/would not let Small Wins copy\. The words are selected above/)).toBeVisible();
    expect(getSelection()?.toString()).toMatch(/^Said no kindly\s*Why it mattered: I matter too$/);
    expect(screen.queryByText(/Try copying the text instead/)).not.toBeInTheDocument();
  });
});

describe('what the sheet says will be sent', () => {
  it('speaks of why it mattered only for a win that has one', async () => {
    const sheet = await openSheet('Said no kindly');
    expect(sheet).toHaveTextContent('Only this win is shared, and only where you send it.');
    expect(sheet).not.toHaveTextContent('why it mattered');
  });
});
