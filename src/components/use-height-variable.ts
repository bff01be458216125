import { useEffect, type RefObject } from 'react';

/**
 * Keeps a CSS custom property on the page equal to an element's height, for layout that
 * has to make room for something fixed whose height depends on what it holds.
 */
export function useHeightVariable(element: RefObject<HTMLElement | null>, property: `--${string}`): void {
  useEffect(() => {
    const measured = element.current;
    // Without ResizeObserver (before Safari 13.1, and in jsdom) the layout keeps its fallback.
    if (!measured || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty(property, `${measured.offsetHeight}px`));
    observer.observe(measured);
    return () => {
      observer.disconnect();
      root.removeProperty(property);
    };
  }, [element, property]);
}
