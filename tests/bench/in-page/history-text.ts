// The words of the seeded history, about 450 distinct ones. Searches are only meaningful over
// text that looks like what people write: a few phrases that come back every week ("went for a
// walk", "called Mum", "rested"), a long tail of ordinary ones, and some that turn up a handful
// of times in years ("kingfisher"). Ranks follow a Zipf-like curve, so the common words are
// common and the rare ones rare. Some wins carry emoji, right-to-left script, accents or several lines, because an
// export and an import must bring those back unchanged and search must fold the accents.
// Everything is drawn from a seeded generator, so every run writes the same texts.

// The same seeded generator the unit tests use; the same seed gives the same history.
import { seededRandom } from '../../support/seeded-random';

export { seededRandom };

type Random = () => number;

function pick<T>(random: Random, options: readonly T[]): T {
  const option = options[Math.floor(random() * options.length)];
  if (option === undefined) throw new Error('pick from an empty list');
  return option;
}

/** Picks by weight; weights need not sum to one. Cumulative sums and a binary search keep it quick. */
function weighted<T>(entries: readonly (readonly [number, T])[]): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [weight] of entries) cumulative.push((total += weight));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    const entry = entries[low];
    if (!entry) throw new Error('weighted pick out of range');
    return entry[1];
  };
}

const people = [
  'Mum', 'Dad', 'my sister', 'my brother', 'Grandma', 'my friend Sam', 'an old friend', 'my therapist',
  'the doctor', 'the dentist', 'the bank', 'the pharmacy', 'the landlord', 'the council', 'my neighbour',
  'Noor', 'Zoë', 'José', 'my manager', 'the school',
] as const;
const places = [
  'the park', 'the corner shop', 'the library', 'the river', 'the café', 'the station', 'work', 'the market',
  'the sea', 'the allotment', 'the post office', 'the bakery', 'the gym', 'church', 'the garden centre',
] as const;
const meals = [
  'a proper breakfast', 'soup', 'porridge', 'a salad', 'pasta', 'a curry', 'pancakes', 'a sandwich for lunch',
  'dinner', 'a smoothie', 'eggs on toast', 'crème brûlée', 'a stir fry', 'lentil stew', 'rice and beans',
] as const;
const chores = [
  'the dishes', 'the windows', 'my sheets', 'the bathroom', 'the floor', 'the fridge', 'the car', 'the laundry',
] as const;
const rooms = ['the desk', 'the kitchen', 'my room', 'the hallway', 'one drawer', 'the bookshelf', 'the wardrobe'] as const;
const readings = ['ten pages', 'a chapter', 'a poem', 'the news, calmly', 'a short story', 'to the kids'] as const;
const musics = ['an old album', 'the radio', 'a podcast', 'a playlist Noor made', 'birdsong', 'jazz'] as const;
const tasks = [
  'the report', 'my tax return', 'a form I had put off', 'the washing', 'the puzzle', 'the application',
  'my résumé', 'the shelf on the wall', 'the quiz', 'my homework',
] as const;
const things = ['an extra shift', 'a party', 'the late meeting', 'more work', 'a favour I could not do'] as const;
const walkKinds = [
  'a short', 'a long', 'a slow', 'a quick', 'a gentle', 'a twenty-minute', 'a morning', 'an evening', 'a rainy',
  'a sunny', 'an early', 'a late', 'a muddy', 'a windy',
] as const;
const walkPlaces = [
  '', '', '', ' round the block', ' by the river', ' in the park', ' with Noor', ' along the canal', ' to the shops',
  ' on the beach', ' through the woods', ' after dinner',
] as const;
const counts = ['two', 'three', 'four', 'five', 'ten'] as const;
const minutes = ['five', 'ten', 'fifteen', 'twenty', 'thirty', 'forty'] as const;

