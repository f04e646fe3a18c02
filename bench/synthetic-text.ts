/*
 * The vocabulary of the synthetic correspondence: themes of diplomatic reporting, each with
 * subjects, sentences, tags and countries, in French and in English. Sentences take a country
 * or a city from short lists, so the generator can analyse each variant once and reuse its
 * tokens (search/analyzer.ts works word by word: the tokens of a text are the tokens of its
 * lines, one after the other).
 */

export interface Country {
  code: string;
  fr: string;
  en: string;
  city: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: "US", fr: "États-Unis", en: "United States", city: "Washington" },
  { code: "DE", fr: "Allemagne", en: "Germany", city: "Berlin" },
  { code: "GB", fr: "Royaume-Uni", en: "United Kingdom", city: "Londres" },
  { code: "CN", fr: "Chine", en: "China", city: "Pékin" },
  { code: "JP", fr: "Japon", en: "Japan", city: "Tokyo" },
  { code: "IN", fr: "Inde", en: "India", city: "New Delhi" },
  { code: "BR", fr: "Brésil", en: "Brazil", city: "Brasilia" },
  { code: "ZA", fr: "Afrique du Sud", en: "South Africa", city: "Pretoria" },
  { code: "NG", fr: "Nigeria", en: "Nigeria", city: "Abuja" },
  { code: "ML", fr: "Mali", en: "Mali", city: "Bamako" },
  { code: "SN", fr: "Sénégal", en: "Senegal", city: "Dakar" },
  { code: "MA", fr: "Maroc", en: "Morocco", city: "Rabat" },
  { code: "EG", fr: "Égypte", en: "Egypt", city: "Le Caire" },
  { code: "TR", fr: "Turquie", en: "Turkey", city: "Ankara" },
  { code: "RU", fr: "Russie", en: "Russia", city: "Moscou" },
  { code: "UA", fr: "Ukraine", en: "Ukraine", city: "Kyiv" },
  { code: "PL", fr: "Pologne", en: "Poland", city: "Varsovie" },
  { code: "IT", fr: "Italie", en: "Italy", city: "Rome" },
  { code: "ES", fr: "Espagne", en: "Spain", city: "Madrid" },
  { code: "MX", fr: "Mexique", en: "Mexico", city: "Mexico" },
  { code: "CA", fr: "Canada", en: "Canada", city: "Ottawa" },
  { code: "AU", fr: "Australie", en: "Australia", city: "Canberra" },
  { code: "SA", fr: "Arabie saoudite", en: "Saudi Arabia", city: "Riyad" },
  { code: "IR", fr: "Iran", en: "Iran", city: "Téhéran" },
];

export interface Theme {
  tags: { fr: string[]; en: string[] };
  subjects: { fr: string[]; en: string[] };
  sentences: { fr: string[]; en: string[] };
}

