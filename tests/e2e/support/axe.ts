import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Stop } from './tour';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds on the page as it is now, in light and then in dark mode. The scheme is
 * switched in place, so a sheet stays open and a flow stays on its step for both runs.
 * Dark mode changes colours and nothing else (global.css swaps custom properties), so the
 * dark run checks contrast alone: the whole rule set twice would double the time for nothing.
 */
export async function axeInBothSchemes(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  // Two frames first: Look back's timeline places its rows once it has measured them, and
  // until then a tall row and the next one overlap, which axe reads as text on text.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: axe reads colours at rest, not halfway through a fade.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const builder = new AxeBuilder({ page }).withTags(tags);
    const results = await (colorScheme === 'dark' ? builder.withRules(['color-contrast']) : builder).analyze();
    for (const violation of results.violations) {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
      found.push(`${where} (${colorScheme}): ${violation.id} ${targets}`);
    }
  }
  return found;
}

/** Visits each stop and gathers what axe finds there. */
export async function axeAtEveryStop(page: Page, stops: readonly Stop[]): Promise<string[]> {
  const found: string[] = [];
  for (const stop of stops) {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await stop.visit(page);
    found.push(...(await axeInBothSchemes(page, stop.name)));
  }
  return found;
}