// Common first, rare last. Weights are set by rank below, so reordering changes the mix.
const actions: readonly ((random: Random) => string)[] = [
  (r) => `Went for ${pick(r, walkKinds)} walk${pick(r, walkPlaces)}`,
  (r) => `Called ${pick(r, people)}`,
  (r) => `Rested ${pick(r, ['for an hour', 'without feeling guilty', 'on the sofa', 'after lunch', 'in the afternoon'])}`,
  (r) => `Walked to ${pick(r, places)}`,
  (r) => `Made ${pick(r, meals)}`,
  (r) => `Texted ${pick(r, people)} first`,
  (r) => `Took my medication ${pick(r, ['on time', 'with breakfast', 'without a reminder'])}`,
  (r) => `Drank ${pick(r, ['a glass of water', 'enough water', 'tea in the garden', 'coffee slowly'])}`,
  (r) => `Tidied ${pick(r, rooms)}`,
  (r) => `Answered ${pick(r, counts)} emails I had been avoiding`,
  (r) => `Went outside for ${pick(r, minutes)} minutes of sun`,
  (r) => `Said no to ${pick(r, things)}`,
  (r) => `Read ${pick(r, readings)}`,
  (r) => `Cooked ${pick(r, meals)} from scratch`,
  (r) => `Washed ${pick(r, chores)}`,
  (r) => `Finished ${pick(r, tasks)}`,
  (r) => `Asked ${pick(r, people)} for help`,
  (r) => `Sat in ${pick(r, places)} for a while`,
  (r) => `Slept ${pick(r, ['eight hours', 'through the night', 'in a little', 'without waking'])}`,
  (r) => `Stretched ${pick(r, ['before bed', 'for ten minutes', 'my back', 'at my desk'])}`,
  (r) => `Had a video call with ${pick(r, people)}`,
  (r) => `Made a phone call to ${pick(r, people)} I was dreading`,
  (r) => `Wrote ${pick(r, ['in my journal', 'a letter', 'a thank-you card', 'three lines', 'a shopping list'])}`,
  (r) => `Watered the ${pick(r, ['plants', 'tomatoes', 'herbs', 'garden'])}`,
  (r) => `Paid ${pick(r, ['the gas bill', 'the rent', 'a parking fine', 'back Sam'])}`,
  (r) => `Booked ${pick(r, ['the dentist', 'a haircut', 'a check-up', 'train tickets', 'a massage'])}`,
  (r) => `Laughed with ${pick(r, people)}`,
  (r) => `Listened to ${pick(r, musics)}`,
  () => 'Showered and got dressed',
  () => 'Made the bed',
  (r) => `Ate ${pick(r, ['breakfast at the table', 'lunch away from the screen', 'a piece of fruit'])}`,
  (r) => `Took the bus to ${pick(r, places)}`,
  (r) => `Cycled to ${pick(r, places)}`,
  (r) => `Did ${pick(r, minutes)} minutes of yoga`,
  (r) => `Meditated for ${pick(r, minutes)} minutes`,
  (r) => `Swam ${pick(r, counts)} lengths at the pool`,
  (r) => `Baked ${pick(r, ['bread', 'a cake', 'cookies', 'scones', 'a pie'])}`,
  (r) => `Fixed ${pick(r, ['the tap', 'a button', 'the bike', 'the shelf on the wall', 'my glasses'])}`,
  (r) => `Helped ${pick(r, people)} with ${pick(r, tasks)}`,
  (r) => `Played ${pick(r, ['cards', 'chess', 'football', 'a board game'])} with ${pick(r, people)}`,
  () => 'Opened the post',
  (r) => `Put my phone away at ${pick(r, ['nine', 'ten', 'eleven'])}`,
  (r) => `Went to ${pick(r, ['a meeting', 'the doctor', 'a class', 'a concert', 'the quiz night', 'the café'])}`,
  (r) => `Sang along to ${pick(r, musics)}`,
  () => 'Hung out the washing',
  (r) => `Cleared ${pick(r, ['my inbox', 'the table', 'the path', 'one shelf'])}`,
  (r) => `Planted ${pick(r, ['bulbs', 'seeds', 'basil', 'a tree'])}`,
  (r) => `Sent ${pick(r, ['a birthday card', 'a kind message', 'the form', 'photos to Grandma'])}`,
  () => 'Got up when the alarm went',
  () => 'Let myself cry and then made tea',
];

// A few times in years each: the words a search for something rare must still find.
const rareActions: readonly ((random: Random) => string)[] = [
  () => 'Folded an origami crane',
  () => 'Played a tune on the harmonica',
  (r) => `Went kayaking on the ${pick(r, ['lake', 'river', 'canal'])}`,
  () => 'Tried a pottery class',
  () => 'Fed the sourdough starter',
  () => 'Crocheted a few rows of the blanket',
  () => 'Looked at Saturn through a telescope',
  (r) => `Went birdwatching and saw a ${pick(r, ['kingfisher', 'heron', 'woodpecker'])}`,
  () => 'Practised calligraphy for an hour',
  () => 'Repotted the bonsai',
  () => 'Tried archery at the leisure centre',
  () => 'Visited the planetarium',
];