// {country} and {city} are filled in; everything else is fixed text.
export const THEMES: readonly Theme[] = [
  {
    tags: { fr: ["commerce", "acier", "douanes"], en: ["trade", "steel", "tariffs"] },
    subjects: {
      fr: [
        "Négociations commerciales avec {country} : point d'étape",
        "Droits de douane sur l'acier : réaction de {country}",
        "{country} : surtaxes à l'importation et riposte européenne",
      ],
      en: [
        "Trade negotiations with {country}: state of play",
        "Steel tariffs: {country}'s next steps",
      ],
    },
    sentences: {
      fr: [
        "Les négociations commerciales avec {country} avancent lentement et l'administration reste prudente.",
        "Le ministère du commerce de {country} envisage de nouvelles surtaxes sur l'acier et l'aluminium.",
        "Nos interlocuteurs à {city} jugent les droits de douane européens disproportionnés.",
        "Les exportateurs français de produits agricoles s'inquiètent d'une escalade tarifaire.",
        "Une mission économique pourrait se rendre à {city} avant la fin du trimestre.",
        "La chambre de commerce franco-locale plaide pour un accord de reconnaissance mutuelle.",
      ],
      en: [
        "Trade negotiations with {country} are moving slowly and the administration remains cautious.",
        "The Commerce Department in {city} is expected to announce new steel tariffs next week.",
        "Our counterparts consider the European retaliation measures disproportionate.",
        "French agricultural exporters fear a tariff escalation over the coming months.",
      ],
    },
  },
  {
    tags: { fr: ["climat", "énergie"], en: ["climate", "energy"] },
    subjects: {
      fr: [
        "Climat : les engagements de {country} avant la COP",
        "Transition énergétique en {country} : état des lieux",
      ],
      en: [
        "Climate diplomacy: {country}'s commitments ahead of the COP",
        "Energy transition in {country}: an assessment",
      ],
    },
    sentences: {
      fr: [
        "{country} confirme ses engagements climatiques avant la conférence des parties.",
        "Le gouvernement annonce la fermeture progressive des centrales à charbon d'ici 2035.",
        "Les investissements dans l'hydrogène et l'éolien en mer progressent rapidement.",
        "La société civile à {city} reste sceptique quant au financement de l'adaptation.",
        "La sécurité énergétique domine désormais le débat public sur le nucléaire civil.",
      ],
      en: [
        "{country} confirms its climate commitments ahead of the conference of the parties.",
        "The government plans to phase out coal-fired power plants by 2035.",
        "Investment in hydrogen and offshore wind is growing quickly.",
        "Energy security now dominates the public debate on civil nuclear power in {city}.",
      ],
    },
  },
  {
    tags: { fr: ["sécurité", "défense", "terrorisme"], en: ["security", "defence"] },
    subjects: {
      fr: [
        "Situation sécuritaire en {country} : évaluation du poste",
        "{country} : coopération de défense et lutte contre le terrorisme",
      ],
      en: ["Security situation in {country}: the embassy's assessment"],
    },
    sentences: {
      fr: [
        "La situation sécuritaire dans le nord de {country} continue de se dégrader.",
        "Les autorités de {city} sollicitent un renforcement de la coopération de défense.",
        "Plusieurs attaques contre des convois humanitaires ont été signalées cette semaine.",
        "Le poste recommande de maintenir le niveau de vigilance pour nos ressortissants.",
        "Les services de renseignement partenaires partagent une analyse convergente de la menace.",
      ],
      en: [
        "The security situation in northern {country} keeps deteriorating.",
        "The authorities in {city} request closer defence cooperation.",
        "Several attacks against humanitarian convoys were reported this week.",
      ],
    },
  },
  {
    tags: { fr: ["élections", "politique intérieure"], en: ["elections", "domestic politics"] },
    subjects: {
      fr: [
        "Élections législatives en {country} : résultats et perspectives",
        "{country} : remaniement ministériel et équilibre de la coalition",
      ],
      en: ["{country} general election: results and outlook"],
    },
    sentences: {
      fr: [
        "Les élections législatives en {country} ont été marquées par une forte abstention.",
        "La coalition sortante perd sa majorité absolue à la chambre basse.",
        "Le nouveau Premier ministre a présenté son gouvernement à {city} mardi.",
        "L'opposition conteste les résultats dans trois circonscriptions du sud.",
      ],
      en: [
        "The general election in {country} saw a low turnout.",
        "The outgoing coalition lost its absolute majority in the lower house.",
        "The new prime minister presented the cabinet in {city} on Tuesday.",
      ],
    },
  },
  {
    tags: { fr: ["migrations", "consulaire"], en: ["migration", "consular"] },
    subjects: {
      fr: [
        "Migrations et visas : évolution des demandes à {city}",
        "Affaires consulaires en {country}",
      ],
      en: ["Migration and visas: trends in {city}"],
    },
    sentences: {
      fr: [
        "Le consulat à {city} enregistre une hausse de vingt pour cent des demandes de visa.",
        "Les autorités de {country} souhaitent un accord de réadmission équilibré.",
        "La protection consulaire de nos ressortissants détenus reste une priorité.",
        "Les délais de traitement des visas étudiants ont été réduits de moitié.",
      ],
      en: [
        "The consulate in {city} records a twenty percent rise in visa applications.",
        "The authorities of {country} seek a balanced readmission agreement.",
      ],
    },
  },
  {
    tags: { fr: ["santé", "sécurité alimentaire"], en: ["health", "food security"] },
    subjects: {
      fr: [
        "Sécurité alimentaire en {country} : alerte du poste",
        "Santé mondiale : épidémie en {country}",
      ],
      en: ["Food security in {country}: an alert", "Global health: outbreak in {country}"],
    },
    sentences: {
      fr: [
        "La sécheresse menace les récoltes de céréales dans plusieurs régions de {country}.",
        "Le prix du blé a augmenté de trente pour cent sur les marchés de {city}.",
        "L'organisation mondiale de la santé a dépêché une équipe d'urgence.",
        "Les partenaires humanitaires demandent un financement supplémentaire rapide.",
      ],
      en: [
        "Drought threatens cereal harvests in several regions of {country}.",
        "Wheat prices rose by thirty percent on the markets of {city}.",
        "The World Health Organization dispatched an emergency team.",
      ],
    },
  },
  {
    tags: { fr: ["G7", "multilatéral"], en: ["G7", "multilateral"] },
    subjects: {
      fr: ["Sommet du G7 : positions de {country}", "Nations unies : vote de {country} au Conseil"],
      en: ["G7 summit: {country}'s positions", "United Nations: {country}'s vote at the Council"],
    },
    sentences: {
      fr: [
        "La présidence du G7 prépare un sommet consacré au climat et au commerce.",
        "{country} soutiendra la résolution sur la protection des civils au Conseil de sécurité.",
        "Le sherpa de {country} a fait part de réserves sur le texte de la déclaration finale.",
        "Une réunion des ministres des affaires étrangères est prévue à {city}.",
      ],
      en: [
        "The G7 presidency is preparing a summit on climate and trade.",
        "{country} will support the resolution on the protection of civilians.",
      ],
    },
  },
];

