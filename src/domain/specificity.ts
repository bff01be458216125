// Phrases that say a day went well without saying what happened. Lowercase, no punctuation.
const vaguePhrases = new Set([
  'good day',
  'a good day',
  'nice day',
  'ok',
  'okay',
  'fine',
  'good',
  'productive',
  'productive day',
  'did stuff',
  'stuff',
  'things',
  'got things done',
  'survived',
  'nothing',
  'not bad',
  'all good',
]);

const SHORT_WORD_COUNT = 3;

/**
 * Whether to offer the quiet "who, what, when" hint. Specific wins are the ones
 * worth coming back to, so very short or vague text gets an invitation — never a block.
 */
export function invitesMoreDetail(text: string): boolean {
  const normalised = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (normalised.length === 0) return false;
  if (vaguePhrases.has(normalised)) return true;
  return normalised.split(' ').length < SHORT_WORD_COUNT;
}