const tails = [
  'this morning', 'before work', 'after lunch', 'in the evening', 'even though I was tired', 'without rushing',
  'on a hard day', 'in the rain', 'with the dog', 'before the kids woke up', 'after a bad night',
  'for the first time in weeks', 'again', 'at last', 'slowly', 'despite the anxiety', 'on my own',
  'with a friend', 'before it got dark', 'on my day off', 'when I wanted to stay in bed', 'and it helped',
  'on a Monday', 'before breakfast', 'during my break', 'while the kettle boiled', 'after the appointment',
  'in my lunch hour', 'with music on', 'even with a headache', 'without checking my phone', 'at the weekend',
  'when it felt like too much', 'before the rain', 'after school drop-off', 'late at night', 'first thing',
] as const;
const feelings = [
  'Felt calmer afterwards.', 'Proud of that.', 'Small, but it counts.', 'It helped.', 'My shoulders dropped.',
  'Glad I did.', 'Felt lighter.', 'Good to rest.', 'Noticed the sky.', 'A better day than I expected.',
  'Did not overthink it.', 'Easier than I feared.', 'Breathing felt easier.', 'I am getting there.',
  'That was enough for today.', 'Slept better for it.',
] as const;
const emoji = ['🌱', '☀️', '💪', '🎉', '❤️', '🙂', '👩‍👧', '🐕', '🌧️', '🫶🏽'] as const;
// Right-to-left: some people write in Arabic or Hebrew, or mix them with English.
const rtlSentences = [
  'مشيت إلى الحديقة', 'اتصلت بأمي', 'ارتحت قليلاً بعد الظهر', 'طبخت العشاء لعائلتي', 'قرأت فصلاً من كتاب',
  'הלכתי לים', 'התקשרתי לאבא', 'נחתי בלי רגשות אשמה', 'בישלתי ארוחת ערב', 'קראתי פרק בספר',
] as const;
const rtlTails = ['هذا الصباح', 'رغم التعب', 'ببطء', 'הבוקר', 'למרות העייפות', 'לאט'] as const;
const rtlNotes = ['فخورة بنفسي', 'الحمد لله', 'גאה בעצמי', 'יום טוב'] as const;
const whys = [
  'Because it was hard today', 'It keeps me steady', 'I wanted to, for once', 'Small steps count',
  'For future me', 'It is how I look after myself', 'I had been putting it off for weeks',
  'Connection matters', 'My body needed it', 'It was kind to myself',
] as const;
const tagChoices = ['walk', 'family', 'rest', 'work', 'health', 'home', 'friends', 'food', 'outside', 'self-care', 'bien-être', '家族'] as const;

const common = weighted(actions.map((action, rank) => [1 / (rank + 1) ** 0.8, action] as const));
// About one win in 250 is one of the rare twelve: a few dozen each in 100,000 wins.
const RARE_SHARE = 0.004;

export interface HistoryText {
  text: string;
  why: string;
  tags: string[];
}

function sentence(random: Random): string {
  const action = random() < RARE_SHARE ? pick(random, rareActions) : common(random);
  let text = action(random);
  if (random() < 0.75) text += ` ${pick(random, tails)}`;
  return text;
}

/**
 * One win's words. Callers make them unique (see HistoryTexts), which redraws the plain common
 * phrases once they are used up, so the decorated kinds end up about three times as common as
 * drawn here: at 100,000 wins, about 2% carry right-to-left script, 5% several lines and 9% emoji.
 */
function draw(random: Random): HistoryText {
  const kind = random();
  let text: string;
  if (kind < 0.002) {
    // Wholly right-to-left.
    text = `${pick(random, rtlSentences)}${random() < 0.6 ? ` ${pick(random, rtlTails)}` : ''}`;
  } else if (kind < 0.007) {
    // English with a right-to-left note, as bilingual people write.
    text = `${sentence(random)} — ${pick(random, rtlNotes)}`;
  } else if (kind < 0.022) {
    // Several lines: a win and what came of it, sometimes a third line.
    text = `${sentence(random)}.\n${pick(random, feelings)}`;
    if (random() < 0.3) text += `\n${sentence(random)}.`;
  } else {
    text = sentence(random);
    if (random() < 0.25) text += `. ${pick(random, feelings)}`;
  }
  if (random() < 0.025) text += ` ${pick(random, emoji)}`;
  const why = random() < 0.15 ? pick(random, whys) : '';
  const tags: string[] = [];
  if (random() < 0.25) {
    tags.push(pick(random, tagChoices));
    const second = pick(random, tagChoices);
    if (random() < 0.3 && second !== tags[0]) tags.push(second);
  }
  return { text, why, tags };
}

/**
 * Unique texts, in a fixed order for a given seed. The Win Jar's tap row tells one pull from the
 * next by the card's text, so no two wins may share one (people do repeat themselves; here they
 * vary the phrase instead): a repeat is drawn again, and after many repeats (never seen at
 * 100,000 wins, but the loop must end) a counter makes it unique.
 */
export class HistoryTexts {
  readonly #random: Random;
  readonly #seen = new Set<string>();
  /** How many texts needed the counter: reported, so a vocabulary too small for the count shows. */
  numbered = 0;

  constructor(seed: number) {
    this.#random = seededRandom(seed);
  }

  next(): HistoryText {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const words = draw(this.#random);
      if (!this.#seen.has(words.text)) {
        this.#seen.add(words.text);
        return words;
      }
    }
    const words = draw(this.#random);
    this.numbered += 1;
    words.text = `${words.text} (${this.#seen.size})`;
    this.#seen.add(words.text);
    return words;
  }

  /** Day sizes come from the same generator, so the whole history is fixed by the seed. */
  random(): number {
    return this.#random();
  }
}