/** Phrases every report uses, whatever its theme. */
export const COMMON_SENTENCES = {
  fr: [
    "Le poste suivra attentivement l'évolution de la situation et en rendra compte.",
    "Ces éléments confirment l'analyse transmise par notre précédent télégramme.",
    "Il conviendrait d'en informer nos partenaires européens dans les meilleurs délais.",
    "L'ambassadeur a évoqué ce sujet avec le ministre des affaires étrangères.",
  ],
  en: [
    "The embassy will follow developments closely and report back.",
    "These elements confirm the analysis sent in our previous telegram.",
    "Our European partners should be informed without delay.",
  ],
} as const;

export const GIVEN_NAMES = [
  "Camille",
  "Louis",
  "Léa",
  "Hugo",
  "Chloé",
  "Arthur",
  "Manon",
  "Jules",
  "Inès",
  "Gabriel",
  "Sarah",
  "Nathan",
  "Emma",
  "Lucas",
  "Alice",
  "Paul",
  "Juliette",
  "Victor",
  "Zoé",
  "Thomas",
  "Claire",
  "Antoine",
  "Mathilde",
  "Julien",
  "Sophie",
  "Nicolas",
  "Anne",
  "Pierre",
  "Marie",
  "Karim",
];

export const FAMILY_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Lefèvre",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
  "Benali",
  "Nguyen",
  "Diallo",
  "Kowalski",
  "Rossi",
  "Müller",
];

export const FUNCTIONS = [
  "rédacteur",
  "rédactrice",
  "conseiller politique",
  "conseillère économique",
  "attaché de presse",
  "chef de chancellerie",
  "premier secrétaire",
  "deuxième secrétaire",
  "chargé de mission",
  "consul adjoint",
  "attaché de défense",
  "secrétaire de chancellerie",
];
