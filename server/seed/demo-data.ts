/**
 * Demo data set: a realistic (but fictional) ministry with its central administration, its network
 * of posts abroad, two partner ministries, two partner companies, their people and communities.
 *
 * Pure and deterministic: no randomness, no clock, no I/O. Everything is computed at import time
 * from fixed arrays, so every run yields exactly the same data.
 */
import type {
  ClearanceLevel,
  CommunityAccess,
  CommunityKind,
  MembershipRole,
  OrganizationKind,
  Role,
  UnitKind,
} from "../../shared/vocabulary.js";

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** An organization (ministry, company …) taking part in the demo. */
export interface DemoOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  shortName: string;
}

/** A unit of an organization: central administration unit, post abroad or company department. */
export interface DemoUnit {
  key: string;
  organizationKey: string;
  parentKey: string | null;
  kind: UnitKind;
  name: string;
  shortName: string;
  countryCode: string | null;
  city: string | null;
}

/** A person of the demo, with assignments, clearance (habilitation) and roles. */
export interface DemoPerson {
  email: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  nationality: string;
  organizationKey: string;
  assignments: { unitKey: string; function: string; isPrincipal: boolean }[];
  clearance: { level: ClearanceLevel; validFrom: string; validUntil: string } | null;
  roles: { role: Role; unitKey: string | null }[];
}

/** A community (hierarchical, mirroring a unit, or transverse) and its members. */
export interface DemoCommunity {
  key: string;
  name: string;
  description: string;
  kind: CommunityKind;
  access: CommunityAccess;
  unitKey: string | null;
  members: { email: string; role: MembershipRole }[];
}

// ---------------------------------------------------------------------------------------------
// Small helpers (internal)
// ---------------------------------------------------------------------------------------------

/** Lower-case ASCII slug: accents stripped, spaces and apostrophes turned into hyphens. */
const slug = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Element at index, failing loudly (the arrays below are fixed, so this never throws). */
const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`demo-data: no element at index ${index}`);
  return item;
};

// ---------------------------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------------------------

/** Organizations of the demo: the foreign ministry, two partner ministries, two companies. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: "meae",
    kind: "ministry",
    name: "Ministère de l'Europe et des Affaires étrangères",
    shortName: "MEAE",
  },
  {
    key: "minefi",
    kind: "ministry",
    name: "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique",
    shortName: "MEFSIN",
  },
  { key: "minarm", kind: "ministry", name: "Ministère des Armées", shortName: "MINARM" },
  {
    key: "entreprise-demo",
    kind: "company",
    name: "Entreprise Démo Industries",
    shortName: "Entreprise Démo",
  },
  {
    key: "horizon-demo",
    kind: "company",
    name: "Horizon Ingénierie Démo",
    shortName: "Horizon Démo",
  },
];

/** E-mail domain of each organization. */
const DOMAINS: Readonly<Record<string, string>> = {
  meae: "demo.diplomatie.fr",
  minefi: "demo.finances.gouv.fr",
  minarm: "demo.defense.gouv.fr",
  "entreprise-demo": "entreprise-demo.fr",
  "horizon-demo": "horizon-ingenierie-demo.fr",
};

// ---------------------------------------------------------------------------------------------
// Units — MEAE central administration
// ---------------------------------------------------------------------------------------------

type CentralKind =
  | "ministry_head"
  | "general_directorate"
  | "directorate"
  | "sub_directorate"
  | "office"
  | "company_department";

/** [key, parentKey, kind, name, shortName] */
type CentralRow = readonly [string, string | null, CentralKind, string, string];

