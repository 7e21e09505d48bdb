/**
 * Text analytics: sentiment of comments and sentences, themes from an editable codeframe (proposed,
 * curated, tagged) and what drives detractors. Pure: no I/O; wink-nlp's model ships in its package.
 */

export {
  acceptProposal,
  addTerms,
  addTheme,
  ancestry,
  type Codeframe,
  createCodeframe,
  getTheme,
  ignoreTheme,
  mergeThemes,
  moveTheme,
  normaliseTerm,
  OTHER_THEME_ID,
  type ProposalTarget,
  removeTerms,
  removeTheme,
  renameTheme,
  type SplitPart,
  splitTheme,
  type Theme,
  type ThemeInput,
  themeIdFor,
} from './codeframe';
export {
  type DriverOptions,
  type DriverResponse,
  npsGroup,
  type ThemeDriver,
  themeDrivers,
  themeDriversFromCounts,
  themeIdsOf,
} from './drivers';
export {
  type AssignmentOptions,
  assignProposals,
  type ProposalAssignment,
  UNTHEMED,
} from './proposal.assigner';
export {
  type AspectSentence,
  buildRestaurantCodeframe,
  evaluateThemes,
  type GoldCategory,
  parseSemevalXml,
  SEMEVAL_CATEGORIES,
  type ThemeEvaluation,
} from './semeval.evaluation';
export {
  type AnalyserOptions,
  analyseSentiment,
  createSentimentAnalyser,
  DEFAULT_NEUTRAL_BAND,
  defaultSentimentAnalyser,
  labelOf,
  NO_LEXICON_EVIDENCE_FACTOR,
  type SentenceSentiment,
  type SentimentAnalyser,
  type SentimentLabel,
  type SentimentScore,
  SHIPPED_SENTIMENT_MODEL,
  type TextSentiment,
} from './sentiment.analyser';
export {
  type CrossSiteEvaluation,
  evaluateSentimentCrossSite,
  type HeldOutResult,
  parseLabelledSentences,
} from './sentiment.evaluation';
export {
  type LabelledText,
  type SentimentModel,
  type TrainingOptions,
  trainSentimentModel,
} from './sentiment.model';
export { RESTAURANT_STARTER, SERVICE_STARTER } from './starter-codeframes';
export {
  type NpsCounts,
  normalCdf,
  nps,
  npsDifferenceZTest,
  npsVariance,
  twoProportionZTest,
  twoSidedP,
  type ZTest,
} from './stats';
export { type ReadSentence, type ReadText, readText } from './text.reader';
export {
  type PhraseCandidate,
  type ProposalOptions,
  proposeFromOther,
  proposeThemes,
  type ThemeProposal,
} from './theme.proposer';
export { summariseThemes, type ThemeSummary } from './theme.summary';
export {
  type AnalysedComment,
  analyseComment,
  analyseComments,
  type TaggedComment,
  type TaggingOptions,
  type ThemeMention,
  type ThemeTag,
  tagComment,
  tagRead,
} from './theme.tagger';
