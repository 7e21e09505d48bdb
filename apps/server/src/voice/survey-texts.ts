import type { SurveyKind } from '@centric/core/surveys/survey-kinds';

export { SURVEY_LANGUAGES, type SurveyLanguage } from '@centric/core/surveys/survey-kinds';

/** Every text a customer reads, in one language. */
export interface SurveyTexts {
  question: Record<SurveyKind, (org: string) => string>;
  low: Record<SurveyKind, string>;
  high: Record<SurveyKind, string>;
  why: string;
  whyHint: string;
  send: string;
  skip: string;
  saving: string;
  saved: string;
  thanks: string;
  thanksBody: string;
  change: string;
  editableUntil: (time: string) => string;
  alreadyAnswered: string;
  closed: string;
  notFound: string;
  failed: string;
  mailSubject: (org: string) => string;
  mailBody: (org: string, link: string, unsubscribe: string) => string;
  reminderSubject: (org: string) => string;
  unsubscribeTitle: string;
  unsubscribeButton: string;
  unsubscribed: string;
  scoreLabel: (score: number) => string;
}

const en: SurveyTexts = {
  question: {
    nps: (org) => `How likely are you to recommend ${org} to a friend or colleague?`,
    enps: (org) => `How likely are you to recommend ${org} as a place to work?`,
    csat: (org) => `How satisfied are you with ${org}?`,
    ces: (org) => `How much effort did it take to get what you needed from ${org}?`,
    custom: (org) => `How would you rate ${org}?`,
  },
  low: {
    nps: 'Not at all likely',
    enps: 'Not at all likely',
    csat: 'Very dissatisfied',
    ces: 'Very little effort',
    custom: 'Poor',
  },
  high: {
    nps: 'Extremely likely',
    enps: 'Extremely likely',
    csat: 'Very satisfied',
    ces: 'A great deal of effort',
    custom: 'Excellent',
  },
  why: 'What is the main reason for your score?',
  whyHint: 'Optional — a sentence is plenty.',
  send: 'Send',
  skip: 'No comment',
  saving: 'Saving…',
  saved: 'Your score is saved.',
  thanks: 'Thank you!',
  thanksBody: 'Your answer has been received. It will be read by the people who can act on it.',
  change: 'Change my answer',
  editableUntil: (time) => `You can change your answer until ${time}.`,
  alreadyAnswered: 'You have already answered this survey. Thank you!',
  closed: 'This survey is closed. Thank you for your interest.',
  notFound: 'This survey link is not valid.',
  failed: 'Your answer could not be saved. Check your connection and try again.',
  mailSubject: (org) => `${org} would like your opinion`,
  mailBody: (org, link, unsubscribe) =>
    `Hello,\n\n${org} would like to know how we did. It takes one tap:\n\n${link}\n\nThank you!\n\nTo receive no more surveys: ${unsubscribe}\n`,
  reminderSubject: (org) => `Reminder: ${org} would like your opinion`,
  unsubscribeTitle: 'Stop receiving surveys',
  unsubscribeButton: 'Unsubscribe',
  unsubscribed: 'You will receive no more surveys from us.',
  scoreLabel: (score) => `Score ${score}`,
};

const fr: SurveyTexts = {
  question: {
    nps: (org) => `Quelle est la probabilité que vous recommandiez ${org} à un ami ou un collègue ?`,
    enps: (org) => `Quelle est la probabilité que vous recommandiez ${org} comme employeur ?`,
    csat: (org) => `Quel est votre niveau de satisfaction à l’égard de ${org} ?`,
    ces: (org) => `Quel effort avez-vous dû fournir pour obtenir ce dont vous aviez besoin de ${org} ?`,
    custom: (org) => `Quelle note donneriez-vous à ${org} ?`,
  },
  low: {
    nps: 'Pas du tout probable',
    enps: 'Pas du tout probable',
    csat: 'Très insatisfait',
    ces: 'Très peu d’effort',
    custom: 'Mauvais',
  },
  high: {
    nps: 'Très probable',
    enps: 'Très probable',
    csat: 'Très satisfait',
    ces: 'Énormément d’effort',
    custom: 'Excellent',
  },
  why: 'Quelle est la principale raison de votre note ?',
  whyHint: 'Facultatif — une phrase suffit.',
  send: 'Envoyer',
  skip: 'Pas de commentaire',
  saving: 'Enregistrement…',
  saved: 'Votre note est enregistrée.',
  thanks: 'Merci !',
  thanksBody: 'Votre réponse a bien été reçue. Elle sera lue par les personnes qui peuvent agir.',
  change: 'Modifier ma réponse',
  editableUntil: (time) => `Vous pouvez modifier votre réponse jusqu’à ${time}.`,
  alreadyAnswered: 'Vous avez déjà répondu à cette enquête. Merci !',
  closed: 'Cette enquête est close. Merci de votre intérêt.',
  notFound: 'Ce lien d’enquête n’est pas valide.',
  failed: 'Votre réponse n’a pas pu être enregistrée. Vérifiez votre connexion et réessayez.',
  mailSubject: (org) => `${org} aimerait connaître votre avis`,
  mailBody: (org, link, unsubscribe) =>
    `Bonjour,\n\n${org} aimerait savoir comment nous nous en sommes sortis. Un seul clic suffit :\n\n${link}\n\nMerci !\n\nPour ne plus recevoir d’enquêtes : ${unsubscribe}\n`,
  reminderSubject: (org) => `Rappel : ${org} aimerait connaître votre avis`,
  unsubscribeTitle: 'Ne plus recevoir d’enquêtes',
  unsubscribeButton: 'Me désinscrire',
  unsubscribed: 'Vous ne recevrez plus d’enquêtes de notre part.',
  scoreLabel: (score) => `Note ${score}`,
};

/** The texts of a language (English when the language is not shipped). */
export function surveyTexts(language: string | null | undefined): SurveyTexts {
  return language === 'fr' ? fr : en;
}
