import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { lockTheApp, navLink, saveWin, todaysWins, winField } from './support/app';

test('text shared from another app opens as a draft win, ready to add to, kept after a reload', async ({ page }) => {
  await page.goto(`/share?title=${encodeURIComponent('From my notes')}&text=${encodeURIComponent('Walked Jo to the bus')}`);
  await expect(page).toHaveURL(/\/$/);
  await expect(winField(page)).toHaveValue('From my notes\nWalked Jo to the bus');
  // The caret waits after the shared words, so what is typed next adds to them.
  await expect(winField(page)).toBeFocused();
  await page.keyboard.type(', in the rain');
  await expect(winField(page)).toHaveValue('From my notes\nWalked Jo to the bus, in the rain');
  await page.waitForTimeout(300);
  await page.reload();
  await expect(winField(page)).toHaveValue('From my notes\nWalked Jo to the bus, in the rain');
});

test('a shared link is added to the draft being written, on a new line, and says so', async ({ page }) => {
  await page.goto('/');
  await winField(page).fill('Asked for help');
  // The draft is kept as it is typed; give it a moment to be stored, as a person switching apps would.
  await page.waitForTimeout(300);
  const link = 'https://example.org/a-kind-article';
  await page.goto(`/share?title=${encodeURIComponent('A kind article')}&url=${encodeURIComponent(link)}`);
  await expect(page).toHaveURL(/\/$/);
  await expect(winField(page)).toHaveValue(`Asked for help\nA kind article\n${link}`);
  await expect(page.getByRole('status').filter({ hasText: 'What you shared was added to your draft' })).toBeAttached();
  await page.waitForTimeout(300);
  await page.reload();
  await expect(winField(page)).toHaveValue(`Asked for help\nA kind article\n${link}`);
});

