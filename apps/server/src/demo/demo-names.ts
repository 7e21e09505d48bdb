// Word lists the demo draws names from. Fictional people; e-mail domains are reserved (RFC 2606).

/** Splits a whitespace-separated list of single words. */
function words(text: string): readonly string[] {
  return text.trim().split(/\s+/);
}

/** Splits a list of phrases separated by `|`. */
function phrases(text: string): readonly string[] {
  return text
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0);
}

/** Given names common in the UK. */
export const FIRST_NAMES: readonly string[] = words(`
  Oliver George Harry Noah Jack Leo Arthur Muhammad Oscar Charlie Jacob Thomas Henry William James
  Joshua Freddie Alfie Theo Archie Isaac Lucas Edward Samuel Daniel Joseph Max Ethan Adam Ryan Callum
  Connor Liam Kieran Ben Matthew Luke Aaron Dylan Jamie Ross Euan Fraser Rhys Owen Ravi Arjun Kwame
  Tomasz Piotr Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Florence Willow
  Poppy Evie Ella Sophie Emily Jessica Charlotte Hannah Chloe Lucy Megan Holly Katie Laura Rebecca
  Sarah Emma Rachel Amy Zoe Niamh Eilidh Ailsa Cerys Siobhan Aisha Priya Fatima Zara Maya Agnieszka
  Anna Margaret Susan Linda Janet Pauline Karen Helen Julie Claire Nicola Joanne Gemma Stacey Deborah
  Patricia David John Paul Mark Andrew Stephen Peter Michael Richard Robert Gary Ian Kevin Graham
  Colin Keith Barry Trevor Alan Brian Derek Neil Simon Gareth
`);

/** Surnames common in the UK ("Smith" first: it is the most common). */
export const LAST_NAMES: readonly string[] = words(`
  Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
  Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
  Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
  Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
  Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
  Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
  Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
  Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox
  Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
  Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett
  Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland
  Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner MacDonald Nowak
  Kowalski Okafor Mensah Chen Wong Nguyen Rahman Sharma Costa
`);

/** Given names of French-speaking customers (they answer the NPS survey in French). */
export const FRENCH_FIRST_NAMES: readonly string[] = words(`
  Camille Léa Manon Chloé Inès Juliette Louise Élodie Amélie Margaux Lucas Hugo Louis Gabriel Jules
  Arthur Théo Antoine Mathieu Nicolas
`);

/** Surnames of French-speaking customers. */
export const FRENCH_LAST_NAMES: readonly string[] = words(`
  Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel
  Garcia Fontaine Rousseau Girard Lambert Bonnet
`);

/** Reserved domains for personal customer e-mails. */
export const EMAIL_DOMAINS: readonly string[] = words(`
  example.com example.org example.net
`);

/** First words of business customers' names. */
export const BUSINESS_WORDS_A: readonly string[] = words(`
  Harbour Oakwood Riverside Kingsway Northgate Meadow Highfield Station Castle Abbey Millbrook
  Greenway Willow Bridge Market Parkside Ashford Thistle Beacon Summit
`);

/** Second words of business customers' names. */
export const BUSINESS_WORDS_B: readonly string[] = phrases(`
  Cafés | Lettings | Dental Care | Nurseries | Hotels | Builders | Care Homes | Offices | Events |
  Property Services | Gyms | Catering | Schools Trust | Guest Houses | Studios | Vets | Surgeries
`);

/** Legal suffixes of business customers' names. */
export const BUSINESS_SUFFIXES: readonly string[] = phrases(`
  Ltd | Ltd | Ltd | LLP | plc | & Co | Group
`);

/** What customers bought (a general homeware and clothing retailer), for comments. */
export const ITEMS: readonly string[] = phrases(`
  a kettle | some towels | school shoes | a winter coat | new bedding | a table lamp | a toaster |
  garden chairs | a rug | kids' pyjamas | a duvet | a set of pans | curtains | a mirror | a jumper |
  trainers | a birthday present | cushions | storage boxes | a dressing gown | a coffee machine |
  wine glasses | a school uniform | a pair of jeans | a rain jacket | a baking tray | a bath mat
`);

/** What French-speaking customers bought. */
export const ITEMS_FR: readonly string[] = phrases(`
  une bouilloire | des serviettes | un manteau | une lampe | un grille-pain | des coussins | un tapis |
  une couette | des chaussures | un pull
`);
