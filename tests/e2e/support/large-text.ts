import type { Page } from '@playwright/test';

/** Doubles the text size on every page the test opens, as a person's browser setting would. */
export async function enlargeText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Through the CSSOM: the app's own policy rightly refuses injected style tags.
    const enlarge = () => document.documentElement.style.setProperty('font-size', '200%', 'important');
    // An init script can run before the page has its <html> element.
    if ((document.documentElement as HTMLElement | null) !== null) enlarge();
    else document.addEventListener('readystatechange', enlarge, { once: true });
  });
}

/**
 * What a person reading at 200 % would find broken on the page as it is now, in words:
 * sideways scrolling, controls off the screen, a chosen option cut short, a checkbox left
 * tiny, a tab label on two lines, a field too narrow to see what is typed, words wider than
 * their box (numbers in a grid running together), and blocks in a sheet run together. Runs in
 * the page.
 */
export function largeTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const rootFont = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const opaque = (element: Element) => getComputedStyle(element).opacity !== '0';
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)}”`;
    // A row that scrolls sideways on purpose (the quick picks) holds its overflow itself.
    const inScroller = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };

    // Measured against the layout width, not innerWidth: on a phone innerWidth grows with the content.
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`the page is ${document.documentElement.scrollWidth - width}px wider than the screen`);
    }
    for (const control of document.querySelectorAll('button, a[href], input, select, textarea, h1, h2, h3')) {
      if (!shown(control) || inScroller(control)) continue;
      const box = control.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) problems.push(`${name(control)} reaches past the edge of the screen`);
    }
    const measure = document.createElement('span');
    measure.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    document.body.append(measure);
    for (const select of document.querySelectorAll('select')) {
      const chosen = select.selectedOptions[0]?.textContent.trim() ?? '';
      if (!shown(select) || !chosen) continue;
      if (opaque(select)) {
        // A native select shows its chosen words on one line, and cuts off what does not fit.
        const style = getComputedStyle(select);
        measure.style.font = style.font;
        measure.textContent = chosen;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize);
        if (measure.offsetWidth > room) problems.push(`the choice “${chosen}” is cut short`);
      } else {
        // A see-through select sits over the words it stands for: those must be whole.
        const stand = [...(select.parentElement?.querySelectorAll('*') ?? [])].find(
          (element) => element !== select && !select.contains(element) && element.textContent.trim() === chosen && shown(element),
        );
        if (!stand || stand.scrollWidth > stand.clientWidth + 1) problems.push(`the choice “${chosen}” is not shown whole`);
      }
    }
    measure.remove();
    for (const box of document.querySelectorAll('input[type="checkbox"]')) {
      if (shown(box) && box.getBoundingClientRect().width < rootFont) problems.push(`the checkbox for ${name(box.closest('label') ?? box)} stays small`);
    }
    for (const label of document.querySelectorAll('nav[aria-label="Main"] a span')) {
      if (label.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(label).lineHeight)) problems.push(`the tab label “${label.textContent}” wraps onto two lines`);
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type]), input[type="text"], input[type="search"], input[type="password"], textarea')) {
      if (!shown(field)) continue;
      const font = parseFloat(getComputedStyle(field).fontSize);
      if (field.getBoundingClientRect().width < 8 * font) problems.push(`the field ${name(field.labels?.[0] ?? field)} is too narrow to read what is typed`);
    }
    // Text wider than the box it sits in runs into whatever is beside it: in a grid of narrow
    // cells, "10 11 12" reads as "101112" and nothing else above notices (the page does not
    // grow, no control leaves the screen). Each run of text is measured against the padding
    // box of the nearest element that is not inline, to a fraction of a pixel: scrollWidth
    // rounds, and a pixel of overlap is already two numbers touching.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const overflowing = new Set<Element>();
    for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
      let box = text.parentElement;
      while (box && getComputedStyle(box).display === 'inline') box = box.parentElement;
      if (!box || overflowing.has(box) || !text.data.trim() || !shown(box) || inScroller(box)) continue;
      const style = getComputedStyle(box);
      // Clipping on purpose (the visually hidden labels) or scrolling on purpose is not running over.
      if (style.overflowX !== 'visible') continue;
      const outer = box.getBoundingClientRect();
      const left = outer.left + parseFloat(style.borderLeftWidth);
      const right = outer.right - parseFloat(style.borderRightWidth);
      const runsOver = (start: number, end: number) => {
        range.setStart(text, start);
        range.setEnd(text, end);
        const words = range.getBoundingClientRect();
        return words.width > 0 && (words.left < left - 0.5 || words.right > right + 0.5);
      };
      // Word by word once the whole run looks too wide: a space at the end of a wrapped line
      // may hang past the edge (white-space: pre-wrap), which is nothing anyone sees.
      if (!runsOver(0, text.length)) continue;
      for (const word of text.data.matchAll(/\S+/g)) {
        if (runsOver(word.index, word.index + word[0].length)) {
          overflowing.add(box);
          break;
        }
      }
    }
    for (const box of overflowing) problems.push(`the words of ${name(box)} run out of their box`);
    for (const sheet of document.querySelectorAll('dialog[open]')) {
      const blocks = [...sheet.querySelectorAll('*')].filter((element) => shown(element) && getComputedStyle(element).display !== 'inline');
      for (const block of blocks) {
        const next = block.nextElementSibling;
        if (!next || !blocks.includes(next)) continue;
        const gap = next.getBoundingClientRect().top - block.getBoundingClientRect().bottom;
        if (gap >= 0 && gap < 4) problems.push(`in “${sheet.getAttribute('aria-label') ?? sheet.querySelector('h2')?.textContent}”, ${name(next)} touches the block above it`);
      }
    }
    return problems;
  });
}
