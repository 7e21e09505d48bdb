import type { ThemeInput } from './codeframe';

/**
 * Starter themes an analyst can begin from before curating proposals. Short lists of the obvious words
 * of each theme, written from domain knowledge (not mined from any benchmark); proposals extend them.
 */

/** Restaurants: the four aspect categories of SemEval-2014 Task 4. */
export const RESTAURANT_STARTER: readonly ThemeInput[] = [
  {
    id: 'food',
    name: 'Food',
    terms: [
      'food',
      'dish',
      'meal',
      'menu',
      'taste',
      'flavor',
      'flavour',
      'dessert',
      'appetizer',
      'entree',
      'portion',
      'cooked',
      'delicious',
      'tasty',
      'fresh',
      'chef',
      'cuisine',
    ],
  },
  {
    id: 'service',
    name: 'Service',
    terms: [
      'service',
      'staff',
      'waiter',
      'waitress',
      'server',
      'host',
      'hostess',
      'manager',
      'bartender',
      'attentive',
      'rude',
      'served',
    ],
  },
  {
    id: 'price',
    name: 'Price',
    terms: [
      'price',
      'priced',
      'cost',
      'expensive',
      'cheap',
      'overpriced',
      'value',
      'bill',
      'pricey',
      'affordable',
      '$',
      'worth',
    ],
  },
  {
    id: 'ambience',
    name: 'Ambience',
    terms: [
      'ambience',
      'ambiance',
      'atmosphere',
      'decor',
      'music',
      'room',
      'seating',
      'romantic',
      'cozy',
      'noisy',
      'loud',
      'setting',
      'vibe',
      'interior',
      'lighting',
    ],
  },
];

/** Customer service in general (retail, utilities, services). */
export const SERVICE_STARTER: readonly ThemeInput[] = [
  {
    id: 'staff',
    name: 'Staff',
    terms: ['staff', 'employee', 'agent', 'advisor', 'rude', 'friendly', 'helpful', 'polite'],
  },
  {
    id: 'waiting-time',
    name: 'Waiting time',
    terms: ['wait', 'waited', 'waiting', 'queue', 'on hold', 'took forever', 'slow', 'quick', 'delay*'],
  },
  {
    id: 'price',
    name: 'Price',
    terms: ['price', 'expensive', 'cheap', 'cost', 'overcharged', 'value for money', 'fee'],
  },
  {
    id: 'delivery',
    name: 'Delivery',
    terms: ['delivery', 'delivered', 'parcel', 'package', 'courier', 'shipping', 'arrived'],
  },
  { id: 'refunds', name: 'Refunds and returns', terms: ['refund*', 'return*', 'money back', 'exchange'] },
  {
    id: 'product-quality',
    name: 'Product quality',
    terms: ['quality', 'broken', 'faulty', 'defective', 'damaged', 'works'],
  },
  {
    id: 'communication',
    name: 'Communication',
    terms: ['call back', 'callback', 'no response', 'reply', 'email', 'phone', 'informed'],
  },
  { id: 'website', name: 'Website and app', terms: ['website', 'app', 'online', 'login', 'checkout'] },
];
