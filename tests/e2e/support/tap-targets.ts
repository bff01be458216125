import type { Page } from '@playwright/test';

/**
 * Controls a thumb would find too small on the page as it is now, in words: less than 44 px
 * high or wide where a tap lands on them. Measured by where taps land (elementFromPoint), so a
 * link in a sentence counts with the invisible area around it, and a file field drawn as its
 * label counts as the label. Within an open sheet only, when one is open. Runs in the page.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    const scope = document.querySelector('dialog[open]') ?? document;
    const controls = scope.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary');
    for (const control of controls) {
      // The skip link shows only while it has focus; a visually hidden field is tapped through its label.
      if (control.matches('.skip-link, .visually-hidden')) continue;
      // A box inside its label is tapped through the label, which is what is measured.
      const target = control.matches('input[type=checkbox], input[type=radio]') ? (control.closest('label') ?? control) : control;
      if (target.getBoundingClientRect().width === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      target.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise(requestAnimationFrame);
      const box = target.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const lands = (px: number, py: number) => {
        const hit = document.elementFromPoint(px, py);
        return hit !== null && (target.contains(hit) || hit === control);
      };
      // 44 px across, within half a pixel for rounding: taps 21.75 px either side of the middle land on it.
      const reach = 21.75;
      const high = box.height >= 43.5 || (lands(x, y - reach) && lands(x, y + reach));
      const wide = box.width >= 43.5 || (lands(x - reach, y) && lands(x + reach, y));
      if (!high || !wide) {
        const name = (control.getAttribute('aria-label') ?? target.textContent).trim().slice(0, 40);
        found.push(`${control.tagName.toLowerCase()} “${name}” takes taps on ${Math.round(box.width)} × ${Math.round(box.height)} px`);
      }
    }
    return found;
  });
}
