// Ways people write that a day went badly. Lowercase; matched as whole phrases.
const hardDayPhrases = [
  'bad day',
  'awful day',
  'terrible day',
  'horrible day',
  'rough day',
  'hard day',
  'worst day',
  'today was bad',
  'today was awful',
  'today was terrible',
  'today was hard',
  'nothing went right',
  'did nothing',
  'got nothing done',
  'wasted the day',
];

/** Whether the text says the day was bad, so the app can offer to help find the win inside it. */
export function soundsLikeAHardDay(text: string): boolean {
  const normalised = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  return hardDayPhrases.some((phrase) => normalised.includes(` ${phrase} `));
}
