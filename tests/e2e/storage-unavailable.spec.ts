import { expect, test, type Page } from '@playwright/test';
import { winField } from './support/app';

async function expectStorageProblemExplained(page: Page): Promise<void> {
  const notice = page.getByRole('alertdialog', { name: 'This browser is not letting Small Wins save' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading', { name: 'This browser is not letting Small Wins save' })).toBeVisible();
  await expect(notice).toContainText('Open Small Wins in a normal window');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  // No win field to type into when nothing could be kept.
  await expect(winField(page)).toHaveCount(0);
}

test.describe('when the browser will not store anything', () => {
  test('a browser without IndexedDB gets an explanation, not a blank page', async ({ page, context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    });
    await page.goto('/');
    // The stand-in really took: the page sees no IndexedDB at all.
    expect(await page.evaluate(() => typeof window.indexedDB)).toBe('undefined');
    await expectStorageProblemExplained(page);
  });

  test('a browser that refuses to open storage gets an explanation, not a blank page', async ({ page, context }) => {
    // What some locked-down and private modes do: IndexedDB is there, but opening it is refused.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Storage is disabled', 'SecurityError');
      };
    });
    await page.goto('/');
    await expectStorageProblemExplained(page);
  });
});