// biome-ignore format: table layout, one row per line
const MEAE_CENTRAL: readonly CentralRow[] = [
  ["meae", null, "ministry_head", "Ministère de l'Europe et des Affaires étrangères", "MEAE"],
  ["sg", "meae", "general_directorate", "Secrétariat général", "SG"],

  // Direction générale des affaires politiques et de sécurité
  ["dgp", "meae", "general_directorate", "Direction générale des affaires politiques et de sécurité", "DGP"],
  ["dgp-amc", "dgp", "directorate", "Direction des Amériques et des Caraïbes", "DAMC"],
  ["dgp-amc-an", "dgp-amc", "sub_directorate", "Sous-direction de l'Amérique du Nord", "DAMC/AN"],
  ["dgp-amc-an-us", "dgp-amc-an", "office", "Bureau États-Unis", "Bureau États-Unis"],
  ["dgp-amc-an-ca", "dgp-amc-an", "office", "Bureau Canada", "Bureau Canada"],
  ["dgp-amc-as", "dgp-amc", "sub_directorate", "Sous-direction de l'Amérique du Sud", "DAMC/AS"],
  ["dgp-amc-mac", "dgp-amc", "sub_directorate", "Sous-direction du Mexique, de l'Amérique centrale et des Caraïbes", "DAMC/MAC"],
  ["dgp-afr", "dgp", "directorate", "Direction de l'Afrique et de l'océan Indien", "DAOI"],
  ["dgp-afr-ao", "dgp-afr", "sub_directorate", "Sous-direction de l'Afrique occidentale", "DAOI/AO"],
  ["dgp-afr-ao-sahel", "dgp-afr-ao", "office", "Bureau Sahel", "Bureau Sahel"],
  ["dgp-afr-aco", "dgp-afr", "sub_directorate", "Sous-direction de l'Afrique centrale et orientale", "DAOI/ACO"],
  ["dgp-afr-aoi", "dgp-afr", "sub_directorate", "Sous-direction de l'Afrique australe et de l'océan Indien", "DAOI/AOI"],
  ["dgp-anmo", "dgp", "directorate", "Direction d'Afrique du Nord et du Moyen-Orient", "ANMO"],
  ["dgp-anmo-mag", "dgp-anmo", "sub_directorate", "Sous-direction du Maghreb", "ANMO/MAG"],
  ["dgp-anmo-po", "dgp-anmo", "sub_directorate", "Sous-direction du Proche-Orient", "ANMO/PO"],
  ["dgp-anmo-mo", "dgp-anmo", "sub_directorate", "Sous-direction du Moyen-Orient et du Golfe", "ANMO/MO"],
  ["dgp-asie", "dgp", "directorate", "Direction d'Asie et d'Océanie", "ASIE"],
  ["dgp-asie-eo", "dgp-asie", "sub_directorate", "Sous-direction d'Extrême-Orient", "ASIE/EO"],
  ["dgp-asie-eo-cn", "dgp-asie-eo", "office", "Bureau Chine", "Bureau Chine"],
  ["dgp-asie-as", "dgp-asie", "sub_directorate", "Sous-direction d'Asie du Sud", "ASIE/AS"],
  ["dgp-asie-ase", "dgp-asie", "sub_directorate", "Sous-direction d'Asie du Sud-Est", "ASIE/ASE"],
  ["dgp-dec", "dgp", "directorate", "Direction de l'Europe continentale", "DEC"],
  ["dgp-dec-reo", "dgp-dec", "sub_directorate", "Sous-direction de la Russie et de l'Europe orientale", "DEC/REO"],
  ["dgp-dec-reo-ua", "dgp-dec-reo", "office", "Bureau Ukraine", "Bureau Ukraine"],
  ["dgp-due", "dgp", "directorate", "Direction de l'Union européenne", "DUE"],
  ["dgp-due-eon", "dgp-due", "sub_directorate", "Sous-direction de l'Europe occidentale, nordique et balte", "DUE/EON"],
  ["dgp-due-eon-de", "dgp-due-eon", "office", "Bureau Allemagne", "Bureau Allemagne"],
  ["dgp-asd", "dgp", "directorate", "Direction des affaires stratégiques, de sécurité et du désarmement", "ASD"],
  ["dgp-asd-tnp", "dgp-asd", "sub_directorate", "Sous-direction du désarmement et de la non-prolifération", "ASD/TNP"],
  ["dgp-nuoi", "dgp", "directorate", "Direction des Nations unies, des organisations internationales, des droits de l'homme et de la francophonie", "NUOI"],
  ["dgp-nuoi-ap", "dgp-nuoi", "sub_directorate", "Sous-direction des affaires politiques", "NUOI/AP"],
  ["dgp-nuoi-dh", "dgp-nuoi", "sub_directorate", "Sous-direction des droits de l'homme et des affaires humanitaires", "NUOI/DH"],

  // Direction générale de la mondialisation
  ["dgm", "meae", "general_directorate", "Direction générale de la mondialisation, de la culture, de l'enseignement et du développement international", "DGM"],
  ["dgm-deeit", "dgm", "directorate", "Direction des entreprises, de l'économie internationale et de la promotion du tourisme", "DEEIT"],
  ["dgm-ddd", "dgm", "directorate", "Direction du développement durable", "DDD"],
  ["dgm-ddd-env", "dgm-ddd", "sub_directorate", "Sous-direction de l'environnement et des ressources naturelles", "DDD/ENV"],
  ["dgm-ddd-env-clim", "dgm-ddd-env", "office", "Bureau du climat et de la biodiversité", "Bureau Climat"],
  ["dgm-dcerr", "dgm", "directorate", "Direction de la culture, de l'enseignement, de la recherche et du réseau", "DCERR"],

  // Direction générale de l'administration et de la modernisation
  ["dga", "meae", "general_directorate", "Direction générale de l'administration et de la modernisation", "DGA"],
  ["dga-drh", "dga", "directorate", "Direction des ressources humaines", "DRH"],
  ["dga-dnum", "dga", "directorate", "Direction du numérique", "DNUM"],
  ["dga-dnum-is", "dga-dnum", "sub_directorate", "Sous-direction des infrastructures et des services", "DNUM/IS"],
  ["dga-dnum-bsi", "dga-dnum-is", "office", "Bureau des systèmes d'information", "BSI"],
  ["dga-dsd", "dga", "directorate", "Direction de la sécurité diplomatique", "DSD"],
  ["dga-dil", "dga", "directorate", "Direction des immeubles et de la logistique", "DIL"],

  // Directorates attached to the Secretary General
  ["daj", "sg", "directorate", "Direction des affaires juridiques", "DAJ"],
  ["daj-dip", "daj", "sub_directorate", "Sous-direction du droit international public", "DAJ/DIP"],
  ["dcp", "sg", "directorate", "Direction de la communication et de la presse", "DCP"],
  ["protocole", "sg", "directorate", "Protocole", "Protocole"],
  ["cdcs", "sg", "directorate", "Centre de crise et de soutien", "CDCS"],
  ["cdcs-cds", "cdcs", "office", "Centre de situation", "CDS"],
  ["caps", "sg", "directorate", "Centre d'analyse, de prévision et de stratégie", "CAPS"],
  ["archives", "sg", "directorate", "Direction des archives", "DA"],
  ["archives-com", "archives", "office", "Bureau de la communication des archives", "DA/COM"],
];

// ---------------------------------------------------------------------------------------------
// Units — network of posts abroad (all hang directly under the ministry head "meae")
// ---------------------------------------------------------------------------------------------

/** [countryCode, city, name]; key = "amb-<cc>-<city slug>", shortName = "Ambassade <city>". */
const EMBASSIES: readonly (readonly [string, string, string])[] = [
  ["US", "Washington", "Ambassade de France aux États-Unis"],
  ["DE", "Berlin", "Ambassade de France en Allemagne"],
  ["GB", "Londres", "Ambassade de France au Royaume-Uni"],
  ["ES", "Madrid", "Ambassade de France en Espagne"],
  ["IT", "Rome", "Ambassade de France en Italie"],
  ["BE", "Bruxelles", "Ambassade de France en Belgique"],
  ["NL", "La Haye", "Ambassade de France aux Pays-Bas"],
  ["PT", "Lisbonne", "Ambassade de France au Portugal"],
  ["GR", "Athènes", "Ambassade de France en Grèce"],
  ["AT", "Vienne", "Ambassade de France en Autriche"],
  ["CH", "Berne", "Ambassade de France en Suisse"],
  ["SE", "Stockholm", "Ambassade de France en Suède"],
  ["PL", "Varsovie", "Ambassade de France en Pologne"],
  ["UA", "Kyiv", "Ambassade de France en Ukraine"],
  ["RU", "Moscou", "Ambassade de France en Russie"],
  ["TR", "Ankara", "Ambassade de France en Turquie"],
  ["CA", "Ottawa", "Ambassade de France au Canada"],
  ["MX", "Mexico", "Ambassade de France au Mexique"],
  ["BR", "Brasília", "Ambassade de France au Brésil"],
  ["AR", "Buenos Aires", "Ambassade de France en Argentine"],
  ["CN", "Pékin", "Ambassade de France en Chine"],
  ["JP", "Tokyo", "Ambassade de France au Japon"],
  ["KR", "Séoul", "Ambassade de France en Corée"],
  ["IN", "New Delhi", "Ambassade de France en Inde"],
  ["VN", "Hanoï", "Ambassade de France au Vietnam"],
  ["ID", "Jakarta", "Ambassade de France en Indonésie"],
  ["SG", "Singapour", "Ambassade de France à Singapour"],
  ["TH", "Bangkok", "Ambassade de France en Thaïlande"],
  ["AU", "Canberra", "Ambassade de France en Australie"],
  ["MA", "Rabat", "Ambassade de France au Maroc"],
  ["DZ", "Alger", "Ambassade de France en Algérie"],
  ["TN", "Tunis", "Ambassade de France en Tunisie"],
  ["EG", "Le Caire", "Ambassade de France en Égypte"],
  ["IL", "Tel Aviv", "Ambassade de France en Israël"],
  ["LB", "Beyrouth", "Ambassade de France au Liban"],
  ["SA", "Riyad", "Ambassade de France en Arabie saoudite"],
  ["IR", "Téhéran", "Ambassade de France en Iran"],
  ["SN", "Dakar", "Ambassade de France au Sénégal"],
  ["CI", "Abidjan", "Ambassade de France en Côte d'Ivoire"],
  ["ML", "Bamako", "Ambassade de France au Mali"],
  ["TD", "N'Djamena", "Ambassade de France au Tchad"],
  ["NG", "Abuja", "Ambassade de France au Nigeria"],
  ["CD", "Kinshasa", "Ambassade de France en République démocratique du Congo"],
  ["ET", "Addis-Abeba", "Ambassade de France en Éthiopie"],
  ["KE", "Nairobi", "Ambassade de France au Kenya"],
  ["ZA", "Pretoria", "Ambassade de France en Afrique du Sud"],
];

