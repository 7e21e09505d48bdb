/**
 * Customer-service phrases that carry an opinion without any opinion word: "had to wait 40 minutes",
 * "still no refund", "never received it", "put on hold". A general lexicon scores them 0, yet they are
 * the commonest complaints in feedback. Written from domain knowledge, not fitted to a benchmark.
 */

/** A phrase hit: its score (wink's −1..1 scale) and whether a negation around it flips it. */
export interface PhraseHit {
  readonly score: number;
  /** False when the phrase contains its own negator ("no reply"), so the scope must not flip it again. */
  readonly negatable: boolean;
}

const TIME_UNITS: ReadonlyMap<string, number> = new Map([
  ['minute', -0.5],
  ['minutes', -0.5],
  ['min', -0.5],
  ['mins', -0.5],
  ['hour', -0.6],
  ['hours', -0.6],
  ['hr', -0.6],
  ['hrs', -0.6],
  ['day', -0.6],
  ['days', -0.6],
  ['week', -0.6],
  ['weeks', -0.6],
  ['month', -0.6],
  ['months', -0.6],
  ['ages', -0.5],
  ['forever', -0.5],
]);
const QUANTITY_WORDS = new Set([
  'a',
  'an',
  'few',
  'several',
  'many',
  'two',
  'three',
  'four',
  'five',
  'ten',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'ninety',
  'couple',
  'extra',
  'more',
]);
const WAIT_CUES = new Set([
  'wait',
  'waited',
  'waiting',
  'waits',
  'took',
  'take',
  'takes',
  'taking',
  'hold',
  'queue',
  'queued',
  'queuing',
  'queueing',
  'line',
  'late',
  'delay',
  'delayed',
  'spent',
]);
// "only waited 5 minutes", "arrived within 2 days": a short time is praise, not a complaint.
const SHORT_TIME_CUES = new Set(['only', 'just', 'under', 'less', 'within', 'in', 'few']);
const STILL_FOLLOWERS = new Set([
  'no',
  'not',
  'nothing',
  'nobody',
  'never',
  'waiting',
  'pending',
  'unresolved',
  'broken',
  'missing',
  'unanswered',
]);
const MISSING_AFTER_NO = new Set([
  'response',
  'reply',
  'replies',
  'answer',
  'refund',
  'call',
  'callback',
  'update',
  'updates',
  'email',
  'help',
  'apology',
  'explanation',
  'feedback',
  'contact',
  'communication',
  'show',
  'one',
]);
const NEVER_FOLLOWERS = new Set([
  'received',
  'arrived',
  'came',
  'got',
  'heard',
  'answered',
  'responded',
  'called',
  'showed',
  'turned',
  'replied',
  'delivered',
  'refunded',
  'fixed',
  'resolved',
  'returned',
]);
const HAD_TO_VERBS = new Set([
  'wait',
  'call',
  'ring',
  'chase',
  'repeat',
  'explain',
  'return',
  'contact',
  'email',
  'complain',
  'beg',
  'fight',
  'remind',
  'escalate',
  'phone',
  'ask',
  'send',
]);
const HAD_FORMS = new Set(['had', 'have', 'has', 'having']);
const AWAITED = new Set([
  'refund',
  'reply',
  'response',
  'answer',
  'call',
  'callback',
  'delivery',
  'order',
  'package',
  'parcel',
  'update',
  'technician',
  'engineer',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'their', 'any', 'some']);
const TRANSFER_CUES = new Set(['was', 'were', 'got', 'kept', 'been', 'being']);

