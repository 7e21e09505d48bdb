// Composes customer and employee comments from sentence templates and fragments, so that thousands of them stay
// varied and still read like people wrote them: praise, complaints, both at once, short and long, the odd typo'd
// lower-case one. Pure; the caller's generator decides everything.

import { ITEMS, ITEMS_FR } from './demo-names';
import type { Random } from './demo-random';

/** What customers talk about. */
export const CUSTOMER_TOPICS = [
  'staff',
  'waiting',
  'price',
  'delivery',
  'app',
  'website',
  'returns',
  'stock',
  'cleanliness',
  'quality',
  'phone',
] as const;
/** A customer comment topic. */
export type CustomerTopic = (typeof CUSTOMER_TOPICS)[number];

/** What employees talk about in the pulse. */
export const EMPLOYEE_TOPICS = [
  'workload',
  'management',
  'recognition',
  'training',
  'pay',
  'team',
  'tools',
] as const;
/** An employee comment topic. */
export type EmployeeTopic = (typeof EMPLOYEE_TOPICS)[number];

/** The tone of a comment. */
export type Polarity = 'positive' | 'mixed' | 'negative';

/** What to write about: praised and criticised topics (both present makes a mixed comment). */
export interface CommentRequest {
  praise: readonly CustomerTopic[];
  complaints: readonly CustomerTopic[];
  language: 'en' | 'fr';
  /** The first name of the employee who served the customer, when known. */
  staffName?: string | null | undefined;
}

type Bank<T extends string> = Record<T, { positive: readonly string[]; negative: readonly string[] }>;

// Slots: {staff} who served, {item} something bought, {mins} a wait, {days} a delay, {count} a small number,
// {very} an intensifier, {good}/{bad} adjectives for people, {day} a weekday.
const EN: Bank<CustomerTopic> = {
  staff: {
    positive: [
      '{staff} was {very} {good} and went out of their way to help',
      "{staff} couldn't have been more helpful",
      '{staff} helped me find {item} and was {very} {good}',
      'the staff were {very} {good}',
      '{staff} remembered me from last time, lovely touch',
      'great service from {staff}',
      '{staff} sorted everything out in minutes',
      'staff were {good} and knew their stuff',
      '{staff} took the time to help me properly',
    ],
    negative: [
      '{staff} was {bad} and clearly did not want to help',
      'the staff were {bad}',
      'staff were chatting to each other and ignored me',
      'there was nobody on the shop floor to ask',
      'I asked {staff} for help with {item} and got a shrug',
      'the person at the till was {bad}',
      'I was made to feel like a nuisance',
      'no one acknowledged me when I came in',
      '{staff} was {bad} when I asked a simple question',
    ],
  },
  waiting: {
    positive: [
      'I was in and out in {short} minutes',
      'no queue at all',
      'the tills were quick',
      'they opened another till as soon as it got busy',
      'quick and easy checkout',
      'barely had to wait',
    ],
    negative: [
      'I waited {mins} minutes to pay',
      'the queue was out of the door',
      'only one till open on a {day}',
      'queued for {mins} minutes at the tills',
      'the self-checkouts kept breaking and there was nobody to help',
      'waited ages to be served',
      'the queues are getting worse every time I come in',
    ],
  },
  price: {
    positive: [
      'good value for money',
      'great prices compared to elsewhere',
      'the offers were {very} good',
      'picked up {item} for a bargain price',
      'my loyalty points made it even cheaper',
    ],
    negative: [
      'prices have gone up a lot',
      '{the_item} was cheaper online than in store',
      'too expensive for what it is',
      "the offer price didn't ring up at the till",
      'not good value any more',
      'charging for bags and delivery on top of those prices is cheeky',
    ],
  },
  delivery: {
    positive: [
      'the delivery arrived a day early',
      'the driver was {very} {good}',
      'delivered on time and well packed',
      'the tracking was spot on',
      'I ordered {item} and it arrived the next day',
      'the delivery slot was easy to book and they came on time',
    ],
    negative: [
      'my delivery was {days} days late',
      'the parcel arrived damaged',
      'the driver left it out in the rain',
      'they missed my delivery slot with no warning',
      'tracking said delivered but nothing came',
      '{the_item} arrived broken',
      'I had to chase the delivery {count} times',
      'I took a day off work and the delivery never turned up',
    ],
  },
  app: {
    positive: [
      'the app is {very} easy to use',
      'ordering on the app took two minutes',
      'love the app',
      'the app remembered my basket',
      'scan and go in the app is brilliant',
    ],
    negative: [
      'the app keeps crashing at checkout',
      "I couldn't log in to the app",
      'the app logged me out and lost my basket',
      'the app is slow and clunky',
      'payment failed in the app {count} times',
      "vouchers don't work in the app",
    ],
  },
  website: {
    positive: [
      'the website is easy to use',
      'found {item} straight away on the website',
      'checking out online was quick',
      'the website had clear stock information',
    ],
    negative: [
      'the website search is useless',
      'the website said in stock but it was not',
      'the website kept timing out at payment',
      "I couldn't apply my discount code online",
      'the website is confusing to navigate',
    ],
  },
  returns: {
    positive: [
      'returning {the_item} was {very} easy',
      'the refund came through the next day',
      'no fuss returns',
      'they swapped {item} without any questions',
    ],
    negative: [
      'returning {the_item} was a nightmare',
      "I'm still waiting for my refund after {days} days",
      'they refused my return without a receipt',
      'I had to queue for {mins} minutes at the returns desk',
      'the returns process is far too complicated',
    ],
  },
  stock: {
    positive: [
      'everything I needed was in stock',
      'great range',
      'found exactly what I was looking for',
      'lots of new stock in',
    ],
    negative: [
      'half the shelves were empty',
      '{the_item} I wanted was out of stock again',
      "I couldn't find {the_item} I came in for",
      "the store never has what's advertised",
      '{the_item} has been out of stock for weeks',
    ],
  },
  cleanliness: {
    positive: ['the store was clean and tidy', 'nicely laid out and spotless', 'a bright, clean store'],
    negative: [
      'the store was a mess',
      'the fitting rooms were filthy',
      'boxes were blocking the aisles',
      'the toilets were disgusting',
      'rubbish on the floor and sticky shelves',
    ],
  },
  quality: {
    positive: [
      '{the_item} I bought is great quality',
      'good quality for the price',
      "I'm {very} pleased with {the_item}",
    ],
    negative: [
      '{the_item} I bought fell apart after a week',
      'the quality was poor',
      '{the_item} broke after two uses',
      'the quality has gone downhill',
    ],
  },
  phone: {
    positive: [
      'the adviser on the phone sorted it first time',
      '{agent} on the phone was {very} {good}',
      'I got through quickly and the problem was solved',
      '{agent} called me back as promised',
    ],
    negative: [
      'I was on hold for {mins} minutes',
      'I was passed around {count} departments',
      'nobody called me back',
      'the adviser had no idea how to help',
      'I had to explain my problem {count} times',
    ],
  },
};