/** [countryCode, city, name]; key = "cg-<cc>-<city slug>", shortName = "CG <city>". */
const CONSULATES: readonly (readonly [string, string, string])[] = [
  ["US", "New York", "Consulat général de France à New York"],
  ["US", "San Francisco", "Consulat général de France à San Francisco"],
  ["CA", "Montréal", "Consulat général de France à Montréal"],
  ["CA", "Québec", "Consulat général de France à Québec"],
  ["DE", "Munich", "Consulat général de France à Munich"],
  ["ES", "Barcelone", "Consulat général de France à Barcelone"],
  ["CH", "Genève", "Consulat général de France à Genève"],
  ["CN", "Shanghai", "Consulat général de France à Shanghai"],
  ["MA", "Casablanca", "Consulat général de France à Casablanca"],
  ["IL", "Jérusalem", "Consulat général de France à Jérusalem"],
];

/** [key, countryCode, city, name, shortName] */
// biome-ignore format: table layout, one row per line
const PERMANENT_REPRESENTATIONS: readonly (readonly [string, string, string, string, string])[] = [
  ["rp-onu-new-york", "US", "New York", "Représentation permanente de la France auprès des Nations unies à New York", "RP ONU New York"],
  ["rp-ue-bruxelles", "BE", "Bruxelles", "Représentation permanente de la France auprès de l'Union européenne", "RP UE Bruxelles"],
  ["rp-otan-bruxelles", "BE", "Bruxelles", "Représentation permanente de la France auprès de l'OTAN", "RP OTAN Bruxelles"],
  ["rp-onu-geneve", "CH", "Genève", "Représentation permanente de la France auprès de l'Office des Nations unies et des organisations internationales à Genève", "RP ONU Genève"],
  ["rp-osce-vienne", "AT", "Vienne", "Représentation permanente de la France auprès de l'OSCE", "RP OSCE Vienne"],
  ["rp-coe-strasbourg", "FR", "Strasbourg", "Représentation permanente de la France auprès du Conseil de l'Europe", "RP Conseil de l'Europe"],
  ["rp-unesco-paris", "FR", "Paris", "Délégation permanente de la France auprès de l'UNESCO", "DP UNESCO"],
];

// ---------------------------------------------------------------------------------------------
// Units — partner ministries and companies
// ---------------------------------------------------------------------------------------------

/** [organizationKey, key, parentKey, kind, name, shortName] */
// biome-ignore format: table layout, one row per line
const PARTNER_UNITS: readonly (readonly [string, string, string | null, CentralKind, string, string])[] = [
  ["minefi", "minefi", null, "ministry_head", "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", "MEFSIN"],
  ["minefi", "dgtresor", "minefi", "general_directorate", "Direction générale du Trésor", "DG Trésor"],
  ["minefi", "dgtresor-bilat", "dgtresor", "directorate", "Service des affaires bilatérales et de l'internationalisation des entreprises", "DG Trésor/SABIE"],
  ["minefi", "dgtresor-bilat-afr", "dgtresor-bilat", "office", "Bureau Afrique subsaharienne", "Bureau Afrique"],
  ["minefi", "dgtresor-bilat-amr", "dgtresor-bilat", "office", "Bureau Amériques", "Bureau Amériques"],
  ["minarm", "minarm", null, "ministry_head", "Ministère des Armées", "MINARM"],
  ["minarm", "dgris", "minarm", "general_directorate", "Direction générale des relations internationales et de la stratégie", "DGRIS"],
  ["minarm", "dgris-afr", "dgris", "sub_directorate", "Sous-direction Afrique subsaharienne", "DGRIS/AFR"],
  ["minarm", "dgris-eur", "dgris", "sub_directorate", "Sous-direction Europe, Amérique du Nord et alliances", "DGRIS/EUR"],
  ["entreprise-demo", "entreprise-demo-dai", null, "company_department", "Direction des affaires internationales", "Entreprise Démo — DAI"],
  ["horizon-demo", "horizon-demo-ddi", null, "company_department", "Direction du développement international", "Horizon Démo — DDI"],
];

