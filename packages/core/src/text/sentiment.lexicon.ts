/**
 * Word-level sentiment knowledge added on top of wink-nlp's lexicon, written from customer-feedback
 * experience (not fitted to any benchmark): service vocabulary wink's general lexicon lacks or gets
 * wrong, and the intensifiers/diminishers that scale the next opinion word.
 */

/**
 * Scores (−1..1, wink's scale) that replace wink-nlp's for these words. wink scores "waiting" +0.5 and
 * "still" +0.28, which turns "still waiting for my refund" positive; service words such as "rude" or
 * "prompt" are missing or too weak.
 */
export const WORD_OVERRIDES: ReadonlyMap<string, number> = new Map([
  // wink misreads these in feedback
  ['waiting', 0],
  ['still', 0],
  ['joke', -0.3],
  ['cheap', 0],
  ['cold', 0],
  ['hot', 0],
  // staff behaviour
  ['rude', -0.6],
  ['unhelpful', -0.6],
  ['unprofessional', -0.6],
  ['incompetent', -0.6],
  ['impolite', -0.6],
  ['dismissive', -0.5],
  ['condescending', -0.5],
  ['arrogant', -0.5],
  ['careless', -0.5],
  ['ignored', -0.4],
  ['courteous', 0.5],
  ['attentive', 0.5],
  ['professional', 0.4],
  ['patient', 0.3],
  ['responsive', 0.4],
  ['accommodating', 0.4],
  // speed and reliability
  ['slow', -0.3],
  ['late', -0.3],
  ['delay', -0.3],
  ['delays', -0.3],
  ['delayed', -0.4],
  ['overdue', -0.4],
  ['unreliable', -0.5],
  ['prompt', 0.4],
  ['promptly', 0.4],
  ['quick', 0.3],
  ['quickly', 0.3],
  ['fast', 0.3],
  ['speedy', 0.4],
  ['efficient', 0.4],
  ['reliable', 0.4],
  ['seamless', 0.5],
  ['effortless', 0.4],
  ['smooth', 0.3],
  // problems and their handling
  ['faulty', -0.5],
  ['defective', -0.6],
  ['broken', -0.4],
  ['unresolved', -0.5],
  ['complaint', -0.3],
  ['complaints', -0.3],
  ['hassle', -0.4],
  ['nightmare', -0.7],
  ['chasing', -0.3],
  ['overcharged', -0.6],
  ['overpriced', -0.5],
  ['pricey', -0.3],
  ['expensive', -0.2],
  ['affordable', 0.3],
  ['wrong', -0.4],
  ['sorted', 0.2],
  // product and venue quality
  ['filthy', -0.7],
  ['noisy', -0.3],
  ['cramped', -0.3],
  ['tasteless', -0.5],
  ['bland', -0.4],
  ['stale', -0.4],
  ['soggy', -0.4],
  ['undercooked', -0.5],
  ['overcooked', -0.4],
  ['greasy', -0.3],
  ['tasty', 0.5],
  ['fresh', 0.3],
]);

/** Words that strengthen the opinion word right after them ("very rude"). */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very',
  'really',
  'so',
  'extremely',
  'absolutely',
  'totally',
  'incredibly',
  'super',
  'highly',
  'completely',
  'truly',
  'utterly',
  'seriously',
  'exceptionally',
  'remarkably',
  'particularly',
  'especially',
  'amazingly',
  'unbelievably',
  'hugely',
  'deeply',
  'thoroughly',
  'most',
  'too',
]);

/** Words that soften the opinion word right after them ("slightly slow"). */
export const DIMINISHERS: ReadonlySet<string> = new Set([
  'slightly',
  'somewhat',
  'bit',
  'little',
  'fairly',
  'rather',
  'kinda',
  'marginally',
  'moderately',
  'reasonably',
]);

/** How much an intensifier or a diminisher scales the next opinion word. */
export const INTENSIFIER_FACTOR = 1.5;
export const DIMINISHER_FACTOR = 0.6;