const FR: Bank<CustomerTopic> = {
  staff: {
    positive: [
      '{staff} a été très {good_fr}',
      'le personnel est vraiment sympathique',
      'un accueil chaleureux',
    ],
    negative: [
      'le personnel était désagréable',
      'personne pour nous aider en magasin',
      '{staff} était peu aimable',
    ],
  },
  waiting: {
    positive: ['pas d’attente en caisse', 'passage en caisse rapide'],
    negative: ['{mins} minutes d’attente en caisse', 'une seule caisse ouverte', 'beaucoup trop d’attente'],
  },
  price: {
    positive: ['bon rapport qualité-prix', 'les promotions sont intéressantes'],
    negative: ['les prix ont beaucoup augmenté', 'trop cher pour ce que c’est'],
  },
  delivery: {
    positive: ['livraison rapide et soignée', 'le livreur était très aimable', 'livré avec un jour d’avance'],
    negative: ['livraison avec {days} jours de retard', 'colis arrivé abîmé', 'le livreur n’est jamais venu'],
  },
  app: {
    positive: ['l’application est très pratique', 'commander sur l’appli est simple'],
    negative: ['l’application plante au moment de payer', 'impossible de me connecter à l’appli'],
  },
  website: {
    positive: ['le site est facile à utiliser', 'commande en ligne rapide'],
    negative: ['le site est compliqué', 'le paiement en ligne ne fonctionnait pas'],
  },
  returns: {
    positive: ['retour sans problème', 'j’ai été remboursé rapidement'],
    negative: ['le retour de mon article a été un cauchemar', 'toujours pas remboursé après {days} jours'],
  },
  stock: {
    positive: ['j’ai trouvé tout ce qu’il me fallait', 'beaucoup de choix'],
    negative: [
      'l’article que je voulais est encore en rupture de stock',
      'les rayons étaient à moitié vides',
    ],
  },
  cleanliness: {
    positive: ['magasin propre et bien rangé'],
    negative: ['le magasin était sale et en désordre', 'des cartons partout dans les allées'],
  },
  quality: {
    positive: ['{item_fr} de très bonne qualité', 'des produits de qualité'],
    negative: ['mon article s’est cassé au bout d’une semaine', 'la qualité a baissé'],
  },
  phone: {
    positive: ['le conseiller au téléphone a tout réglé', 'réponse rapide au téléphone'],
    negative: ['{mins} minutes d’attente au téléphone', 'personne ne m’a rappelé'],
  },
};