/** Every unit of the demo: MEAE central administration, posts abroad, partners' units. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  ...MEAE_CENTRAL.map(([key, parentKey, kind, name, shortName]) => ({
    key,
    organizationKey: "meae",
    parentKey,
    kind,
    name,
    shortName,
    countryCode: null,
    city: null,
  })),
  ...EMBASSIES.map(([countryCode, city, name]) => ({
    key: `amb-${countryCode.toLowerCase()}-${slug(city)}`,
    organizationKey: "meae",
    parentKey: "meae",
    kind: "embassy" as const,
    name,
    shortName: `Ambassade ${city}`,
    countryCode,
    city,
  })),
  ...CONSULATES.map(([countryCode, city, name]) => ({
    key: `cg-${countryCode.toLowerCase()}-${slug(city)}`,
    organizationKey: "meae",
    parentKey: "meae",
    kind: "consulate" as const,
    name,
    shortName: `CG ${city}`,
    countryCode,
    city,
  })),
  ...PERMANENT_REPRESENTATIONS.map(([key, countryCode, city, name, shortName]) => ({
    key,
    organizationKey: "meae",
    parentKey: "meae",
    kind: "permanent_representation" as const,
    name,
    shortName,
    countryCode,
    city,
  })),
  ...PARTNER_UNITS.map(([organizationKey, key, parentKey, kind, name, shortName]) => ({
    key,
    organizationKey,
    parentKey,
    kind,
    name,
    shortName,
    countryCode: null,
    city: null,
  })),
];

// ---------------------------------------------------------------------------------------------
// People — clearance profiles and roles
// ---------------------------------------------------------------------------------------------

type Clearance = DemoPerson["clearance"];

const DR_STANDARD: Clearance = { level: "DR", validFrom: "2025-01-01", validUntil: "2029-12-31" };
/** Expired clearances (habilitations échues), to exercise renewal flows. */
const DR_EXPIRED_A: Clearance = { level: "DR", validFrom: "2020-07-01", validUntil: "2025-06-30" };
const DR_EXPIRED_B: Clearance = { level: "DR", validFrom: "2020-03-01", validUntil: "2025-02-28" };
const DR_EXPIRED_C: Clearance = { level: "DR", validFrom: "2021-10-01", validUntil: "2025-09-30" };
/** Clearances expiring soon (early 2027). */
const DR_SOON_A: Clearance = { level: "DR", validFrom: "2022-02-01", validUntil: "2027-01-31" };
const DR_SOON_B: Clearance = { level: "DR", validFrom: "2022-03-15", validUntil: "2027-03-14" };

const releaser = (unitKey: string) => ({ role: "releaser" as const, unitKey });
const globalRole = (role: Exclude<Role, "releaser">) => ({ role, unitKey: null });

// ---------------------------------------------------------------------------------------------
// People — named personas used by demos, docs and end-to-end tests
// ---------------------------------------------------------------------------------------------

const PERSONAS: readonly DemoPerson[] = [
  {
    email: "admin@demo.diplomatie.fr",
    givenName: "Mathias",
    familyName: "Le Bihan",
    jobTitle: "Administrateur des systèmes d'information",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [
      { unitKey: "dga-dnum-bsi", function: "Administrateur de la plateforme", isPrincipal: true },
    ],
    clearance: DR_STANDARD,
    roles: [globalRole("platform_admin")],
  },
  {
    email: "redacteur.washington@demo.diplomatie.fr",
    givenName: "Juliette",
    familyName: "Lacombe",
    jobTitle: "Rédactrice",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [{ unitKey: "amb-us-washington", function: "Rédactrice", isPrincipal: true }],
    clearance: DR_STANDARD,
    roles: [],
  },
  {
    email: "chef.washington@demo.diplomatie.fr",
    givenName: "Hervé",
    familyName: "Castelnau",
    jobTitle: "Ambassadeur, chef de poste",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [
      { unitKey: "amb-us-washington", function: "Ambassadeur, chef de poste", isPrincipal: true },
    ],
    clearance: DR_STANDARD,
    roles: [releaser("amb-us-washington")],
  },
  {
    email: "agent.amerique@demo.diplomatie.fr",
    givenName: "Sarah",
    familyName: "Delmas",
    jobTitle: "Rédactrice",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [
      { unitKey: "dgp-amc", function: "Rédactrice", isPrincipal: true },
      { unitKey: "dgp-amc-an-us", function: "Référente États-Unis", isPrincipal: false },
    ],
    clearance: DR_STANDARD,
    roles: [],
  },
  {
    email: "agent.berlin@demo.diplomatie.fr",
    givenName: "Marc",
    familyName: "Fabre",
    jobTitle: "Conseiller politique",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [
      { unitKey: "amb-de-berlin", function: "Conseiller politique", isPrincipal: true },
    ],
    clearance: DR_STANDARD,
    roles: [],
  },
  {
    email: "stagiaire@demo.diplomatie.fr",
    givenName: "Lucie",
    familyName: "Perrot",
    jobTitle: "Stagiaire",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [{ unitKey: "dgp-amc", function: "Stagiaire", isPrincipal: true }],
    clearance: null,
    roles: [],
  },
  {
    email: "archiviste@demo.diplomatie.fr",
    givenName: "Odile",
    familyName: "Chassagne",
    jobTitle: "Archiviste",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [{ unitKey: "archives", function: "Archiviste", isPrincipal: true }],
    clearance: DR_STANDARD,
    roles: [globalRole("archivist"), globalRole("disposal_approver")],
  },
  {
    email: "cm.afrique@demo.diplomatie.fr",
    givenName: "Aïssatou",
    familyName: "Ndiaye",
    jobTitle: "Chargée de mission réseau Afrique",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [
      { unitKey: "dgp-afr", function: "Chargée de mission réseau Afrique", isPrincipal: true },
    ],
    clearance: DR_STANDARD,
    roles: [globalRole("community_manager")],
  },
  {
    email: "partenaire@entreprise-demo.fr",
    givenName: "Thierry",
    familyName: "Vasseur",
    jobTitle: "Directeur des affaires internationales",
    nationality: "FR",
    organizationKey: "entreprise-demo",
    assignments: [
      {
        unitKey: "entreprise-demo-dai",
        function: "Directeur des affaires internationales",
        isPrincipal: true,
      },
    ],
    clearance: null,
    roles: [],
  },
  // habilitation: the security officer, who grants clearances and audits them
  {
    email: "officier.securite@demo.diplomatie.fr",
    givenName: "Bénédicte",
    familyName: "Aubertin",
    jobTitle: "Officière de sécurité",
    nationality: "FR",
    organizationKey: "meae",
    assignments: [{ unitKey: "dga-dsd", function: "Officière de sécurité", isPrincipal: true }],
    clearance: DR_STANDARD,
    roles: [globalRole("security_officer")],
  },
];

// ---------------------------------------------------------------------------------------------
// People — generated staff (French agents), names taken in turn from fixed pools
// ---------------------------------------------------------------------------------------------

/** Given names, alternating masculine (false) / feminine (true). 48 entries. */
// biome-ignore format: table layout, one row per line
const GIVEN_NAMES: readonly (readonly [string, boolean])[] = [
  ["Antoine", false], ["Claire", true], ["Baptiste", false], ["Hélène", true],
  ["Benoît", false], ["Isabelle", true], ["Charles", false], ["Delphine", true],
  ["Clément", false], ["Sophie", true], ["Damien", false], ["Agnès", true],
  ["Étienne", false], ["Florence", true], ["François", false], ["Camille", true],
  ["Guillaume", false], ["Nathalie", true], ["Hugo", false], ["Mathilde", true],
  ["Jérôme", false], ["Caroline", true], ["Julien", false], ["Élodie", true],
  ["Laurent", false], ["Pauline", true], ["Louis", false], ["Anne", true],
  ["Mathieu", false], ["Béatrice", true], ["Nicolas", false], ["Laure", true],
  ["Olivier", false], ["Marion", true], ["Pierre", false], ["Valérie", true],
  ["Raphaël", false], ["Céline", true], ["Sébastien", false], ["Émilie", true],
  ["Thomas", false], ["Virginie", true], ["Vincent", false], ["Aurélie", true],
  ["Xavier", false], ["Léa", true], ["Yann", false], ["Inès", true],
];

