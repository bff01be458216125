import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JarDrawing } from '@/features/jar/jar-drawing';

// The jar's glass in the drawing's own units: straight walls at x = 38 and 162 from y = 112
// down, drawn 5 wide, so 2.5 of each wall's inner half shows.
const wallsFrom = 112;
const inside = { left: 38 + 2.5, right: 162 - 2.5 };

/** The corners of each drawn slip, turned as it is drawn. */
function slipCorners(svg: SVGElement): { x: number; y: number }[][] {
  return [...svg.querySelectorAll('g rect')].map((rect) => {
    const number = (name: string) => Number(rect.getAttribute(name));
    const [x, y, width, height] = [number('x'), number('y'), number('width'), number('height')];
    const [angle = 0, cx = 0, cy = 0] = (rect.getAttribute('transform')?.match(/-?[\d.]+/g) ?? []).map(Number);
    const turn = (angle * Math.PI) / 180;
    return [
      [x, y],
      [x + width, y],
      [x, y + height],
      [x + width, y + height],
    ].map(([px = 0, py = 0]) => ({
      x: cx + (px - cx) * Math.cos(turn) - (py - cy) * Math.sin(turn),
      y: cy + (px - cx) * Math.sin(turn) + (py - cy) * Math.cos(turn),
    }));
  });
}

describe('the drawn jar', () => {
  it.each([3, 30, 1000])('keeps every slip inside its glass walls with %i wins', (count) => {
    const { container } = render(<JarDrawing count={count} />);
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('no drawing');
    const slips = slipCorners(svg);
    expect(slips.length).toBeGreaterThan(0);
    // The clip path hides what crosses a wall, but a slip cut flat against the right wall
    // (and not the left) looks as if it pokes through the glass.
    const crossing = slips.filter((corners) => corners.every((corner) => corner.y > wallsFrom) && corners.some((corner) => corner.x < inside.left || corner.x > inside.right));
    expect(crossing).toEqual([]);
  });
});