const SHORT_EN = {
  positive: [
    'Great service',
    'Excellent',
    'Very happy',
    'All good',
    'Quick and easy',
    'Lovely experience',
    'Brilliant as always',
    'No complaints',
    'Spot on',
  ],
  negative: [
    'Poor service',
    'Terrible',
    'Very disappointed',
    'Not good enough',
    'Awful experience',
    'Shocking',
  ],
  mixed: ['OK', 'Fine', 'Average', 'It was alright', 'Nothing special', 'Could be better'],
} as const;
const SHORT_FR = {
  positive: ['Très bien', 'Parfait', 'Service au top', 'Rien à redire'],
  negative: ['Décevant', 'Très déçu', 'Service médiocre'],
  mixed: ['Correct', 'Moyen', 'Peut mieux faire'],
} as const;

const OPENERS_EN = {
  positive: ['', '', '', 'Honestly, ', 'As always, ', 'Really impressed: ', 'Very pleased, ', 'Have to say '],
  negative: ['', '', '', 'Sadly ', 'Honestly, ', 'Not impressed: ', 'Again ', 'Unfortunately '],
  mixed: ['', '', 'On the whole fine, ', 'Mostly good, ', 'Mixed visit: '],
} as const;
const CLOSERS_EN = {
  positive: [
    '',
    '',
    '',
    'Will definitely be back.',
    'Keep it up!',
    'Thank you!',
    'Highly recommend.',
    'Always a pleasure.',
    'Best Northwind I have been to.',
  ],
  negative: [
    '',
    '',
    '',
    'Please sort it out.',
    'Very disappointed.',
    "I won't be rushing back.",
    'Really frustrating.',
    'Expected better from Northwind.',
    'Thinking of shopping elsewhere.',
  ],
  mixed: ['', '', 'Could be better.', 'Room for improvement.', 'Otherwise fine.', 'Would still recommend.'],
} as const;
const CLOSERS_FR = {
  positive: ['', '', 'Merci !', 'Je reviendrai.', 'Je recommande.'],
  negative: ['', '', 'Très déçu.', 'À améliorer d’urgence.', 'Je ne reviendrai pas.'],
  mixed: ['', 'Peut mieux faire.', 'Dans l’ensemble correct.'],
} as const;
const MIXED_EN = [
  '{P} but {n}.',
  '{P}, however {n}.',
  '{P}, shame that {n}.',
  '{N}, but to be fair {p}.',
  '{P}. Only downside: {n}.',
  '{P}. On the other hand {n}.',
] as const;
const MIXED_FR = ['{P} mais {n}.', '{N}, par contre {p}.', '{P}. Seul bémol : {n}.'] as const;

const VERY = ['really', 'very', 'so', 'incredibly', 'super', 'extremely'] as const;
const GOOD = ['helpful', 'friendly', 'lovely', 'polite', 'knowledgeable', 'patient', 'cheerful'] as const;
const BAD = ['rude', 'unhelpful', 'dismissive', 'uninterested', 'abrupt', 'sarcastic'] as const;
const GOOD_FR = ['aimable', 'serviable', 'souriant', 'patient'] as const;
const DAYS = ['Saturday', 'Sunday', 'Friday evening', 'bank holiday', 'weekday lunchtime'] as const;
const GENERIC_AGENT = [
  'the adviser',
  'the lady I spoke to',
  'the man I spoke to',
  'the call handler',
] as const;
const GENERIC_STAFF = [
  'the lady on the till',
  'the young man at customer services',
  'the assistant',
  'the manager',
  'the guy in the homeware section',
  'the woman at the returns desk',
] as const;

/** Composes a customer comment; the tone follows which topics are praised and which criticised. */
export function composeComment(rng: Random, request: CommentRequest): string {
  const polarity: Polarity =
    request.praise.length > 0 && request.complaints.length > 0
      ? 'mixed'
      : request.complaints.length > 0
        ? 'negative'
        : 'positive';
  const fr = request.language === 'fr';
  if (rng.chance(0.12)) return style(rng, rng.pick((fr ? SHORT_FR : SHORT_EN)[polarity]), polarity);
  const bank = fr ? FR : EN;
  const fill = (template: string) => fillSlots(rng, template, request.staffName, fr);
  const sentence = (topic: CustomerTopic, tone: 'positive' | 'negative') => fill(rng.pick(bank[topic][tone]));
  let body: string;
  if (polarity === 'mixed') {
    const p = sentence(request.praise[0]!, 'positive');
    const n = sentence(request.complaints[0]!, 'negative');
    body = rng
      .pick(fr ? MIXED_FR : MIXED_EN)
      .replace('{p}', p)
      .replace('{P}', capitalise(p))
      .replace('{n}', n)
      .replace('{N}', capitalise(n));
  } else {
    const topics = polarity === 'positive' ? request.praise : request.complaints;
    const tone = polarity === 'positive' ? 'positive' : 'negative';
    const sentences = topics.map((t) => sentence(t, tone));
    const opener = fr ? '' : rng.pick(OPENERS_EN[polarity]);
    const first = opener ? `${opener}${sentences[0]}` : capitalise(sentences[0]!);
    // Sentences that already contain "and" are not joined with another one.
    const joiner = fr
      ? ' et '
      : sentences[0]!.includes(' and ')
        ? '. '
        : rng.pick([' and ', '. Also ', ', and ', '. ']);
    body = sentences.length > 1 ? `${first}${joiner}${joinCase(joiner, sentences[1]!)}.` : `${first}.`;
  }
  const closer = rng.pick((fr ? CLOSERS_FR : CLOSERS_EN)[polarity]);
  return style(rng, closer ? `${body} ${closer}` : body, polarity);
}