/** Family names (61 entries, a prime, so given/family pairs never repeat). */
// biome-ignore format: table layout, one row per line
const FAMILY_NAMES: readonly string[] = [
  "Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
  "Lefebvre", "Girard", "Bertrand", "Roux", "Fournier", "Morel", "Mercier", "Dupont", "Lambert",
  "Bonnet", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Roussel",
  "Perrin", "Morin", "Gauthier", "Dumont", "Fontaine", "Chevalier", "Robin", "Masson", "Marchand",
  "Nguyen", "Boyer", "Lemaire", "Duval", "Joly", "Aubert", "Le Gall", "Kerbrat", "Benali",
  "Haddad", "Carpentier", "Barbier", "Arnaud", "Brun", "Roy", "Renaud", "Schmitt", "Colin",
  "Vidal", "Caron", "Picard", "Lacroix", "Hamon", "Rivière", "Tessier",
];

type TitleKey = keyof typeof TITLES;

/** Job titles, [masculine, feminine]. */
const TITLES = {
  secretaireGeneral: ["Secrétaire général", "Secrétaire générale"],
  directeurGeneral: ["Directeur général", "Directrice générale"],
  directeur: ["Directeur", "Directrice"],
  directeurAdjoint: ["Directeur adjoint", "Directrice adjointe"],
  sousDirecteur: ["Sous-directeur", "Sous-directrice"],
  chefBureau: ["Chef de bureau", "Cheffe de bureau"],
  redacteur: ["Rédacteur", "Rédactrice"],
  secretaire: ["Assistant de direction", "Assistante de direction"],
  chargeMission: ["Chargé de mission", "Chargée de mission"],
  juriste: ["Juriste", "Juriste"],
  chargeCom: ["Chargé de communication", "Chargée de communication"],
  chargeProtocole: ["Chargé du protocole", "Chargée du protocole"],
  veilleur: ["Veilleur opérationnel", "Veilleuse opérationnelle"],
  gestionnaireRh: ["Gestionnaire des ressources humaines", "Gestionnaire des ressources humaines"],
  adminSi: ["Administrateur systèmes et réseaux", "Administratrice systèmes et réseaux"],
  officierSecurite: ["Officier de sécurité", "Officière de sécurité"],
  archiviste: ["Archiviste", "Archiviste"],
  ambassadeur: ["Ambassadeur, chef de poste", "Ambassadrice, cheffe de poste"],
  consulGeneral: ["Consul général, chef de poste", "Consule générale, cheffe de poste"],
  representantPermanent: ["Représentant permanent", "Représentante permanente"],
  premierConseiller: ["Premier conseiller", "Première conseillère"],
  conseillerPolitique: ["Conseiller politique", "Conseillère politique"],
  secretaireChancellerie: ["Secrétaire de chancellerie", "Secrétaire de chancellerie"],
  chefChancellerie: ["Chef de chancellerie consulaire", "Cheffe de chancellerie consulaire"],
  conseillerEco: ["Conseiller économique", "Conseillère économique"],
  chargeAffairesInternationales: [
    "Chargé d'affaires internationales",
    "Chargée d'affaires internationales",
  ],
  responsableSurete: ["Responsable sûreté", "Responsable sûreté"],
  ingenieurAffaires: ["Ingénieur d'affaires", "Ingénieure d'affaires"],
} as const satisfies Record<string, readonly [string, string]>;

interface StaffSpec {
  unitKey: string;
  title: TitleKey;
  /** Organization of the person (default "meae"). */
  org?: string;
  /** Handle used below to reference the generated person (e.g. as community manager). */
  tag?: string;
  /** Default: DR_STANDARD for ministries, null (never cleared) for companies. */
  clearance?: Clearance;
  /** Release authority on the principal unit. */
  releases?: boolean;
  roles?: Exclude<Role, "releaser">[];
  secondary?: { unitKey: string; function: string };
}

/** Heads of post: [unitKey, title, releases] — the Washington head is the persona above. */
const HEADS_OF_POST: readonly (readonly [string, TitleKey, boolean])[] = [
  ["amb-de-berlin", "ambassadeur", true],
  ["amb-gb-londres", "ambassadeur", true],
  ["amb-sn-dakar", "ambassadeur", true],
  ["amb-ma-rabat", "ambassadeur", false],
  ["amb-cn-pekin", "ambassadeur", false],
  ["amb-jp-tokyo", "ambassadeur", false],
  ["amb-br-brasilia", "ambassadeur", false],
  ["amb-ml-bamako", "ambassadeur", true],
  ["amb-td-n-djamena", "ambassadeur", false],
  ["amb-ke-nairobi", "ambassadeur", false],
  ["amb-in-new-delhi", "ambassadeur", false],
  ["amb-ua-kyiv", "ambassadeur", true],
  ["cg-us-new-york", "consulGeneral", true],
  ["cg-il-jerusalem", "consulGeneral", false],
  ["rp-ue-bruxelles", "representantPermanent", true],
  ["rp-onu-new-york", "representantPermanent", true],
];

