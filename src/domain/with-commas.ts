// Apart from number-in-words.ts, which only the jar uses: this one is on Today's first
// screen, and a module in the first download brings every export with it.
/**
 * A whole number with thousands marked, "2,000", as toLocaleString('en') gives it but without
 * Intl, whose first use loads locale data: this one runs before Today's first paint.
 */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
