import { createSentimentAnalyser, DEFAULT_NEUTRAL_BAND } from './sentiment.analyser';
import { type LabelledText, type TrainingOptions, trainSentimentModel } from './sentiment.model';
import { readText, winkTextScore } from './text.reader';

/** Held-out results on one labelled set. */
export interface HeldOutResult {
  readonly site: string;
  readonly trainedOn: readonly string[];
  readonly n: number;
  /** Forced choice: the sign of the score against the label. */
  readonly accuracy: number;
  /** Share the three-class output calls neutral. */
  readonly neutralShare: number;
  /** Accuracy among the texts not called neutral. */
  readonly accuracyWhenDecided: number;
  /** Off-the-shelf wink-nlp on the same texts (its score ≥ 0 counted as positive). */
  readonly winkAccuracy: number;
}

/** Leave-one-site-out results: each site scored by a model trained only on the other sites. */
export interface CrossSiteEvaluation {
  readonly sites: readonly HeldOutResult[];
  readonly overall: Omit<HeldOutResult, 'site' | 'trainedOn'>;
}

/** Parses UCI "Sentiment Labelled Sentences" lines (`sentence<TAB>label`, 1 positive, 0 negative). */
export function parseLabelledSentences(content: string): LabelledText[] {
  const out: LabelledText[] = [];
  // Split on line ends only: the IMDb file contains U+0085 (NEL) inside sentences.
  for (const line of content.split(/\r?\n/)) {
    const match = /^(.*)\t([01])\s*$/.exec(line);
    if (match) out.push({ text: match[1]!.trim(), positive: match[2] === '1' });
  }
  return out;
}

/**
 * Trains one model per held-out site on the other sites only, and scores the held-out site with it,
 * so no text is ever scored by a model that saw it. Pure: data in, figures out.
 */
export function evaluateSentimentCrossSite(
  sites: Readonly<Record<string, readonly LabelledText[]>>,
  options: { readonly training?: TrainingOptions; readonly neutralBand?: number } = {},
): CrossSiteEvaluation {
  const names = Object.keys(sites);
  const results: HeldOutResult[] = [];
  for (const site of names) {
    const trainedOn = names.filter((n) => n !== site);
    const training = trainedOn.flatMap((n) => sites[n]!);
    const model = trainSentimentModel(training, { ...options.training, trainedOn });
    const analyser = createSentimentAnalyser(model, {
      neutralBand: options.neutralBand ?? DEFAULT_NEUTRAL_BAND,
    });
    let correct = 0;
    let neutral = 0;
    let decidedCorrect = 0;
    let winkCorrect = 0;
    const examples = sites[site]!;
    for (const e of examples) {
      const read = readText(e.text);
      const s = analyser.analyseRead(read);
      if (s.score > 0 === e.positive) correct++;
      if (s.label === 'neutral') neutral++;
      else if ((s.label === 'positive') === e.positive) decidedCorrect++;
      if (winkTextScore(e.text) >= 0 === e.positive) winkCorrect++;
    }
    const n = examples.length;
    results.push({
      site,
      trainedOn,
      n,
      accuracy: correct / n,
      neutralShare: neutral / n,
      accuracyWhenDecided: decidedCorrect / Math.max(1, n - neutral),
      winkAccuracy: winkCorrect / n,
    });
  }
  const n = results.reduce((s, r) => s + r.n, 0);
  const weighted = (f: (r: HeldOutResult) => number) => results.reduce((s, r) => s + f(r) * r.n, 0) / n;
  const neutralShare = weighted((r) => r.neutralShare);
  return {
    sites: results,
    overall: {
      n,
      accuracy: weighted((r) => r.accuracy),
      neutralShare,
      accuracyWhenDecided: weighted((r) => r.accuracyWhenDecided * (1 - r.neutralShare)) / (1 - neutralShare),
      winkAccuracy: weighted((r) => r.winkAccuracy),
    },
  };
}