const STAFF: readonly StaffSpec[] = [
  // Secrétariat général and directorates attached to it
  { unitKey: "sg", title: "secretaireGeneral", releases: true },
  { unitKey: "daj", title: "directeur" },
  { unitKey: "daj-dip", title: "juriste" },
  { unitKey: "dcp", title: "chargeCom" },
  { unitKey: "protocole", title: "chargeProtocole" },
  { unitKey: "cdcs", title: "directeur", tag: "dir-cdcs" },
  { unitKey: "cdcs-cds", title: "veilleur", tag: "veilleur-cdcs" },
  { unitKey: "cdcs-cds", title: "veilleur" },
  { unitKey: "caps", title: "chargeMission", tag: "caps" },
  { unitKey: "archives", title: "directeur", roles: ["archivist"] },
  { unitKey: "archives-com", title: "archiviste" },

  // DGP — Amériques
  { unitKey: "dgp", title: "directeurGeneral", releases: true },
  { unitKey: "dgp-amc", title: "directeur", tag: "dir-amc", releases: true },
  { unitKey: "dgp-amc", title: "directeurAdjoint" },
  { unitKey: "dgp-amc", title: "secretaire" },
  { unitKey: "dgp-amc-an", title: "sousDirecteur" },
  { unitKey: "dgp-amc-an-us", title: "chefBureau" },
  { unitKey: "dgp-amc-an-us", title: "redacteur" },
  { unitKey: "dgp-amc-an-us", title: "redacteur" },
  { unitKey: "dgp-amc-an-ca", title: "redacteur" },
  { unitKey: "dgp-amc-as", title: "redacteur" },
  { unitKey: "dgp-amc-mac", title: "redacteur" },

  // DGP — Afrique et océan Indien
  { unitKey: "dgp-afr", title: "directeur", tag: "dir-afr", releases: true },
  { unitKey: "dgp-afr", title: "secretaire" },
  { unitKey: "dgp-afr-ao", title: "sousDirecteur" },
  { unitKey: "dgp-afr-ao-sahel", title: "chefBureau", tag: "chef-sahel" },
  { unitKey: "dgp-afr-ao-sahel", title: "redacteur", tag: "sahel-1" },
  {
    unitKey: "dgp-afr-ao-sahel",
    title: "redacteur",
    tag: "sahel-2",
    clearance: DR_EXPIRED_A,
    secondary: { unitKey: "cdcs-cds", function: "Renfort cellule de crise" },
  },
  { unitKey: "dgp-afr-aco", title: "redacteur", tag: "afr-aco" },
  { unitKey: "dgp-afr-aoi", title: "redacteur" },

  // DGP — other geographic and thematic directorates
  { unitKey: "dgp-anmo", title: "directeur" },
  { unitKey: "dgp-anmo-mag", title: "redacteur" },
  { unitKey: "dgp-anmo-po", title: "redacteur" },
  { unitKey: "dgp-anmo-mo", title: "redacteur" },
  { unitKey: "dgp-asie", title: "directeur" },
  { unitKey: "dgp-asie-eo-cn", title: "redacteur" },
  { unitKey: "dgp-asie-ase", title: "redacteur" },
  { unitKey: "dgp-dec", title: "directeur" },
  { unitKey: "dgp-dec-reo-ua", title: "redacteur" },
  { unitKey: "dgp-due", title: "directeur" },
  { unitKey: "dgp-due-eon-de", title: "redacteur", tag: "bureau-allemagne" },
  { unitKey: "dgp-asd", title: "redacteur" },
  { unitKey: "dgp-asd-tnp", title: "redacteur" },
  { unitKey: "dgp-nuoi", title: "directeur" },
  { unitKey: "dgp-nuoi-ap", title: "redacteur", clearance: DR_SOON_A },
  { unitKey: "dgp-nuoi-dh", title: "redacteur" },

  // DGM
  { unitKey: "dgm", title: "directeurGeneral" },
  { unitKey: "dgm-deeit", title: "directeur", tag: "dir-deeit" },
  { unitKey: "dgm-deeit", title: "chargeMission", tag: "deeit-1" },
  { unitKey: "dgm-deeit", title: "chargeMission", tag: "deeit-2" },
  { unitKey: "dgm-ddd-env-clim", title: "chefBureau", tag: "chef-climat" },
  { unitKey: "dgm-ddd-env-clim", title: "redacteur", tag: "climat-1" },
  { unitKey: "dgm-ddd-env-clim", title: "redacteur", tag: "climat-2" },
  { unitKey: "dgm-dcerr", title: "chargeMission" },

  // DGA
  { unitKey: "dga", title: "directeurGeneral" },
  { unitKey: "dga-drh", title: "gestionnaireRh" },
  { unitKey: "dga-dnum-bsi", title: "adminSi" },
  { unitKey: "dga-dsd", title: "officierSecurite" },
  { unitKey: "dga-dil", title: "chargeMission", clearance: DR_EXPIRED_B },

  // Posts abroad — heads of post
  ...HEADS_OF_POST.map(
    ([unitKey, title, releases]): StaffSpec => ({
      unitKey,
      title,
      releases,
      tag: `head-${unitKey}`,
    }),
  ),

  // Posts abroad — other French agents
  { unitKey: "amb-us-washington", title: "premierConseiller" },
  { unitKey: "amb-us-washington", title: "conseillerPolitique", tag: "pc-washington" },
  { unitKey: "amb-us-washington", title: "secretaireChancellerie" },
  { unitKey: "amb-de-berlin", title: "premierConseiller" },
  { unitKey: "amb-de-berlin", title: "secretaireChancellerie" },
  { unitKey: "amb-gb-londres", title: "conseillerPolitique" },
  { unitKey: "amb-cn-pekin", title: "conseillerPolitique" },
  { unitKey: "amb-ru-moscou", title: "conseillerPolitique" },
  { unitKey: "amb-lb-beyrouth", title: "conseillerPolitique" },
  { unitKey: "amb-ua-kyiv", title: "conseillerPolitique", clearance: DR_SOON_B },
  { unitKey: "amb-sn-dakar", title: "premierConseiller" },
  { unitKey: "amb-sn-dakar", title: "conseillerPolitique", tag: "pc-dakar" },
  { unitKey: "amb-sn-dakar", title: "secretaireChancellerie" },
  { unitKey: "amb-ci-abidjan", title: "redacteur", tag: "red-abidjan" },
  { unitKey: "amb-ma-rabat", title: "redacteur" },
  { unitKey: "amb-ml-bamako", title: "conseillerPolitique", tag: "pc-bamako" },
  { unitKey: "amb-td-n-djamena", title: "redacteur", tag: "red-ndjamena" },
  { unitKey: "amb-cd-kinshasa", title: "redacteur", tag: "red-kinshasa" },
  { unitKey: "amb-za-pretoria", title: "conseillerEco", tag: "eco-pretoria" },
  { unitKey: "amb-ng-abuja", title: "conseillerEco", tag: "eco-abuja" },
  { unitKey: "amb-br-brasilia", title: "redacteur" },
  { unitKey: "amb-jp-tokyo", title: "redacteur" },
  {
    unitKey: "rp-onu-new-york",
    title: "conseillerPolitique",
    tag: "pc-onu",
    secondary: { unitKey: "cg-us-new-york", function: "Correspondant RP auprès du consulat" },
  },
  { unitKey: "rp-ue-bruxelles", title: "redacteur" },
  { unitKey: "rp-onu-geneve", title: "redacteur" },
  { unitKey: "cg-us-new-york", title: "secretaireChancellerie" },
  { unitKey: "cg-ca-montreal", title: "chefChancellerie" },

  // Partner ministries
  { org: "minefi", unitKey: "dgtresor", title: "sousDirecteur", tag: "minefi-1" },
  { org: "minefi", unitKey: "dgtresor-bilat-afr", title: "chefBureau", tag: "minefi-afr" },
  { org: "minefi", unitKey: "dgtresor-bilat-afr", title: "chargeMission", tag: "minefi-afr-2" },
  { org: "minefi", unitKey: "dgtresor-bilat-amr", title: "chargeMission", tag: "minefi-amr" },
  { org: "minarm", unitKey: "dgris", title: "chargeMission" },
  { org: "minarm", unitKey: "dgris-afr", title: "chefBureau", tag: "minarm-afr" },
  { org: "minarm", unitKey: "dgris-afr", title: "chargeMission", tag: "minarm-afr-2" },
  { org: "minarm", unitKey: "dgris-eur", title: "chargeMission" },

  // Partner companies (never cleared, except a security officer)
  {
    org: "entreprise-demo",
    unitKey: "entreprise-demo-dai",
    title: "chargeAffairesInternationales",
    tag: "ent-1",
  },
  {
    org: "entreprise-demo",
    unitKey: "entreprise-demo-dai",
    title: "responsableSurete",
    clearance: DR_STANDARD,
  },
  {
    org: "horizon-demo",
    unitKey: "horizon-demo-ddi",
    title: "ingenieurAffaires",
    tag: "horizon-1",
  },
  {
    org: "horizon-demo",
    unitKey: "horizon-demo-ddi",
    title: "chargeAffairesInternationales",
    tag: "horizon-2",
  },
];