test('text shared in while locked waits behind the lock, says so, and joins the draft once unlocked', async ({ page }) => {
  await lockTheApp(page);
  await page.goto(`/share?text=${encodeURIComponent('Said no to the extra shift')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal is resting' })).toBeVisible();
  await expect(page.getByText('What you shared is waiting. It joins your draft on Today once you unlock.')).toBeVisible();
  await page.getByLabel('Passcode').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(winField(page)).toHaveValue('Said no to the extra shift');
  await expect(page).toHaveURL(/\/$/);
});

test('the daily reminder file parses and recurs every day at the chosen time', async ({ page, baseURL }) => {
  await page.goto('/reminders');
  await page.getByLabel('Remind me at').fill('21:15');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the calendar reminder' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('small-wins-reminder.ics');
  const text = await readFile((await file.path()));
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text.toString()) as unknown[]).getFirstSubcomponent('vevent') ?? undefined);
  expect(event.isRecurring()).toBe(true);
  const times = event.iterator();
  const first = times.next();
  const second = times.next();
  expect(first.toString()).toMatch(/T21:15:00$/);
  expect(second.toJSDate().getTime() - first.toJSDate().getTime()).toBe(24 * 60 * 60 * 1000);
  expect(event.description).toContain(`${baseURL ?? ''}/`);
});

test('the app badge shows while today has no win and clears with the first', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { badgeCalls: calls });
    Object.defineProperty(navigator, 'setAppBadge', { value: () => (calls.push('set'), Promise.resolve()) });
    Object.defineProperty(navigator, 'clearAppBadge', { value: () => (calls.push('clear'), Promise.resolve()) });
  });
  await page.goto('/');
  const calls = () => page.evaluate(() => (window as unknown as { badgeCalls: string[] }).badgeCalls.at(-1));
  await expect.poll(calls).toBe('set');
  await winField(page).fill('Opened the curtains');
  await winField(page).press('Enter');
  await expect(todaysWins(page).getByText('Opened the curtains')).toBeVisible();
  await expect.poll(calls).toBe('clear');
});

/** Saves a win on Today and opens the share sheet for it. */
async function saveAndShare(page: Page, win: string): Promise<Locator> {
  await winField(page).fill(win);
  await winField(page).press('Enter');
  await page.getByRole('button', { name: `Share “${win}”` }).click();
  return page.getByRole('dialog', { name: 'Share this win' });
}

test('one win can be copied to share, and nothing is shared without a tap', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const sheet = await saveAndShare(page, 'Said no kindly');
  await sheet.getByRole('button', { name: 'Copy the text' }).click();
  await expect(sheet.getByText('Copied.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Said no kindly');
});

test('without a Clipboard API (the app opened by an address not on HTTPS), Copy the text still copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Hidden from the app only: the test reads the clipboard through the prototype's own getter.
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto('/');
  const sheet = await saveAndShare(page, 'Said no kindly');
  await sheet.getByRole('button', { name: 'Copy the text' }).click();
  await expect(sheet.getByText('Copied.', { exact: false })).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Copy the text' })).toBeFocused();
  const copied = await page.evaluate(() => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')?.get?.call(navigator) as Clipboard;
    return clipboard.readText();
  });
  expect(copied).toBe('Said no kindly');
});

test('one win shared as an image hands a real PNG card to the share sheet, titled for people', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: { title: string | undefined; name: string | undefined; type: string | undefined; head: number[] }[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'canShare', { value: () => true });
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        const file = data.files?.[0];
        shared.push({ title: data.title, name: file?.name, type: file?.type, head: file ? [...new Uint8Array(await file.slice(0, 8).arrayBuffer())] : [] });
      },
    });
  });
  await page.goto('/');
  await saveAndShare(page, 'Said no kindly');
  await page.getByRole('dialog', { name: 'Share this win' }).getByRole('button', { name: 'Share as an image' }).click();
  const shared = () => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
  await expect.poll(shared).toEqual([
    // The first bytes of every PNG file.
    { title: 'A small win', name: 'small-win.png', type: 'image/png', head: [137, 80, 78, 71, 13, 10, 26, 10] },
  ]);
});

/** Writes a win with why it mattered on Today, the way a person does. */
async function saveWinWithWhy(page: Page, win: string, why: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add why it mattered, or tags' }).click();
  await page.getByRole('textbox', { name: 'Why it mattered (optional)' }).fill(why);
  await saveWin(page, win);
}

test('a win pulled from the jar can be copied to share, why and all, and Done hands focus back to its Share', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await saveWinWithWhy(page, 'Asked for a day off', 'Rest is allowed');
  await page.goto('/jar');
  await page.getByRole('button', { name: 'Pull a win', exact: true }).click();
  const share = page.getByRole('article').getByRole('button', { name: 'Share “Asked for a day off”' });
  await share.click();
  const sheet = page.getByRole('dialog', { name: 'Share this win' });
  await sheet.getByRole('button', { name: 'Copy the text' }).click();
  await expect(sheet.getByText('Copied.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Asked for a day off\n\nWhy it mattered: Rest is allowed');
  await sheet.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(share).toBeFocused();
  // The win stays out of the jar on its card until the person chooses what next.
  await expect(page.getByRole('article', { name: 'Asked for a day off' })).toBeVisible();
});

test('a win on a day in Look back, shared as text, hands the share sheet its words and why, and nothing before the tap', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: { text: string | null; title: string | null; files: number }[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        shared.push({ text: data.text ?? null, title: data.title ?? null, files: data.files?.length ?? 0 });
        return Promise.resolve();
      },
    });
  });
  await saveWinWithWhy(page, 'Wrote back to Ana', 'Friends matter');
  await navLink(page, 'Look back').click();
  await page.getByRole('link', { name: /, has wins$/ }).first().click();
  await page.getByRole('button', { name: 'Share “Wrote back to Ana”' }).click();
  const sheet = page.getByRole('dialog', { name: 'Share this win' });
  await expect(sheet.getByText('Wrote back to Ana', { exact: true })).toBeVisible();
  const shared = () => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
  // The sheet is open and its card drawn: still nothing has gone anywhere.
  await expect(sheet.locator('.share-card-preview img')).toBeVisible();
  expect(await shared()).toEqual([]);
  await sheet.getByRole('button', { name: 'Share as text' }).click();
  await expect.poll(shared).toEqual([{ text: 'Wrote back to Ana\n\nWhy it mattered: Friends matter', title: null, files: 0 }]);
});

/** Where the win's words sit on the card's preview, left to right, in pixels of the 1080 px card. */
async function inkOnCard(page: Page): Promise<{ from: number; to: number }> {
  const preview = page.getByRole('dialog', { name: 'Share this win' }).locator('.share-card-preview img');
  await expect(preview).toBeVisible();
  return preview.evaluate(async (image: HTMLImageElement) => {
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas');
    context.drawImage(image, 0, 0);
    // The words' band: under "A small win", above "Small Wins", right of the accent bar.
    const { data } = context.getImageData(100, 240, 900, 620);
    let from = Infinity;
    let to = -Infinity;
    for (let at = 0; at < data.length; at += 4) {
      if ((data[at] ?? 255) > 100) continue;
      const x = 100 + ((at / 4) % 900);
      from = Math.min(from, x);
      to = Math.max(to, x);
    }
    return { from, to };
  });
}

test('a win in Hebrew or Arabic is drawn on its image card from the right margin, as it reads', async ({ page }) => {
  await page.goto('/');
  for (const [win, side] of [['נחתי קצת', 'right'], ['Rested a bit', 'left']] as const) {
    await saveAndShare(page, win);
    const { from, to } = await inkOnCard(page);
    // The words run between 140 and 920 px of the 1080 px card.
    if (side === 'right') {
      expect(to).toBeGreaterThan(890);
      expect(from).toBeGreaterThan(300);
    } else {
      expect(from).toBeLessThan(170);
      expect(to).toBeLessThan(760);
    }
    await page.getByRole('button', { name: 'Done' }).click();
  }
});

const iosBrowsers = [
  {
    name: 'Safari',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    says: ['Tap the Share button, at the bottom of Safari on iPhone'],
  },
  {
    name: 'Chrome',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
    says: ['Since iOS 16.4, you can add Small Wins from Chrome too.', 'at the right of Chrome’s address bar', 'Open this page in Safari'],
  },
];

for (const { name, userAgent, says } of iosBrowsers) {
  test(`More shows a short illustrated guide to the Home Screen in ${name} on iPhone`, async ({ browser, baseURL }) => {
    const iphone = await browser.newContext({
      ...(baseURL ? { baseURL } : {}),
      viewport: { width: 390, height: 844 },
      userAgent,
      isMobile: true,
      hasTouch: true,
    });
    const page = await iphone.newPage();
    await page.goto('/more');
    const panel = page.getByRole('region', { name: 'Keep Small Wins on your home screen' });
    for (const words of [...says, 'Scroll down and tap “Add to Home Screen”.', 'Tap “Add”.']) {
      await expect(panel.getByText(words)).toBeVisible();
    }
    // The pictures of what to tap: decorative to a screen reader, since the words say it all.
    const pictures = panel.locator('svg[aria-hidden="true"]');
    await expect(pictures).toHaveCount(2);
    for (const picture of await pictures.all()) expect((await picture.boundingBox())?.height).toBeGreaterThan(30);
    await iphone.close();
  });
}

test('the manifest offers a share target and install-sheet screenshots, narrow and wide, that load at their stated sizes', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    share_target?: { action: string; method: string; params: Record<string, string> };
    screenshots?: { src: string; sizes: string; form_factor: string }[];
  };
  expect(manifest.share_target).toMatchObject({ action: '/share', method: 'GET', params: { text: 'text' } });
  expect(manifest.screenshots?.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const shot of manifest.screenshots ?? []) {
    const png = await (await request.get(shot.src)).body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(shot.sizes);
  }
});
