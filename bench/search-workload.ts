/**
 * The workload of the search benchmarks (search-scale.bench.ts over HTTP, search-profile.ts in
 * process; home.bench.ts takes the personas): the demo personas, one- to three-word queries —
 * common and rare words, a phrase, a prefix — some with a filter, and type-ahead prefixes.
 */
export const PERSONAS = [
  "agent.amerique@demo.diplomatie.fr",
  "chef.washington@demo.diplomatie.fr",
  "redacteur.washington@demo.diplomatie.fr",
  "agent.berlin@demo.diplomatie.fr",
  "cm.afrique@demo.diplomatie.fr",
  "stagiaire@demo.diplomatie.fr",
] as const;

/** One- to three-word queries, common and rare words, a phrase, a prefix; some with filters. */
export const SEARCHES = [
  "négociations",
  "acier",
  "climate",
  "sécurité alimentaire",
  "droits de douane",
  "élections législatives résultats",
  "energy security",
  '"coopération de défense"',
  "négoc*",
  "visa étudiants",
  "sommet G7 climat",
  "hydrogène",
] as const;
export const FILTERS = ["", "", "&country=US", "&precedence=flash", "&marking=NP", "&sort=date"];
export const SUGGESTIONS = [
  "négo",
  "sécurité ali",
  "clim",
  "élect",
  "wash",
  "trade neg",
  "droits de d",
];