/** Person generated from a staff spec and its index in the name pools. */
const generatePerson = (spec: StaffSpec, index: number): DemoPerson => {
  const [givenName, feminine] = at(GIVEN_NAMES, index % GIVEN_NAMES.length);
  const familyName = at(FAMILY_NAMES, (index * 7 + 3) % FAMILY_NAMES.length);
  const org = spec.org ?? "meae";
  const orgKind = DEMO_ORGANIZATIONS.find((o) => o.key === org)?.kind;
  const jobTitle = TITLES[spec.title][feminine ? 1 : 0];
  const assignments: DemoPerson["assignments"] = [
    { unitKey: spec.unitKey, function: jobTitle, isPrincipal: true },
  ];
  if (spec.secondary) assignments.push({ ...spec.secondary, isPrincipal: false });
  const roles: DemoPerson["roles"] = (spec.roles ?? []).map(globalRole);
  if (spec.releases) roles.push(releaser(spec.unitKey));
  return {
    email: `${slug(givenName)}.${slug(familyName)}@${DOMAINS[org]}`,
    givenName,
    familyName,
    jobTitle,
    nationality: "FR",
    organizationKey: org,
    assignments,
    clearance:
      spec.clearance !== undefined ? spec.clearance : orgKind === "company" ? null : DR_STANDARD,
    roles,
  };
};

const GENERATED: readonly DemoPerson[] = STAFF.map(generatePerson);

// ---------------------------------------------------------------------------------------------
// People — locally recruited staff (agents de recrutement local), host-country nationality
// ---------------------------------------------------------------------------------------------

/** [unitKey, givenName, familyName, nationality, function, clearance] */
const LOCAL_STAFF: readonly (readonly [string, string, string, string, string, Clearance])[] = [
  ["amb-us-washington", "Jennifer", "Miller", "US", "Assistante politique", DR_STANDARD],
  ["amb-us-washington", "Michael", "Johnson", "US", "Chargé de presse", DR_STANDARD],
  ["cg-us-new-york", "Emily", "Carter", "US", "Assistante consulaire", DR_STANDARD],
  ["amb-de-berlin", "Katrin", "Becker", "DE", "Assistante de chancellerie", DR_STANDARD],
  ["amb-de-berlin", "Jonas", "Hoffmann", "DE", "Traducteur", DR_STANDARD],
  ["amb-gb-londres", "Oliver", "Hughes", "GB", "Assistant politique", DR_STANDARD],
  ["amb-sn-dakar", "Aminata", "Diop", "SN", "Assistante politique", DR_STANDARD],
  ["amb-sn-dakar", "Ousmane", "Sow", "SN", "Chauffeur-coursier", DR_EXPIRED_C],
  ["amb-ci-abidjan", "Koffi", "Kouassi", "CI", "Assistant économique", DR_STANDARD],
  ["amb-ml-bamako", "Fatoumata", "Keïta", "ML", "Assistante politique", DR_STANDARD],
  ["amb-ma-rabat", "Youssef", "El Amrani", "MA", "Assistant de presse", DR_STANDARD],
  ["amb-jp-tokyo", "Yuki", "Tanaka", "JP", "Traductrice", DR_STANDARD],
  ["amb-br-brasilia", "Ana", "Souza", "BR", "Assistante culturelle", DR_STANDARD],
  ["amb-ke-nairobi", "Grace", "Wanjiru", "KE", "Assistante économique", DR_STANDARD],
];

const LOCALLY_RECRUITED: readonly DemoPerson[] = LOCAL_STAFF.map(
  ([unitKey, givenName, familyName, nationality, fn, clearance]) => ({
    email: `${slug(givenName)}.${slug(familyName)}@demo.diplomatie.fr`,
    givenName,
    familyName,
    jobTitle: "Agent de recrutement local",
    nationality,
    organizationKey: "meae",
    assignments: [{ unitKey, function: fn, isPrincipal: true }],
    clearance,
    roles: [],
  }),
);

/** Every person of the demo: personas first, then generated agents, local staff and partners. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  ...PERSONAS,
  ...GENERATED.filter((p) => p.organizationKey === "meae"),
  ...LOCALLY_RECRUITED,
  ...GENERATED.filter((p) => p.organizationKey !== "meae"),
];

// ---------------------------------------------------------------------------------------------
// Communities
// ---------------------------------------------------------------------------------------------

/** E-mail of the generated person carrying a tag. */
const tagged = (tag: string): string => {
  const index = STAFF.findIndex((s) => s.tag === tag);
  if (index < 0) throw new Error(`demo-data: unknown tag ${tag}`);
  return at(GENERATED, index).email;
};

/** Keys of a unit and of all its descendants. */
const subtree = (rootKey: string): Set<string> => {
  const keys = new Set([rootKey]);
  for (const unit of DEMO_UNITS) if (unit.parentKey && keys.has(unit.parentKey)) keys.add(unit.key);
  return keys;
};