const hit = (score: number, negatable: boolean): PhraseHit => ({ score, negatable });
const HOLD = hit(-0.4, true);
const HUNG_UP = hit(-0.5, true);
const STILL_NOTHING = hit(-0.5, false);
const NOTHING_RECEIVED = hit(-0.5, false);
const NO_ONE = hit(-0.4, false);
const NEVER_RECEIVED = hit(-0.6, false);
const NEVER_AGAIN = hit(-0.8, false);
const HAD_TO = hit(-0.4, true);
const AWAITING = hit(-0.4, true);
const TRANSFERRED = hit(-0.3, true);
const OUT_OF_STOCK = hit(-0.3, true);
const STOPPED_WORKING = hit(-0.6, true);
const waitedHits = new Map<number, PhraseHit>();

/**
 * The service phrase that ends at token `i` (looking back no further than `start`, the sentence
 * start), or undefined. Called for every token, so it switches on the token before looking around.
 */
export function servicePhraseAt(
  tokens: readonly string[],
  types: readonly string[],
  i: number,
  start: number,
  end: number,
): PhraseHit | undefined {
  const t = tokens[i]!;
  const prev = i > start ? tokens[i - 1]! : '';
  const unitScore = TIME_UNITS.get(t);
  if (unitScore !== undefined) return waitedFor(tokens, types, i, start, end, unitScore);
  switch (t) {
    case 'still':
      for (let k = i + 1; k <= Math.min(i + 3, end); k++) {
        if (STILL_FOLLOWERS.has(tokens[k]!)) return STILL_NOTHING;
      }
      return undefined;
    case 'never': {
      const next = i < end ? tokens[i + 1]! : '';
      if (next === 'again') return NEVER_AGAIN;
      const next2 = i + 1 < end ? tokens[i + 2]! : '';
      return NEVER_FOLLOWERS.has(next) || NEVER_FOLLOWERS.has(next2) ? NEVER_RECEIVED : undefined;
    }
    case 'hold':
      return prev === 'on' ? HOLD : undefined;
    case 'up':
      return prev === 'hung' || prev === 'hang' ? HUNG_UP : undefined;
    case 'transferred':
      return TRANSFER_CUES.has(prev) ? TRANSFERRED : undefined;
    case 'working':
    case 'charging':
    case 'responding':
      return prev === 'stopped' || prev === 'stops' || prev === 'quit' ? STOPPED_WORKING : undefined;
    case 'stock':
      return prev === 'of' && i - 2 >= start && tokens[i - 2] === 'out' ? OUT_OF_STOCK : undefined;
  }
  if (prev === 'no' && MISSING_AFTER_NO.has(t)) return t === 'one' ? NO_ONE : NOTHING_RECEIVED;
  if (prev === 'to' && i - 2 >= start && HAD_FORMS.has(tokens[i - 2]!) && HAD_TO_VERBS.has(t)) return HAD_TO;
  if (AWAITED.has(t)) {
    let k = i - 1;
    if (k >= start && DETERMINERS.has(tokens[k]!)) k--;
    if (k - 1 >= start && tokens[k] === 'for' && WAIT_CUES.has(tokens[k - 1]!)) return AWAITING;
  }
  return undefined;
}

// "waited 40 minutes", "took 3 weeks", "an hour on hold", "a 20 minute wait".
function waitedFor(
  tokens: readonly string[],
  types: readonly string[],
  i: number,
  start: number,
  end: number,
  unitScore: number,
): PhraseHit | undefined {
  const quantified =
    i > start && (types[i - 1] === 'number' || QUANTITY_WORDS.has(tokens[i - 1]!) || tokens[i] === 'forever');
  if (!quantified && tokens[i] !== 'ages') return undefined;
  for (let k = i - 2; k >= Math.max(start, i - 3); k--) if (SHORT_TIME_CUES.has(tokens[k]!)) return undefined;
  let cued = i < end && WAIT_CUES.has(tokens[i + 1]!);
  for (let k = i - 1; !cued && k >= Math.max(start, i - 7); k--) cued = WAIT_CUES.has(tokens[k]!);
  if (!cued) return undefined;
  let found = waitedHits.get(unitScore);
  if (!found) {
    found = hit(unitScore, true);
    waitedHits.set(unitScore, found);
  }
  return found;
}