/** Composes an employee's pulse comment about one topic. */
export function composeEmployeeComment(
  rng: Random,
  topic: EmployeeTopic,
  tone: 'positive' | 'negative',
): string {
  const text = rng.pick(EMPLOYEE[topic][tone]);
  const closer = rng.pick(
    tone === 'positive'
      ? ['', '', 'Thanks.', 'Proud to work here.']
      : ['', '', 'Please listen.', 'It is wearing people down.'],
  );
  return style(rng, `${capitalise(text)}.${closer ? ` ${closer}` : ''}`, tone);
}

const EMPLOYEE: Bank<EmployeeTopic> = {
  workload: {
    positive: ['rotas are fair and planned well ahead', 'staffing has improved a lot this year'],
    negative: [
      'we are always short-staffed on weekends',
      'too much to do with too few people',
      'covering for absences every week is exhausting',
    ],
  },
  management: {
    positive: [
      'my manager really listens',
      'leadership explains the why behind decisions',
      'my manager backs us up',
    ],
    negative: [
      'head office decisions never reach the shop floor',
      'my manager is never around',
      'we hear about changes last',
    ],
  },
  recognition: {
    positive: ['good work gets noticed here', 'loved being recognised for helping a customer'],
    negative: ['nobody says thank you', 'customer compliments never get passed on'],
  },
  training: {
    positive: ['the training on the new tills was excellent', 'plenty of chances to learn'],
    negative: ['no proper training before being put on the tills', 'we learn new systems on the job'],
  },
  pay: {
    positive: ['the pay rise was appreciated', 'the staff discount is great'],
    negative: ['pay has not kept up with the cost of living', 'the bonus scheme is unclear'],
  },
  team: {
    positive: ['great team, we look after each other', 'I like the people I work with'],
    negative: ['morale in the team is low', 'people keep leaving'],
  },
  tools: {
    positive: ['the new handheld scanners save a lot of time'],
    negative: ['the stock system is always wrong', 'the tills crash every weekend'],
  },
};

function fillSlots(rng: Random, template: string, staffName: string | null | undefined, fr: boolean): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'staff':
        return staffName && rng.chance(0.7) ? staffName : fr ? 'le vendeur' : rng.pick(GENERIC_STAFF);
      case 'item':
        return rng.pick(ITEMS);
      case 'the_item':
        return `the ${rng.pick(ITEMS).replace(/^(a pair of|an|a|some|new) /, '')}`;
      case 'agent':
        return staffName && rng.chance(0.7) ? staffName : rng.pick(GENERIC_AGENT);
      case 'item_fr':
        return rng.pick(ITEMS_FR);
      case 'mins':
        return String(rng.pick([10, 15, 15, 20, 20, 25, 30, 40, 45]));
      case 'short':
        return String(rng.int(2, 10));
      case 'days':
        return String(rng.int(2, 12));
      case 'count':
        return rng.pick(['three', 'four', 'five', 'several']);
      case 'very':
        return rng.pick(VERY);
      case 'good':
        return rng.pick(GOOD);
      case 'good_fr':
        return rng.pick(GOOD_FR);
      case 'bad':
        return rng.pick(BAD);
      case 'day':
        return rng.pick(DAYS);
      default:
        return slot;
    }
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinCase(joiner: string, sentence: string): string {
  return joiner.trim().endsWith('.') || joiner === '. ' ? capitalise(sentence) : sentence;
}

/** Real comments are not all tidy: some are lower-case, unpunctuated or emphatic. */
function style(rng: Random, text: string, polarity: Polarity): string {
  const r = rng.next();
  if (r < 0.05) return text.toLowerCase();
  if (r < 0.09) return text.replace(/[.!]$/, '');
  if (r < 0.12 && polarity !== 'mixed') return text.replace(/[.!]?$/, '!!');
  return text;
}