/** E-mails of the people with an assignment (principal or not) in one of the units. */
const assignedTo = (unitKeys: ReadonlySet<string>): string[] =>
  DEMO_PEOPLE.filter((p) => p.assignments.some((a) => unitKeys.has(a.unitKey))).map((p) => p.email);

const MAX_MEMBERS = 15;

/** Community with de-duplicated members (first role wins), capped at 15 members. */
const community = (
  base: Omit<DemoCommunity, "members">,
  managers: readonly string[],
  members: readonly string[],
  guests: readonly string[] = [],
): DemoCommunity => {
  const seen = new Set<string>();
  const list: DemoCommunity["members"] = [];
  const add = (email: string, role: MembershipRole) => {
    if (seen.has(email)) return;
    seen.add(email);
    list.push({ email, role });
  };
  for (const email of managers) add(email, "manager");
  for (const email of guests) add(email, "guest");
  for (const email of members) add(email, "member");
  return { ...base, members: list.slice(0, MAX_MEMBERS) };
};

/** Communities of the demo: a few hierarchical ones mirroring units, and transverse networks. */
export const DEMO_COMMUNITIES: readonly DemoCommunity[] = [
  community(
    {
      key: "dgp-amc",
      name: "Direction des Amériques et des Caraïbes",
      description:
        "Communauté hiérarchique de la direction des Amériques et des Caraïbes et de ses sous-directions.",
      kind: "hierarchical",
      access: "invitation",
      unitKey: "dgp-amc",
    },
    [tagged("dir-amc")],
    assignedTo(subtree("dgp-amc")),
  ),
  community(
    {
      key: "amb-us-washington",
      name: "Ambassade de France aux États-Unis",
      description: "Communauté hiérarchique de l'ambassade de France à Washington.",
      kind: "hierarchical",
      access: "invitation",
      unitKey: "amb-us-washington",
    },
    ["chef.washington@demo.diplomatie.fr"],
    assignedTo(new Set(["amb-us-washington"])),
  ),
  community(
    {
      key: "amb-de-berlin",
      name: "Ambassade de France en Allemagne",
      description: "Communauté hiérarchique de l'ambassade de France à Berlin.",
      kind: "hierarchical",
      access: "invitation",
      unitKey: "amb-de-berlin",
    },
    [tagged("head-amb-de-berlin")],
    assignedTo(new Set(["amb-de-berlin"])),
  ),
  community(
    {
      key: "dgp-afr",
      name: "Direction de l'Afrique et de l'océan Indien",
      description: "Communauté hiérarchique de la direction de l'Afrique et de l'océan Indien.",
      kind: "hierarchical",
      access: "invitation",
      unitKey: "dgp-afr",
    },
    [tagged("dir-afr"), "cm.afrique@demo.diplomatie.fr"],
    assignedTo(subtree("dgp-afr")),
  ),
  community(
    {
      key: "reseau-afrique-veille-economique",
      name: "Réseau Afrique — veille économique",
      description:
        "Partage de notes de conjoncture et de signaux économiques entre la direction Afrique, les postes du continent et la DG Trésor.",
      kind: "transverse",
      access: "on_request",
      unitKey: null,
    },
    ["cm.afrique@demo.diplomatie.fr"],
    [
      tagged("eco-pretoria"),
      tagged("eco-abuja"),
      tagged("red-abidjan"),
      tagged("red-kinshasa"),
      tagged("pc-dakar"),
      tagged("afr-aco"),
      tagged("deeit-1"),
      tagged("minefi-afr"),
      tagged("minefi-afr-2"),
      "koffi.kouassi@demo.diplomatie.fr",
      "grace.wanjiru@demo.diplomatie.fr",
    ],
  ),
  community(
    {
      key: "diplomatie-economique",
      name: "Diplomatie économique",
      description:
        "Échanges entre le ministère, la DG Trésor et les entreprises partenaires sur l'internationalisation et les grands contrats.",
      kind: "transverse",
      access: "invitation",
      unitKey: null,
    },
    [tagged("dir-deeit")],
    [
      tagged("deeit-1"),
      tagged("deeit-2"),
      tagged("minefi-1"),
      tagged("minefi-amr"),
      tagged("pc-washington"),
      tagged("eco-pretoria"),
      "agent.amerique@demo.diplomatie.fr",
    ],
    ["partenaire@entreprise-demo.fr", tagged("ent-1"), tagged("horizon-1")],
  ),
  community(
    {
      key: "sahel",
      name: "Sahel",
      description:
        "Suivi de la situation politique et sécuritaire au Sahel, avec les postes de la région, le centre de crise et le ministère des Armées.",
      kind: "transverse",
      access: "secret",
      unitKey: null,
    },
    [tagged("chef-sahel")],
    [
      tagged("sahel-1"),
      tagged("sahel-2"),
      tagged("head-amb-ml-bamako"),
      tagged("pc-bamako"),
      tagged("head-amb-td-n-djamena"),
      tagged("red-ndjamena"),
      tagged("head-amb-sn-dakar"),
      tagged("veilleur-cdcs"),
      tagged("minarm-afr"),
      tagged("minarm-afr-2"),
      "cm.afrique@demo.diplomatie.fr",
    ],
  ),
  community(
    {
      key: "climat-biodiversite",
      name: "Climat et biodiversité",
      description:
        "Préparation des négociations climat et biodiversité : notes de position, comptes rendus et remontées des postes.",
      kind: "transverse",
      access: "open",
      unitKey: null,
    },
    [tagged("chef-climat")],
    [
      tagged("climat-1"),
      tagged("climat-2"),
      tagged("pc-onu"),
      tagged("caps"),
      tagged("head-amb-br-brasilia"),
    ],
    [tagged("horizon-2")],
  ),
];

// ---------------------------------------------------------------------------------------------
// habilitation: an access request waiting for the head of the embassy in Washington
// ---------------------------------------------------------------------------------------------

/** An access request sent from the public form, still pending. */
export interface DemoAccessRequest {
  email: string;
  givenName: string;
  familyName: string;
  nationality: string;
  jobTitle: string;
  unitKey: string;
  reason: string;
}

export const DEMO_ACCESS_REQUESTS: readonly DemoAccessRequest[] = [
  {
    email: "paul.guerin@finances.gouv.fr",
    givenName: "Paul",
    familyName: "Guérin",
    nationality: "FR",
    jobTitle: "Conseiller économique",
    unitKey: "amb-us-washington",
    reason:
      "Conseiller économique (ministère de l'Économie) détaché au service économique de l'ambassade à Washington à partir du 1er décembre : je dois recevoir les télégrammes économiques du poste.",
  },
];
