/**
 * Demo correspondence: about three hundred telegrams, diplomatic notes and formal e-mails
 * dispatched over the last ninety days by posts and directorates of the demo ministry, with
 * threads (answers that REF what they answer), handled actions, drafts in progress and documents
 * waiting in their circuit — so that every persona's boxes have something in them.
 *
 * Everything goes through the real use cases (draft → circuit → visas → signature = dispatch →
 * acknowledge, assign, answer, close): the journal, the reference numbers and the record copies
 * are the ones the product makes. Deterministic: no randomness, only index arithmetic over the
 * fixed French content below; documents are signed in chronological order, so reference numbers
 * grow with dates. For a given `now`, only the ids and the journal's own timestamps differ
 * between runs.
 */
import type { Kysely } from "kysely";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import {
  type CorrespondenceKind,
  isPostKind,
  type Locale,
  type Marking,
  type Precedence,
} from "../../shared/vocabulary.js";
import { findPendingStep } from "../correspondence/circuit.repository.js";
import { decideClearanceStep, submitForClearance } from "../correspondence/circuit.service.js";
import { createCorrespondence, updateDraft } from "../correspondence/correspondence.service.js";
import { signCorrespondence } from "../correspondence/dispatch.service.js";
import {
  acknowledge,
  assignAction,
  closeAction,
  replyToCorrespondence,
} from "../correspondence/handling.service.js";
import type { DB } from "../db/schema.js";
import type { Actor } from "../events/events.js";
import { loadSignedInUser } from "../people/people.service.js";
import { hasRole, type Subject } from "../policy/subject.js";
import { DEMO_COMMUNITIES, DEMO_UNITS } from "./demo-data.js";

// ---------------------------------------------------------------------------------------------
// Content: topics per originating unit, framed in several ways
// ---------------------------------------------------------------------------------------------

/** A subject a unit writes about, with what an addressee needs to know and who that is. */
interface Topic {
  subject: string;
  /** One or two lines (a telegram's summary has at most three). */
  summary: string;
  /** Two paragraphs of facts, never protected. */
  facts: readonly [string, string];
  /** The post's or directorate's assessment: protected when the document is. */
  comment: string;
  /** Free tags (at most three: the frame adds one). */
  tags: readonly string[];
  countries: readonly string[];
  /** Unit keys for action, then for information. */
  action: readonly string[];
  info: readonly string[];
  /** A community informed as well. */
  community?: string;
  /** Why it cannot wait (a flash telegram states it in its first paragraph). */
  urgency?: string;
}

/** A way of writing about a topic: subject suffix, opening sentence and a tag. */
interface Frame {
  label: string;
  intro: string;
  tag: string;
}

/** A unit that drafts and signs, with what it writes about. */
interface Origin {
  unit: string;
  topics: readonly Topic[];
  frames: readonly Frame[];
  /** Sender and recipient of its notes verbales, where they are written, in which languages. */
  note: { senderEntity: string; recipientEntity: string; place: string };
  noteLanguages: readonly Locale[];
}

const POST_FRAMES: readonly Frame[] = [
  {
    label: "compte rendu d'entretien",
    intro:
      "J'ai pu m'entretenir de ce dossier avec nos interlocuteurs habituels, qui se sont exprimés avec franchise.",
    tag: "entretien",
  },
  {
    label: "point de situation",
    intro: "Le présent télégramme fait le point de la situation à la date de ce jour.",
    tag: "situation",
  },
  {
    label: "réactions des autorités et de la presse",
    intro: "Les réactions des autorités et de la presse locales peuvent être résumées comme suit.",
    tag: "presse",
  },
  {
    label: "éléments pour le déplacement ministériel",
    intro: "En vue du prochain déplacement ministériel, le poste transmet les éléments suivants.",
    tag: "visite",
  },
  {
    label: "demande d'instructions",
    intro: "Le poste sollicite les instructions du Département sur la conduite à tenir.",
    tag: "instructions",
  },
  {
    label: "analyse et perspectives",
    intro: "Au-delà de l'actualité immédiate, le poste propose l'analyse suivante.",
    tag: "analyse",
  },
  {
    label: "suite de nos échanges",
    intro:
      "Faisant suite à nos précédents échanges, le poste rend compte des derniers développements.",
    tag: "suivi",
  },
  {
    label: "contacts parlementaires",
    intro:
      "Plusieurs parlementaires ont abordé ce dossier lors de leurs échanges récents avec le poste.",
    tag: "parlement",
  },
  {
    label: "coordination avec les partenaires européens",
    intro:
      "Le sujet a été évoqué lors de la réunion des chefs de mission de l'Union européenne sur place.",
    tag: "coordination-ue",
  },
];

const CENTRAL_FRAMES: readonly Frame[] = [
  {
    label: "instructions",
    intro:
      "Le Département vous saura gré de bien vouloir effectuer la démarche suivante auprès des autorités.",
    tag: "instructions",
  },
  {
    label: "éléments de langage",
    intro: "Vous trouverez ci-dessous les éléments de langage arrêtés pour vos entretiens.",
    tag: "éléments-de-langage",
  },
  {
    label: "préparation de l'entretien du ministre",
    intro:
      "En vue de l'entretien du ministre, le Département souhaite disposer des éléments suivants.",
    tag: "visite",
  },
  {
    label: "demande de contribution",
    intro: "Le Département souhaite recueillir l'appréciation des postes concernés.",
    tag: "contribution",
  },
  {
    label: "synthèse de la semaine",
    intro: "Le Département porte à votre connaissance la synthèse suivante.",
    tag: "synthèse",
  },
  {
    label: "coordination interministérielle",
    intro:
      "Une réunion interministérielle s'est tenue sur ce sujet sous l'égide du secrétariat général des affaires européennes.",
    tag: "interministériel",
  },
];

/** The frames of formal e-mails: a working exchange between services. */
const EMAIL_FRAMES: readonly Frame[] = [
  {
    label: "transmission du compte rendu",
    intro: "Vous trouverez ci-dessous le compte rendu de notre réunion de ce jour.",
    tag: "compte-rendu",
  },
  {
    label: "proposition de visioconférence",
    intro:
      "Je vous propose d'organiser une visioconférence la semaine prochaine pour faire le point sur ce dossier.",
    tag: "réunion",
  },
  {
    label: "points à aborder",
    intro: "En vue de notre prochaine réunion, voici les points que nous souhaiterions aborder.",
    tag: "réunion",
  },
  {
    label: "demande d'éléments complémentaires",
    intro: "Pourriez-vous nous transmettre quelques éléments complémentaires sur ce dossier ?",
    tag: "contribution",
  },
];

const EMAIL_CLOSING = "Je reste à votre disposition pour tout complément.\nBien cordialement.";

/** A note verbale: its body continues « … a l'honneur de » (or « … has the honour to »). */
interface NoteTopic {
  subject: string;
  summary: string;
  fr: readonly [string, string];
  en: readonly [string, string];
  tags: readonly string[];
}

const NOTE_TOPICS: readonly NoteTopic[] = [
  {
    subject: "demande d'autorisation de survol et d'atterrissage d'un aéronef d'État",
    summary: "Demande d'autorisation de survol et d'atterrissage pour un aéronef d'État français.",
    fr: [
      "solliciter l'autorisation de survol et d'atterrissage pour un aéronef d'État français transportant une délégation officielle. Les caractéristiques de l'appareil, les horaires prévus et la liste des passagers figurent en annexe.",
      "Elle serait reconnaissante de bien vouloir lui faire connaître la suite réservée à la présente demande dans les meilleurs délais.",
    ],
    en: [
      "request overflight and landing clearance for a French State aircraft carrying an official delegation. The aircraft details, the planned schedule and the passenger list are attached.",
      "It would be grateful to be informed of the response to this request at the earliest convenience.",
    ],
    tags: ["survol", "protocole"],
  },
  {
    subject: "accréditation de la délégation française aux consultations bilatérales",
    summary: "Composition de la délégation française et demande d'accréditations.",
    fr: [
      "communiquer la composition de la délégation française qui participera aux prochaines consultations bilatérales et de solliciter la délivrance des accréditations correspondantes.",
      "La liste nominative des membres de la délégation, avec leurs fonctions et numéros de passeport, est jointe à la présente note.",
    ],
    en: [
      "communicate the composition of the French delegation to the forthcoming bilateral consultations and to request the corresponding accreditations.",
      "The list of the members of the delegation, with their titles and passport numbers, is attached to this note.",
    ],
    tags: ["accréditation", "bilatéral"],
  },
  {
    subject: "notification de l'arrivée d'un nouveau conseiller",
    summary: "Arrivée d'un nouveau conseiller et demande de carte d'identité diplomatique.",
    fr: [
      "notifier l'arrivée d'un nouveau conseiller, qui a pris ses fonctions le premier de ce mois, et de solliciter la délivrance de sa carte d'identité diplomatique.",
      "Les documents requis sont joints à la présente note.",
    ],
    en: [
      "notify the arrival of a new counsellor, who took up his duties on the first of this month, and to request the issuance of his diplomatic identity card.",
      "The required documents are attached to this note.",
    ],
    tags: ["privilèges-et-immunités"],
  },
  {
    subject: "demande d'entretien ministériel",
    summary: "Demande d'entretien entre le ministre et son homologue.",
    fr: [
      "solliciter un entretien entre le ministre de l'Europe et des Affaires étrangères et son homologue, à l'occasion de la prochaine réunion ministérielle.",
      "Elle se tient à la disposition des services compétents pour arrêter les modalités pratiques de cet entretien.",
    ],
    en: [
      "request a meeting between the French Minister for Europe and Foreign Affairs and his counterpart on the margins of the forthcoming ministerial meeting.",
      "It remains at the disposal of the relevant services to agree on the practical arrangements.",
    ],
    tags: ["visite", "bilatéral"],
  },
  {
    subject: "protection des locaux diplomatiques",
    summary: "Demande de renforcement de la protection des locaux diplomatiques.",
    fr: [
      "appeler l'attention des autorités sur la nécessité de renforcer le dispositif de protection des locaux diplomatiques et de la résidence, à l'approche de manifestations annoncées.",
      "Elle remercie par avance les autorités pour les mesures qu'elles voudront bien prendre, conformément à la convention de Vienne sur les relations diplomatiques.",
    ],
    en: [
      "draw the attention of the authorities to the need to strengthen the protection of the diplomatic premises and of the residence ahead of announced demonstrations.",
      "It thanks the authorities in advance for the measures they will take, in accordance with the Vienna Convention on Diplomatic Relations.",
    ],
    tags: ["sécurité", "convention-de-vienne"],
  },
  {
    subject: "candidature de la France au Conseil des droits de l'homme",
    summary: "Candidature française au Conseil des droits de l'homme : demande de soutien.",
    fr: [
      "porter à sa connaissance la candidature de la France au Conseil des droits de l'homme des Nations unies pour le mandat à venir, et de solliciter le soutien de son gouvernement.",
      "La France serait honorée de pouvoir compter sur ce soutien et se tient prête à examiner avec bienveillance les candidatures qui lui seront présentées.",
    ],
    en: [
      "inform it of the candidature of France to the United Nations Human Rights Council for the forthcoming term, and to seek the support of its Government.",
      "France would be honoured to count on this support and stands ready to consider favourably the candidatures presented to it.",
    ],
    tags: ["candidature", "droits-de-l-homme", "onu"],
  },
  {
    subject: "admission en franchise d'un envoi de matériel",
    summary: "Demande d'admission en franchise de droits d'un envoi de matériel.",
    fr: [
      "solliciter l'admission en franchise de droits et taxes d'un envoi de matériel destiné à ses services, dont l'inventaire figure en annexe.",
      "Elle remercie par avance les services compétents de leur diligence.",
    ],
    en: [
      "request the duty-free admission of a consignment of equipment intended for its services, the inventory of which is attached.",
      "It thanks the relevant services in advance for their assistance.",
    ],
    tags: ["douanes", "privilèges-et-immunités"],
  },
];

const WASHINGTON: Origin = {
  unit: "amb-us-washington",
  frames: POST_FRAMES,
  note: {
    senderEntity: "L'Ambassade de France aux États-Unis",
    recipientEntity: "le Département d'État",
    place: "Washington",
  },
  noteLanguages: ["fr", "en"],
  topics: [
    {
      subject: "États-Unis — surtaxes sur l'acier et l'aluminium (section 232)",
      summary:
        "L'administration envisage d'étendre les surtaxes à de nouveaux produits dérivés.\nLes industriels européens redoutent un effet d'éviction sur leurs exportations.",
      facts: [
        "Le département du Commerce a ouvert une consultation publique de trente jours sur l'extension des surtaxes à plusieurs centaines de produits dérivés de l'acier et de l'aluminium.",
        "Les fédérations professionnelles américaines sont divisées : les sidérurgistes soutiennent la mesure, les industriels utilisateurs redoutent une hausse de leurs coûts.",
      ],
      comment:
        "Nos interlocuteurs à la Maison-Blanche laissent entendre qu'une exemption pourrait être envisagée pour les pays qui accepteraient un contingent ; la Commission devrait en être informée sans délai.",
      tags: ["commerce", "douanes", "acier"],
      countries: ["US"],
      action: ["dgp-amc", "dgm-deeit"],
      info: ["rp-ue-bruxelles", "amb-de-berlin"],
      community: "diplomatie-economique",
      urgency: "la décision de l'administration est attendue dans les quarante-huit heures.",
    },
    {
      subject: "États-Unis — subventions fédérales aux industries vertes",
      summary:
        "Les crédits d'impôt fédéraux continuent d'attirer des investissements européens.\nLa question de la réciprocité reste entière.",
      facts: [
        "Depuis le début de l'année, une dizaine d'industriels européens ont annoncé des investissements dans des usines de batteries et d'hydrogène aux États-Unis, attirés par les crédits d'impôt fédéraux.",
        "Le Trésor américain a publié de nouvelles lignes directrices sur les règles d'origine des composants, plus restrictives qu'attendu.",
      ],
      comment:
        "Le poste recommande de porter la question de la réciprocité dans le dialogue commercial transatlantique plutôt que de rechercher des exemptions au cas par cas.",
      tags: ["commerce", "climat", "industrie"],
      countries: ["US"],
      action: ["dgp-amc"],
      info: ["dgm-deeit", "rp-ue-bruxelles", "amb-de-berlin"],
    },
    {
      subject: "États-Unis — soutien à l'Ukraine : débats au sein de l'administration",
      summary:
        "Le soutien budgétaire à l'Ukraine fait l'objet d'arbitrages difficiles.\nL'administration cherche à associer davantage les Européens.",
      facts: [
        "Le Conseil de sécurité nationale prépare une nouvelle enveloppe d'aide militaire, dont le montant dépendra des négociations budgétaires en cours au Congrès.",
        "Le département d'État insiste, dans ses échanges avec le poste, sur la nécessité d'un partage accru du fardeau entre alliés.",
      ],
      comment:
        "Selon nos contacts, le volet défense antiaérienne serait préservé mais les livraisons de munitions pourraient être étalées ; il convient d'anticiper ce scénario avec nos partenaires européens.",
      tags: ["ukraine", "sécurité", "otan"],
      countries: ["US", "UA"],
      action: ["dgp-amc"],
      info: ["dgp-dec", "amb-ua-kyiv", "amb-de-berlin", "rp-otan-bruxelles"],
      urgency:
        "une annonce de l'administration est attendue avant la réunion des ministres de la Défense de l'OTAN, demain.",
    },
    {
      subject: "États-Unis — budget de la défense et débats au Congrès",
      summary:
        "La commission des forces armées du Sénat a adopté son projet de loi de programmation.\nPlusieurs amendements concernent les alliés européens.",
      facts: [
        "La commission des forces armées du Sénat a adopté, à une large majorité bipartisane, le projet de loi d'autorisation de la défense pour l'exercice à venir.",
        "Plusieurs amendements visent à conditionner certaines coopérations industrielles au respect d'objectifs de dépenses militaires par les alliés.",
      ],
      comment:
        "Ces amendements ont peu de chances de survivre à la conférence entre les deux chambres, mais ils traduisent une attente croissante envers les Européens.",
      tags: ["défense", "congrès"],
      countries: ["US"],
      action: ["dgp-amc"],
      info: ["dgp-asd"],
    },
    {
      subject: "États-Unis — coopération spatiale et recherche",
      summary:
        "La NASA propose d'élargir la coopération avec le CNES sur l'observation de la Terre.\nUn accord-cadre pourrait être signé lors de la prochaine visite.",
      facts: [
        "La NASA a présenté au conseiller pour la science et la technologie de l'ambassade un projet de mission conjointe d'observation du climat, dans le prolongement des missions menées avec le CNES.",
        "Les universités américaines partenaires souhaitent accueillir davantage de doctorants français dans le cadre des programmes existants.",
      ],
      comment:
        "Le calendrier budgétaire américain reste incertain ; il serait prudent de ne pas annoncer publiquement la mission avant l'adoption des crédits.",
      tags: ["espace", "recherche", "climat"],
      countries: ["US"],
      action: ["dgp-amc"],
      info: ["dgm-dcerr"],
    },
    {
      subject: "États-Unis — visas étudiants et mobilité",
      summary:
        "Les délais de délivrance des visas étudiants américains s'allongent.\nLe poste propose une démarche auprès du département d'État.",
      facts: [
        "Les délais de rendez-vous pour les visas étudiants dépassent désormais deux mois dans plusieurs consulats américains en France, selon les données publiées par le département d'État.",
        "Les universités françaises partenaires signalent des désistements d'étudiants américains inquiets des nouvelles règles de séjour.",
      ],
      comment:
        "Une démarche discrète auprès du bureau des affaires consulaires du département d'État paraît préférable à une communication publique.",
      tags: ["consulaire", "visas", "étudiants"],
      countries: ["US"],
      action: ["dgp-amc"],
      info: ["cg-us-new-york", "cg-us-san-francisco", "dgm-dcerr"],
    },
    {
      subject: "États-Unis — position américaine avant la COP",
      summary:
        "L'envoyé spécial pour le climat confirme une position prudente sur le financement.\nLes États fédérés entendent porter une voix distincte à la COP.",
      facts: [
        "L'envoyé spécial pour le climat a présenté aux ambassadeurs européens les priorités américaines : méthane, sortie des centrales à charbon et mobilisation du secteur privé.",
        "Une coalition d'États fédérés et de grandes villes prévoit d'envoyer sa propre délégation à la COP pour y présenter ses engagements.",
      ],
      comment:
        "La délégation américaine ne disposera d'aucun mandat sur un nouvel objectif chiffré de financement ; il faut en tenir compte dans notre propre stratégie de négociation.",
      tags: ["climat", "cop", "multilatéral"],
      countries: ["US"],
      action: ["dgp-amc", "dgm-ddd-env-clim"],
      info: ["rp-onu-new-york"],
      community: "climat-biodiversite",
    },
    {
      subject: "États-Unis — contrôles à l'exportation de technologies vers la Chine",
      summary:
        "Le département du Commerce prépare de nouvelles restrictions sur les semi-conducteurs.\nLes alliés sont invités à s'aligner.",
      facts: [
        "Le département du Commerce a informé les ambassades européennes de son intention d'étendre les contrôles à l'exportation à de nouveaux équipements de fabrication de semi-conducteurs.",
        "Les autorités américaines souhaitent que les pays producteurs de ces équipements adoptent des mesures équivalentes.",
      ],
      comment:
        "Nos interlocuteurs ont évoqué de manière appuyée la situation de certaines entreprises européennes ; une coordination avec nos partenaires néerlandais et allemands paraît indispensable.",
      tags: ["chine", "exportations", "technologies"],
      countries: ["US", "CN"],
      action: ["dgp-amc"],
      info: ["dgp-asie", "amb-cn-pekin", "amb-de-berlin", "amb-nl-la-haye"],
    },
    {
      subject: "États-Unis — préparation de la visite d'État du Président de la République",
      summary:
        "Le programme de la visite d'État se précise.\nLa Maison-Blanche souhaite un volet consacré à l'innovation.",
      facts: [
        "Le protocole de la Maison-Blanche a transmis une première proposition de programme comprenant un entretien dans le bureau Ovale, un dîner d'État et une étape hors de Washington.",
        "La partie américaine propose d'associer une délégation d'entreprises françaises à une table ronde sur l'innovation et l'intelligence artificielle.",
      ],
      comment:
        "Le poste suggère de retenir l'étape de La Nouvelle-Orléans, à forte dimension francophone, plutôt que celle de Chicago, dont la logistique est plus lourde.",
      tags: ["visite-d-état", "protocole"],
      countries: ["US"],
      action: ["dgp-amc", "protocole"],
      info: ["cg-us-new-york", "cg-us-san-francisco"],
    },
    {
      subject: "États-Unis — cadre fédéral de l'intelligence artificielle",
      summary:
        "Un décret présidentiel sur l'intelligence artificielle est en préparation.\nL'approche reste sensiblement différente du règlement européen.",
      facts: [
        "Le bureau de la politique scientifique et technologique de la Maison-Blanche a engagé des consultations sur un décret relatif à la sécurité des modèles d'intelligence artificielle.",
        "Les grandes entreprises du secteur plaident pour des engagements volontaires plutôt que pour une réglementation contraignante.",
      ],
      comment:
        "Le poste recommande de faire valoir, en amont du sommet sur l'intelligence artificielle, l'intérêt d'une interopérabilité entre les approches européenne et américaine.",
      tags: ["numérique", "intelligence-artificielle"],
      countries: ["US"],
      action: ["dgp-amc"],
      info: ["dgm-deeit", "amb-de-berlin"],
    },
    {
      subject: "États-Unis — le Proche-Orient vu de Washington",
      summary:
        "L'administration multiplie les contacts régionaux pour éviter une escalade.\nLe Congrès reste divisé sur la conditionnalité de l'aide.",
      facts: [
        "Le secrétaire d'État a effectué une nouvelle tournée régionale et le département d'État évoque des « progrès limités mais réels » sur le dossier humanitaire.",
        "Au Congrès, un groupe de sénateurs demande de conditionner une partie de l'aide au respect du droit international humanitaire.",
      ],
      comment:
        "Nos interlocuteurs ont reconnu en privé que les marges de manœuvre de l'administration étaient réduites à l'approche des élections de mi-mandat.",
      tags: ["proche-orient", "sécurité", "humanitaire"],
      countries: ["US", "IL", "LB"],
      action: ["dgp-amc"],
      info: ["dgp-anmo", "amb-il-tel-aviv", "amb-lb-beyrouth"],
      urgency:
        "la réunion du Conseil de sécurité nationale consacrée à ce dossier se tient demain matin.",
    },
    {
      subject: "États-Unis — coordination transatlantique des sanctions contre la Russie",
      summary:
        "Le Trésor américain prépare un nouveau train de sanctions.\nIl souhaite une annonce coordonnée avec l'Union européenne et le Royaume-Uni.",
      facts: [
        "Le bureau du contrôle des avoirs étrangers du Trésor a présenté aux ambassades européennes les grandes lignes d'un nouveau train de sanctions visant les circuits de contournement.",
        "Les autorités américaines proposent une annonce coordonnée avec l'Union européenne et le Royaume-Uni à l'occasion du prochain sommet du G7.",
      ],
      comment:
        "La liste des entités visées inclurait des sociétés établies dans des pays tiers avec lesquels nous entretenons un dialogue sensible ; le Département voudra sans doute en être informé avant toute annonce.",
      tags: ["sanctions", "russie", "g7"],
      countries: ["US", "RU"],
      action: ["dgp-amc"],
      info: ["dgp-dec", "rp-ue-bruxelles", "amb-de-berlin", "amb-gb-londres"],
    },
  ],
};

const AMERICAS_DIRECTORATE: Origin = {
  unit: "dgp-amc",
  frames: CENTRAL_FRAMES,
  note: {
    senderEntity: "Le ministère de l'Europe et des Affaires étrangères",
    recipientEntity: "l'Ambassade des États-Unis d'Amérique en France",
    place: "Paris",
  },
  noteLanguages: ["fr"],
  topics: [
    {
      subject: "États-Unis — démarche sur les surtaxes américaines à l'importation",
      summary:
        "Le Département demande au poste une démarche auprès du représentant au Commerce.\nLa position française est coordonnée avec la Commission.",
      facts: [
        "Le ministre souhaite que la position française soit exposée au bureau du représentant au Commerce avant la fin de la consultation publique en cours.",
        "La Commission européenne a été informée de cette démarche, qui s'inscrit dans la ligne arrêtée par le Conseil.",
      ],
      comment:
        "Vous pourrez indiquer que l'Union européenne se réserve la possibilité de mesures de rééquilibrage si les surtaxes étaient étendues sans concertation.",
      tags: ["commerce", "douanes"],
      countries: ["US"],
      action: ["amb-us-washington"],
      info: ["rp-ue-bruxelles", "dgm-deeit"],
    },
    {
      subject: "Canada — préparation du comité ministériel franco-canadien",
      summary:
        "Le prochain comité ministériel franco-canadien se tiendra à Paris.\nLe Département sollicite les propositions du poste.",
      facts: [
        "Le comité ministériel franco-canadien se réunira à Paris au début du trimestre prochain, sous la présidence des deux ministres des Affaires étrangères.",
        "Les thèmes envisagés sont les minerais critiques, l'intelligence artificielle et la coopération en Arctique.",
      ],
      comment:
        "Le Département souhaite éviter que la question de la pêche autour de Saint-Pierre-et-Miquelon ne domine l'ordre du jour.",
      tags: ["canada", "bilatéral"],
      countries: ["CA"],
      action: ["amb-ca-ottawa"],
      info: ["cg-ca-montreal", "cg-ca-quebec"],
    },
    {
      subject: "Mexique — coopération de sécurité et lutte contre le narcotrafic",
      summary:
        "Le Mexique souhaite approfondir la coopération policière avec la France.\nLe Département demande une évaluation des besoins.",
      facts: [
        "Le secrétariat mexicain à la Sécurité a sollicité un renforcement de la formation de ses unités spécialisées dans la lutte contre les trafics de stupéfiants.",
        "Plusieurs partenaires européens ont déjà engagé des programmes similaires financés par l'Union européenne.",
      ],
      comment:
        "Le Département souhaite une évaluation précise des besoins avant tout engagement, compte tenu des allégations récurrentes de corruption visant certaines unités.",
      tags: ["sécurité", "narcotrafic"],
      countries: ["MX"],
      action: ["amb-mx-mexico"],
      info: ["dgp-asd"],
    },
    {
      subject: "Brésil — préparation de la COP et partenariat pour l'Amazonie",
      summary:
        "Le Brésil souhaite associer la France à un fonds pour les forêts tropicales.\nLe Département recueille l'avis du poste.",
      facts: [
        "La présidence brésilienne propose la création d'un fonds international pour la préservation des forêts tropicales, abondé par des contributions publiques et privées.",
        "La Guyane pourrait être associée à des projets de coopération transfrontalière avec l'État d'Amapá.",
      ],
      comment:
        "La contribution française éventuelle n'est pas arbitrée ; le poste voudra bien ne prendre aucun engagement à ce stade.",
      tags: ["climat", "amazonie", "cop"],
      countries: ["BR"],
      action: ["amb-br-brasilia"],
      info: ["dgm-ddd-env-clim"],
      community: "climat-biodiversite",
    },
    {
      subject: "Mercosur — position française sur l'accord d'association",
      summary:
        "Le Département rappelle la position française sur l'accord entre l'Union européenne et le Mercosur.\nLes postes de la région sont invités à la relayer.",
      facts: [
        "La France maintient que l'accord ne peut être conclu en l'état, faute de garanties suffisantes en matière de déforestation et de normes sanitaires.",
        "La présidence argentine du Mercosur souhaite conclure les négociations avant la fin de son mandat.",
      ],
      comment:
        "Vous pourrez laisser entendre que des engagements contraignants sur la déforestation faciliteraient une évolution de notre position.",
      tags: ["commerce", "mercosur"],
      countries: ["AR", "BR"],
      action: ["amb-ar-buenos-aires"],
      info: ["amb-br-brasilia", "rp-ue-bruxelles"],
    },
    {
      subject: "États-Unis — entretien du ministre avec le secrétaire d'État",
      summary:
        "Le ministre s'entretiendra avec le secrétaire d'État en marge de l'Assemblée générale.\nLe poste est invité à proposer des éléments.",
      facts: [
        "L'entretien du ministre avec le secrétaire d'État est prévu en marge de la semaine de haut niveau de l'Assemblée générale des Nations unies.",
        "Les sujets envisagés sont l'Ukraine, le Proche-Orient, l'Indopacifique et les relations commerciales transatlantiques.",
      ],
      comment:
        "Le ministre souhaite aborder en tête-à-tête la question des surtaxes, sans que celle-ci figure dans la communication publique.",
      tags: ["bilatéral", "onu"],
      countries: ["US"],
      action: ["amb-us-washington"],
      info: ["cg-us-new-york", "rp-onu-new-york"],
    },
  ],
};

const BERLIN: Origin = {
  unit: "amb-de-berlin",
  frames: POST_FRAMES,
  note: {
    senderEntity: "L'Ambassade de France en Allemagne",
    recipientEntity: "le ministère fédéral des Affaires étrangères",
    place: "Berlin",
  },
  noteLanguages: ["fr"],
  topics: [
    {
      subject: "Allemagne — débat budgétaire et frein à l'endettement",
      summary:
        "Le gouvernement fédéral cherche à concilier frein à l'endettement et investissements.\nLa Cour constitutionnelle reste un acteur clé du débat.",
      facts: [
        "Le ministère fédéral des Finances a présenté un projet de budget qui respecte le frein à l'endettement grâce à d'importantes économies sur les dépenses sociales.",
        "Les partis de la coalition s'opposent sur le financement des investissements dans les infrastructures et la défense.",
      ],
      comment:
        "Une réforme du frein à l'endettement paraît exclue avant les prochaines élections ; nos propositions européennes d'emprunt commun doivent en tenir compte.",
      tags: ["budget", "économie"],
      countries: ["DE"],
      action: ["dgp-due"],
      info: ["dgm-deeit", "rp-ue-bruxelles"],
    },
    {
      subject: "Allemagne — réforme du marché européen de l'électricité",
      summary:
        "Berlin reste réservé sur les contrats pour différence appliqués au nucléaire existant.\nUn compromis paraît possible sur les aides à l'industrie.",
      facts: [
        "Le ministère fédéral de l'Économie a confirmé ses réserves sur l'application des contrats pour différence au parc nucléaire existant.",
        "L'industrie allemande plaide pour un prix de l'électricité subventionné pour les secteurs les plus exposés.",
      ],
      comment:
        "Un compromis pourrait s'esquisser si la France acceptait un encadrement plus strict des aides aux industries électro-intensives.",
      tags: ["énergie", "union-européenne"],
      countries: ["DE"],
      action: ["dgp-due"],
      info: ["rp-ue-bruxelles"],
    },
    {
      subject: "Allemagne — coopération franco-allemande en matière d'armement",
      summary:
        "Les programmes d'avion et de char du futur connaissent des difficultés de gouvernance.\nLe Bundestag demande davantage de visibilité.",
      facts: [
        "La commission du budget du Bundestag a conditionné le déblocage des crédits de la prochaine phase du système de combat aérien du futur à la présentation d'un calendrier détaillé.",
        "Les industriels des deux pays poursuivent leurs discussions sur le partage des tâches du programme de char du futur.",
      ],
      comment:
        "Le poste recommande une initiative politique au niveau des ministres pour éviter l'enlisement des deux programmes.",
      tags: ["défense", "industrie", "franco-allemand"],
      countries: ["DE"],
      action: ["dgp-due", "dgp-asd"],
      info: [],
    },
    {
      subject: "Allemagne — préparation du conseil des ministres franco-allemand",
      summary:
        "Le conseil des ministres franco-allemand se tiendra dans deux mois.\nLa Chancellerie propose trois thèmes prioritaires.",
      facts: [
        "La Chancellerie fédérale propose de consacrer le prochain conseil des ministres franco-allemand à la compétitivité, à la défense et à la jeunesse.",
        "Les Länder frontaliers souhaitent être associés à la préparation des projets de coopération transfrontalière.",
      ],
      comment:
        "Nos interlocuteurs à la Chancellerie souhaitent éviter toute annonce sur le nucléaire, sujet de divergence persistant.",
      tags: ["franco-allemand", "protocole"],
      countries: ["DE"],
      action: ["dgp-due"],
      info: ["protocole", "sg"],
    },
    {
      subject: "Allemagne — élections régionales et recomposition politique",
      summary:
        "Les élections régionales confirment la progression des partis protestataires.\nLa coalition fédérale sort fragilisée du scrutin.",
      facts: [
        "Les résultats des élections régionales confirment la forte progression des partis protestataires, notamment dans les Länder de l'Est.",
        "Les partis de gouvernement excluent toute coalition avec l'extrême droite, ce qui complique la formation des exécutifs régionaux.",
      ],
      comment:
        "La fragilisation de la coalition pourrait réduire les marges de manœuvre du chancelier sur les dossiers européens d'ici la fin de la législature.",
      tags: ["politique-intérieure", "élections"],
      countries: ["DE"],
      action: ["dgp-due"],
      info: ["caps"],
    },
  ],
};

const LONDON: Origin = {
  unit: "amb-gb-londres",
  frames: POST_FRAMES,
  note: {
    senderEntity: "L'Ambassade de France au Royaume-Uni",
    recipientEntity: "le Foreign, Commonwealth and Development Office",
    place: "Londres",
  },
  noteLanguages: ["en", "fr"],
  topics: [
    {
      subject: "Royaume-Uni — coopération migratoire dans la Manche",
      summary:
        "Le Home Office souhaite renforcer la coopération opérationnelle sur les traversées de la Manche.\nUn nouveau financement britannique est envisagé.",
      facts: [
        "Le Home Office a proposé une réunion ministérielle pour faire le bilan de l'accord de coopération sur la prévention des traversées de la Manche.",
        "Le nombre de traversées en petites embarcations reste élevé malgré le renforcement des moyens de surveillance sur le littoral français.",
      ],
      comment:
        "La partie britannique pourrait proposer un financement accru en échange d'un dispositif d'interception en mer que nous avons jusqu'ici écarté.",
      tags: ["migrations", "manche"],
      countries: ["GB"],
      action: ["dgp-due"],
      info: ["rp-ue-bruxelles"],
    },
    {
      subject: "Royaume-Uni — mise en œuvre du cadre de Windsor",
      summary:
        "Le gouvernement britannique se dit attaché au cadre de Windsor.\nDes frictions persistent sur les contrôles sanitaires.",
      facts: [
        "Le secrétaire d'État pour l'Irlande du Nord a réaffirmé devant la Chambre des communes l'attachement du gouvernement au cadre de Windsor.",
        "Les unionistes contestent toujours les contrôles sanitaires et phytosanitaires appliqués aux marchandises en provenance de Grande-Bretagne.",
      ],
      comment:
        "Le gouvernement britannique pourrait solliciter un assouplissement supplémentaire lors du prochain comité conjoint ; la Commission devrait s'y opposer.",
      tags: ["brexit", "irlande-du-nord"],
      countries: ["GB", "IE"],
      action: ["dgp-due"],
      info: ["rp-ue-bruxelles"],
    },
    {
      subject: "Royaume-Uni — traités de Lancaster House : bilan et perspectives",
      summary:
        "Les deux pays préparent le prochain sommet de défense franco-britannique.\nLa coopération sur les missiles est au cœur des discussions.",
      facts: [
        "Le ministère britannique de la Défense souhaite que le prochain sommet franco-britannique consacre un volet à la coopération sur les missiles de croisière de nouvelle génération.",
        "La force expéditionnaire commune interarmées a conduit avec succès son dernier exercice de certification.",
      ],
      comment:
        "Nos interlocuteurs ont laissé entendre que le financement britannique du programme de missiles dépendrait de la revue de défense en cours.",
      tags: ["défense", "franco-britannique"],
      countries: ["GB"],
      action: ["dgp-asd"],
      info: ["dgp-due"],
    },
    {
      subject: "Royaume-Uni — priorités britanniques en Indopacifique",
      summary:
        "Le Royaume-Uni confirme son engagement en Indopacifique.\nLe partenariat AUKUS reste la priorité de Londres.",
      facts: [
        "Le Foreign Office a présenté sa stratégie actualisée pour l'Indopacifique, qui confirme le déploiement d'un groupe aéronaval dans la région l'an prochain.",
        "Le partenariat AUKUS demeure la priorité britannique, avec un second pilier consacré aux technologies avancées.",
      ],
      comment:
        "Le poste recommande de proposer à Londres une coordination de nos déploiements navals, qui pourrait atténuer les frictions nées de l'annulation du contrat australien.",
      tags: ["indopacifique", "aukus"],
      countries: ["GB", "AU"],
      action: ["dgp-due"],
      info: ["dgp-asie", "amb-de-berlin"],
    },
  ],
};

const DAKAR: Origin = {
  unit: "amb-sn-dakar",
  frames: POST_FRAMES,
  note: {
    senderEntity: "L'Ambassade de France au Sénégal",
    recipientEntity: "le ministère de l'Intégration africaine et des Affaires étrangères",
    place: "Dakar",
  },
  noteLanguages: ["fr"],
  topics: [
    {
      subject: "Sénégal — programme économique du gouvernement",
      summary:
        "Le gouvernement présente un programme de redressement des finances publiques.\nLes bailleurs attendent les conclusions de l'audit de la dette.",
      facts: [
        "Le Premier ministre a présenté devant l'Assemblée nationale un programme de redressement des finances publiques, à la suite de l'audit de la dette publique.",
        "Le Fonds monétaire international a suspendu ses décaissements dans l'attente d'une révision des données budgétaires.",
      ],
      comment:
        "Les autorités souhaitent un soutien français dans les discussions avec le FMI, mais restent réservées sur toute conditionnalité publique.",
      tags: ["économie", "dette"],
      countries: ["SN"],
      action: ["dgp-afr"],
      info: ["dgm-deeit"],
      community: "reseau-afrique-veille-economique",
    },
    {
      subject: "Sénégal — exploitation des hydrocarbures en mer",
      summary:
        "La production de gaz et de pétrole en mer monte en puissance.\nLe gouvernement souhaite renégocier certains contrats.",
      facts: [
        "Les premières cargaisons de gaz naturel liquéfié du champ transfrontalier avec la Mauritanie ont été exportées ce trimestre.",
        "Le gouvernement a annoncé son intention de renégocier les contrats pétroliers et gaziers signés par ses prédécesseurs.",
      ],
      comment:
        "Les entreprises françaises présentes dans le secteur s'inquiètent de la portée de cette renégociation ; le poste suit le dossier avec elles.",
      tags: ["énergie", "hydrocarbures"],
      countries: ["SN", "MR"],
      action: ["dgp-afr"],
      info: ["dgm-deeit"],
    },
    {
      subject: "Sénégal — mobilité, visas et migrations",
      summary:
        "Les autorités demandent un assouplissement de la délivrance des visas.\nLes départs en pirogue vers les Canaries se poursuivent.",
      facts: [
        "Le ministre de l'Intérieur a plaidé auprès du poste pour une augmentation du nombre de visas de circulation délivrés aux étudiants et aux entrepreneurs.",
        "Les départs en pirogue vers l'archipel des Canaries se poursuivent malgré le renforcement des patrouilles côtières.",
      ],
      comment:
        "Un geste sur les visas de circulation faciliterait la coopération des autorités en matière de réadmission, aujourd'hui très limitée.",
      tags: ["consulaire", "visas", "migrations"],
      countries: ["SN"],
      action: ["dgp-afr"],
      info: [],
    },
    {
      subject: "Sénégal — évolution du dispositif militaire français",
      summary:
        "Le transfert des emprises militaires françaises se poursuit.\nLes autorités souhaitent maintenir une coopération de formation.",
      facts: [
        "Le transfert aux forces armées sénégalaises des emprises occupées par les éléments français se poursuit selon le calendrier convenu.",
        "L'état-major sénégalais a exprimé le souhait de maintenir une coopération en matière de formation et de renseignement maritime.",
      ],
      comment:
        "La rapidité du calendrier tient davantage à des considérations de politique intérieure qu'à une volonté de rupture ; la relation de défense peut être préservée sous une autre forme.",
      tags: ["défense"],
      countries: ["SN"],
      action: ["dgp-afr", "dgp-asd"],
      info: [],
    },
    {
      subject: "Sénégal — situation en Casamance",
      summary:
        "Le processus de paix en Casamance progresse.\nDes incidents isolés sont signalés près de la frontière bissau-guinéenne.",
      facts: [
        "Plusieurs factions du mouvement indépendantiste ont remis leurs armes dans le cadre du processus de paix soutenu par la Guinée-Bissau.",
        "Des incidents isolés ont été signalés près de la frontière bissau-guinéenne, sans victime parmi les ressortissants étrangers.",
      ],
      comment:
        "Le poste ne recommande pas de modifier les conseils aux voyageurs, mais suit la situation avec le centre de crise.",
      tags: ["sécurité", "casamance"],
      countries: ["SN", "GW"],
      action: ["dgp-afr"],
      info: ["cdcs"],
    },
  ],
};

const BAMAKO: Origin = {
  unit: "amb-ml-bamako",
  frames: POST_FRAMES,
  note: {
    senderEntity: "L'Ambassade de France au Mali",
    recipientEntity: "le ministère des Affaires étrangères et de la Coopération internationale",
    place: "Bamako",
  },
  noteLanguages: ["fr"],
  topics: [
    {
      subject: "Mali — situation sécuritaire dans le centre du pays",
      summary:
        "Les attaques se multiplient dans les régions de Mopti et de Ségou.\nLes axes routiers vers Bamako sont régulièrement visés.",
      facts: [
        "Plusieurs attaques revendiquées par des groupes armés terroristes ont visé ces derniers jours des convois sur les axes reliant Ségou et Mopti à la capitale.",
        "Les autorités de transition ont renforcé le dispositif militaire autour des principales villes du centre.",
      ],
      comment:
        "Selon nos sources, les groupes armés cherchent à asphyxier économiquement la capitale ; la situation des ressortissants encore présents dans le centre doit être suivie de près.",
      tags: ["sahel", "sécurité", "terrorisme"],
      countries: ["ML"],
      action: ["dgp-afr", "dgp-afr-ao-sahel"],
      info: ["cdcs"],
      community: "sahel",
      urgency:
        "des attaques simultanées ont été signalées cette nuit sur deux axes routiers empruntés par nos ressortissants.",
    },
    {
      subject: "Mali — transition politique et calendrier électoral",
      summary:
        "Les autorités de transition repoussent à nouveau l'élection présidentielle.\nLes partis politiques restent suspendus.",
      facts: [
        "Le gouvernement de transition a annoncé le report sine die de l'élection présidentielle, invoquant la situation sécuritaire.",
        "La suspension des activités des partis politiques a été prolongée et plusieurs responsables de l'opposition ont été interpellés.",
      ],
      comment:
        "Le poste estime que la transition est désormais installée dans la durée et que nos messages publics sur le calendrier électoral ont perdu toute portée.",
      tags: ["sahel", "transition"],
      countries: ["ML"],
      action: ["dgp-afr"],
      info: ["dgp-nuoi"],
    },
    {
      subject: "Mali — sécurité de la communauté française",
      summary:
        "La communauté française compte moins de quatre mille inscrits.\nLe plan de sécurité de l'ambassade a été actualisé.",
      facts: [
        "Le nombre de Français inscrits au registre continue de diminuer ; la plupart résident à Bamako.",
        "Le plan de sécurité de l'ambassade a été actualisé et les chefs d'îlot ont été réunis.",
      ],
      comment:
        "Le poste recommande de maintenir le niveau de vigilance actuel et de préparer les moyens d'une évacuation partielle si la situation à Bamako se dégradait.",
      tags: ["consulaire", "sécurité"],
      countries: ["ML"],
      action: ["dgp-afr", "cdcs"],
      info: [],
      urgency:
        "le couvre-feu a été avancé et plusieurs ressortissants se trouvent en déplacement dans la région de Ségou.",
    },
    {
      subject: "Sahel — Alliance des États du Sahel et relations avec la CEDEAO",
      summary:
        "L'Alliance des États du Sahel se dote d'institutions communes.\nLa CEDEAO cherche à préserver la libre circulation.",
      facts: [
        "Les chefs d'État de l'Alliance des États du Sahel ont adopté le principe d'un passeport commun et d'une force unifiée.",
        "La Communauté économique des États de l'Afrique de l'Ouest a proposé de préserver la libre circulation des personnes et des biens malgré le retrait des trois pays.",
      ],
      comment:
        "Le poste estime que la coopération de l'Alliance restera essentiellement déclaratoire, faute de moyens budgétaires.",
      tags: ["sahel", "cedeao"],
      countries: ["ML", "BF", "NE"],
      action: ["dgp-afr"],
      info: ["amb-sn-dakar", "amb-td-n-djamena", "amb-ci-abidjan", "amb-ng-abuja"],
      community: "sahel",
    },
    {
      subject: "Mali — crise humanitaire et accès des organisations humanitaires",
      summary:
        "Les besoins humanitaires augmentent dans le nord et le centre du pays.\nL'accès des organisations humanitaires reste entravé.",
      facts: [
        "Le bureau de la coordination des affaires humanitaires estime que plus de sept millions de personnes ont besoin d'une assistance.",
        "Plusieurs organisations non gouvernementales signalent des restrictions d'accès imposées par les autorités dans les zones de combat.",
      ],
      comment:
        "Le poste recommande de continuer à financer les organisations humanitaires par des canaux multilatéraux, plus acceptables pour les autorités.",
      tags: ["humanitaire", "sahel"],
      countries: ["ML"],
      action: ["dgp-afr"],
      info: ["dgp-nuoi-dh"],
    },
  ],
};

const KYIV: Origin = {
  unit: "amb-ua-kyiv",
  frames: POST_FRAMES,
  note: {
    senderEntity: "L'Ambassade de France en Ukraine",
    recipientEntity: "le ministère des Affaires étrangères d'Ukraine",
    place: "Kyiv",
  },
  noteLanguages: ["fr", "en"],
  topics: [
    {
      subject: "Ukraine — situation militaire sur la ligne de front",
      summary:
        "La pression russe s'accentue dans le Donbass.\nLes forces ukrainiennes manquent de munitions et d'effectifs.",
      facts: [
        "L'état-major ukrainien fait état d'une intensification des assauts russes dans le Donbass, avec des gains territoriaux limités mais continus.",
        "La mobilisation de nouvelles recrues reste difficile et les unités du front demandent des rotations.",
      ],
      comment:
        "Nos interlocuteurs militaires estiment que la défense du front ne pourra être tenue sans livraisons accrues de munitions d'artillerie d'ici trois mois.",
      tags: ["ukraine", "défense"],
      countries: ["UA", "RU"],
      action: ["dgp-dec"],
      info: ["dgp-asd", "amb-de-berlin", "rp-otan-bruxelles"],
      urgency: "une offensive d'ampleur a débuté cette nuit dans la région de Kharkiv.",
    },
    {
      subject: "Ukraine — reconstruction et conférence des bailleurs",
      summary:
        "Le gouvernement prépare la prochaine conférence sur la reconstruction.\nLes entreprises françaises sont attendues sur l'énergie et les transports.",
      facts: [
        "Le gouvernement ukrainien a présenté une liste de projets prioritaires pour la prochaine conférence sur la reconstruction, centrée sur l'énergie, les transports et le logement.",
        "La Banque mondiale évalue les besoins de reconstruction à plus de cinq cents milliards de dollars sur dix ans.",
      ],
      comment:
        "Les autorités souhaitent des garanties publiques françaises pour sécuriser les investissements privés ; le dispositif de Bpifrance pourrait être mobilisé.",
      tags: ["reconstruction", "économie"],
      countries: ["UA"],
      action: ["dgp-dec", "dgm-deeit"],
      info: ["rp-ue-bruxelles"],
    },
    {
      subject: "Ukraine — frappes sur les infrastructures énergétiques",
      summary:
        "De nouvelles frappes russes visent le réseau électrique.\nDes coupures de longue durée touchent plusieurs grandes villes.",
      facts: [
        "Une nouvelle vague de frappes de missiles et de drones a visé les centrales thermiques et les postes de transformation de l'ouest et du centre du pays.",
        "L'opérateur du réseau a instauré des coupures programmées de plusieurs heures par jour à Kyiv, Kharkiv et Odessa.",
      ],
      comment:
        "Le poste recommande d'accélérer la livraison des transformateurs et des groupes électrogènes promis, avant l'arrivée du froid.",
      tags: ["énergie", "ukraine"],
      countries: ["UA"],
      action: ["dgp-dec"],
      info: ["cdcs", "amb-de-berlin"],
      urgency: "une vague de frappes a privé d'électricité la moitié du pays ce matin.",
    },
    {
      subject: "Ukraine — réformes liées à l'adhésion à l'Union européenne",
      summary:
        "Le Parlement ukrainien adopte plusieurs réformes demandées par la Commission.\nLa lutte contre la corruption reste le point le plus suivi.",
      facts: [
        "La Rada a adopté des lois sur l'indépendance des juges anticorruption et sur la protection des minorités nationales, conformément aux recommandations de la Commission.",
        "Le gouvernement espère l'ouverture des premiers chapitres de négociation avant la fin de l'année.",
      ],
      comment:
        "Des réserves persistent chez certains États membres sur l'État de droit ; le poste suggère d'appuyer publiquement les efforts de réforme.",
      tags: ["élargissement", "union-européenne"],
      countries: ["UA"],
      action: ["dgp-dec"],
      info: ["rp-ue-bruxelles", "amb-de-berlin"],
    },
  ],
};

const NEW_YORK_CONSULATE: Origin = {
  unit: "cg-us-new-york",
  frames: POST_FRAMES,
  note: {
    senderEntity: "Le Consulat général de France à New York",
    recipientEntity: "le Bureau des missions étrangères",
    place: "New York",
  },
  noteLanguages: ["en"],
  topics: [
    {
      subject: "New York — protection consulaire d'un ressortissant détenu",
      summary:
        "Un ressortissant français est détenu dans l'État de New York.\nLe consulat a obtenu une visite consulaire.",
      facts: [
        "Un ressortissant français a été interpellé et placé en détention provisoire dans l'attente de sa comparution devant un tribunal de l'État de New York.",
        "Le consulat a obtenu une visite consulaire et a communiqué à l'intéressé la liste des avocats francophones.",
      ],
      comment:
        "La famille a sollicité l'intervention du ministre ; le consulat recommande de s'en tenir au strict cadre de la protection consulaire.",
      tags: ["consulaire", "protection-consulaire"],
      countries: ["US"],
      action: ["dgp-amc", "cdcs"],
      info: ["amb-us-washington"],
    },
    {
      subject: "New York — logistique de la semaine de haut niveau",
      summary:
        "La semaine de haut niveau de l'Assemblée générale mobilise le consulat.\nLes besoins logistiques de la délégation sont recensés.",
      facts: [
        "Le consulat général a recensé les besoins logistiques de la délégation présidentielle pour la semaine de haut niveau de l'Assemblée générale.",
        "Les capacités hôtelières de Manhattan sont déjà saturées et les contraintes de circulation seront renforcées.",
      ],
      comment:
        "Le consulat suggère de limiter la taille de la délégation d'accompagnement, faute de capacités d'hébergement sécurisé.",
      tags: ["onu", "protocole"],
      countries: ["US"],
      action: ["protocole"],
      info: ["rp-onu-new-york", "dgp-amc"],
    },
    {
      subject: "New York — rayonnement culturel et attractivité",
      summary:
        "La saison culturelle française à New York connaît un large succès.\nPlusieurs jeunes entreprises françaises s'installent à Manhattan.",
      facts: [
        "La saison culturelle organisée avec la Villa Albertine a attiré un public nombreux, notamment lors des rencontres littéraires.",
        "Plusieurs jeunes entreprises de la French Tech ont ouvert des bureaux à Manhattan ce trimestre.",
      ],
      comment:
        "Le consulat propose de consacrer une partie du programme de la prochaine visite ministérielle à ces entreprises.",
      tags: ["culture", "attractivité"],
      countries: ["US"],
      action: ["dgm-dcerr"],
      info: ["amb-us-washington"],
    },
    {
      subject: "New York — communauté française et élections consulaires",
      summary:
        "La communauté française inscrite dépasse quatre-vingt mille personnes.\nLa préparation des élections consulaires est engagée.",
      facts: [
        "Le nombre de Français inscrits au registre de la circonscription a dépassé quatre-vingt mille personnes.",
        "Le consulat a engagé la préparation des prochaines élections des conseillers des Français de l'étranger, avec le vote par internet.",
      ],
      comment:
        "Le consulat signale des difficultés récurrentes d'accès au vote par internet et propose une campagne d'information ciblée.",
      tags: ["consulaire", "communauté-française", "élections"],
      countries: ["US"],
      action: ["dgp-amc"],
      info: ["amb-us-washington"],
    },
  ],
};

const UN_NEW_YORK: Origin = {
  unit: "rp-onu-new-york",
  frames: POST_FRAMES,
  note: {
    senderEntity: "La Représentation permanente de la France auprès des Nations unies",
    recipientEntity: "le Secrétariat de l'Organisation des Nations unies",
    place: "New York",
  },
  noteLanguages: ["en", "fr"],
  topics: [
    {
      subject: "Assemblée générale — vote sur l'intégrité territoriale de l'Ukraine",
      summary:
        "L'Assemblée générale a adopté la résolution sur l'intégrité territoriale de l'Ukraine.\nLe nombre d'abstentions progresse.",
      facts: [
        "L'Assemblée générale a adopté la résolution réaffirmant l'intégrité territoriale de l'Ukraine par quatre-vingt-treize voix pour, dix-huit contre et soixante-cinq abstentions.",
        "Plusieurs pays d'Afrique et d'Asie qui avaient voté pour les précédentes résolutions se sont abstenus.",
      ],
      comment:
        "L'érosion du soutien tient à la perception d'un « deux poids, deux mesures » ; nos démarches auprès des pays du Sud doivent en tenir compte.",
      tags: ["onu", "vote", "ukraine"],
      countries: ["UA"],
      action: ["dgp-nuoi"],
      info: ["dgp-dec", "amb-ua-kyiv", "amb-us-washington"],
    },
    {
      subject: "Conseil de sécurité — renouvellement du mandat de la FINUL",
      summary:
        "Le mandat de la FINUL doit être renouvelé avant la fin du mois.\nLa France est porte-plume du projet de résolution.",
      facts: [
        "En sa qualité de porte-plume, la France a diffusé aux membres du Conseil un projet de résolution renouvelant pour un an le mandat de la FINUL.",
        "Les États-Unis souhaitent renforcer la liberté de mouvement de la force et fixer un calendrier de réduction de ses effectifs.",
      ],
      comment:
        "Un compromis sur la liberté de mouvement paraît atteignable ; un calendrier de retrait serait en revanche inacceptable pour les pays contributeurs.",
      tags: ["onu", "liban", "maintien-de-la-paix"],
      countries: ["LB"],
      action: ["dgp-nuoi"],
      info: ["dgp-anmo", "amb-lb-beyrouth"],
      urgency: "le vote est programmé ce soir et le projet américain a été modifié dans la nuit.",
    },
    {
      subject: "Conseil de sécurité — situation humanitaire au Soudan",
      summary:
        "Le Conseil de sécurité a tenu une séance d'urgence sur le Soudan.\nL'accès humanitaire au Darfour reste bloqué.",
      facts: [
        "À la demande du Royaume-Uni et de la France, le Conseil de sécurité a tenu une séance d'urgence sur la situation humanitaire au Darfour.",
        "Le coordonnateur des secours d'urgence a décrit une situation de famine dans plusieurs camps de déplacés.",
      ],
      comment:
        "Un projet de déclaration présidentielle pourrait être bloqué par la Russie ; le poste propose de préparer une déclaration conjointe des membres qui le souhaitent.",
      tags: ["soudan", "humanitaire"],
      countries: ["SD"],
      action: ["dgp-nuoi", "dgp-afr"],
      info: ["amb-et-addis-abeba"],
    },
    {
      subject: "Nations unies — budget des opérations de maintien de la paix",
      summary:
        "La Cinquième Commission négocie le budget des opérations de maintien de la paix.\nLes arriérés de contributions pèsent sur la trésorerie.",
      facts: [
        "La Cinquième Commission a entamé la négociation du budget des opérations de maintien de la paix pour l'exercice à venir.",
        "Le Secrétaire général a alerté les États membres sur l'ampleur des arriérés de contributions, qui menacent le remboursement des pays contributeurs de troupes.",
      ],
      comment:
        "Le poste recommande de soutenir les propositions du Secrétariat sur la gestion de la trésorerie, tout en refusant toute hausse globale du budget.",
      tags: ["budget", "maintien-de-la-paix"],
      countries: [],
      action: ["dgp-nuoi"],
      info: [],
    },
    {
      subject: "Conseil de sécurité — consultations sur l'est de la RDC",
      summary:
        "Le Conseil de sécurité a examiné la situation dans l'est de la République démocratique du Congo.\nLe processus de paix régional reste fragile.",
      facts: [
        "La cheffe de la mission des Nations unies en République démocratique du Congo a présenté au Conseil la situation dans les Kivus.",
        "Plusieurs membres ont appelé au respect du cessez-le-feu et au retrait des forces étrangères.",
      ],
      comment:
        "Le poste propose que la France prenne l'initiative d'une déclaration à la presse appelant au respect des engagements pris à Washington et à Doha.",
      tags: ["rdc", "grands-lacs"],
      countries: ["CD", "RW"],
      action: ["dgp-nuoi", "dgp-afr"],
      info: ["amb-cd-kinshasa"],
    },
    {
      subject: "Nations unies — réforme du Conseil de sécurité et encadrement du veto",
      summary:
        "Les négociations intergouvernementales sur la réforme du Conseil reprennent.\nL'initiative franco-mexicaine sur le veto gagne des soutiens.",
      facts: [
        "Les négociations intergouvernementales sur la réforme du Conseil de sécurité ont repris sous la présidence de deux nouveaux cofacilitateurs.",
        "L'initiative franco-mexicaine sur l'encadrement du veto en cas d'atrocités de masse compte désormais plus de cent vingt soutiens.",
      ],
      comment:
        "Le poste suggère de rechercher le soutien de nouveaux pays africains en amont du prochain sommet de l'Union africaine.",
      tags: ["réforme", "veto"],
      countries: [],
      action: ["dgp-nuoi"],
      info: ["caps"],
    },
  ],
};

const EU_BRUSSELS: Origin = {
  unit: "rp-ue-bruxelles",
  frames: POST_FRAMES,
  note: {
    senderEntity: "La Représentation permanente de la France auprès de l'Union européenne",
    recipientEntity: "le Secrétariat général du Conseil de l'Union européenne",
    place: "Bruxelles",
  },
  noteLanguages: ["fr"],
  topics: [
    {
      subject: "Union européenne — négociation du cadre financier pluriannuel",
      summary:
        "La Commission a présenté sa proposition de cadre financier pluriannuel.\nLes contributeurs nets contestent son montant global.",
      facts: [
        "La Commission a présenté sa proposition de cadre financier pluriannuel, qui regroupe les fonds de cohésion et agricoles dans des plans nationaux.",
        "Plusieurs contributeurs nets ont contesté le montant global proposé dès la première réunion des ambassadeurs.",
      ],
      comment:
        "La fusion des fonds agricoles dans des plans nationaux suscitera une forte opposition en France ; le poste recommande d'en faire une ligne rouge dès le début.",
      tags: ["budget", "union-européenne"],
      countries: [],
      action: ["dgp-due"],
      info: ["amb-de-berlin", "sg"],
    },
    {
      subject: "Conseil Affaires étrangères — préparation de la prochaine session",
      summary:
        "Le prochain Conseil Affaires étrangères sera consacré à l'Ukraine et au Proche-Orient.\nLa présidence souhaite des conclusions sur le Sahel.",
      facts: [
        "Le Comité politique et de sécurité a arrêté l'ordre du jour du prochain Conseil Affaires étrangères : Ukraine, Proche-Orient et relations avec l'Afrique.",
        "La présidence souhaite faire adopter des conclusions sur le Sahel, sur lesquelles plusieurs États membres ont des réserves.",
      ],
      comment:
        "Le poste recommande de soutenir les conclusions sur le Sahel à condition qu'elles ne préjugent pas de notre dialogue bilatéral avec les autorités de transition.",
      tags: ["pesc", "conseil"],
      countries: [],
      action: ["dgp-due"],
      info: ["dgp-dec", "dgp-anmo"],
    },
    {
      subject: "Union européenne — nouveau paquet de sanctions contre la Russie",
      summary:
        "La Commission propose un nouveau paquet de sanctions.\nDeux États membres réservent leur position.",
      facts: [
        "La Commission et le Haut Représentant ont proposé un nouveau paquet de sanctions visant la flotte fantôme et les importations de gaz naturel liquéfié russe.",
        "Deux États membres ont réservé leur position en invoquant leur sécurité d'approvisionnement.",
      ],
      comment:
        "Un accord paraît possible si la Commission accepte une période de transition sur le gaz naturel liquéfié ; le poste recommande de l'accepter.",
      tags: ["sanctions", "russie"],
      countries: ["RU"],
      action: ["dgp-due", "dgp-dec"],
      info: ["amb-de-berlin", "amb-us-washington"],
    },
    {
      subject: "Union européenne — accord d'association avec le Mercosur",
      summary:
        "La Commission souhaite présenter l'accord avec le Mercosur au Conseil.\nLa minorité de blocage reste incertaine.",
      facts: [
        "La Commission a indiqué son intention de présenter l'accord d'association avec le Mercosur au Conseil avant la fin du semestre.",
        "Plusieurs États membres partagent nos préoccupations agricoles, mais la constitution d'une minorité de blocage reste incertaine.",
      ],
      comment:
        "Le poste recommande d'obtenir au plus vite le soutien explicite de deux États membres supplémentaires.",
      tags: ["commerce", "mercosur"],
      countries: ["AR", "BR", "UY", "PY"],
      action: ["dgp-due", "dgm-deeit"],
      info: ["dgp-amc"],
    },
    {
      subject: "Union européenne — mise en œuvre du pacte sur la migration et l'asile",
      summary:
        "Les États membres préparent l'entrée en application du pacte sur la migration et l'asile.\nLe mécanisme de solidarité reste contesté.",
      facts: [
        "La Commission a présenté son plan de mise en œuvre commun du pacte sur la migration et l'asile.",
        "Plusieurs États membres refusent toujours de participer au mécanisme de solidarité, qu'ils jugent contraignant.",
      ],
      comment:
        "Le poste estime que l'application effective du mécanisme de solidarité dépendra de la capacité de la Commission à engager des procédures d'infraction.",
      tags: ["migrations", "asile"],
      countries: [],
      action: ["dgp-due"],
      info: [],
    },
  ],
};

const AFRICA_DIRECTORATE: Origin = {
  unit: "dgp-afr",
  frames: CENTRAL_FRAMES,
  note: {
    senderEntity: "Le ministère de l'Europe et des Affaires étrangères",
    recipientEntity: "l'Ambassade de la République du Sénégal en France",
    place: "Paris",
  },
  noteLanguages: ["fr"],
  topics: [
    {
      subject: "Sahel — préparation de la réunion des partenaires",
      summary:
        "Une réunion des partenaires du Sahel se tiendra à Paris.\nLes postes de la région sont invités à contribuer.",
      facts: [
        "Une réunion des partenaires internationaux du Sahel se tiendra à Paris le mois prochain, au niveau des directeurs.",
        "Elle portera sur la situation humanitaire, la sécurité des axes de circulation et le maintien d'un dialogue avec les autorités de transition.",
      ],
      comment:
        "Le Département souhaite que les postes évaluent la disposition des autorités à accepter un dialogue technique sur l'accès humanitaire.",
      tags: ["sahel", "coordination"],
      countries: ["ML", "TD", "NE"],
      action: ["amb-ml-bamako"],
      info: ["amb-sn-dakar", "amb-td-n-djamena"],
      community: "sahel",
    },
    {
      subject: "Afrique de l'Ouest — relations avec la CEDEAO",
      summary:
        "La CEDEAO redéfinit sa relation avec les pays de l'Alliance des États du Sahel.\nLe Département arrête la ligne à tenir.",
      facts: [
        "La Commission de la CEDEAO a engagé des discussions avec les pays de l'Alliance des États du Sahel sur les modalités de leur retrait.",
        "La France soutient le rôle de la CEDEAO et l'intégration régionale, sans se substituer aux choix des États de la région.",
      ],
      comment:
        "Il convient d'éviter toute expression publique qui pourrait être interprétée comme une ingérence dans ces discussions.",
      tags: ["cedeao", "afrique-de-l-ouest"],
      countries: ["SN", "CI", "NG"],
      action: ["amb-sn-dakar"],
      info: ["amb-ci-abidjan", "amb-ng-abuja"],
    },
    {
      subject: "Tchad — préparation de la visite du ministre délégué",
      summary:
        "Le ministre délégué se rendra à N'Djamena le mois prochain.\nLe Département sollicite un projet de programme.",
      facts: [
        "Le ministre délégué chargé de la Francophonie et des Partenariats internationaux se rendra à N'Djamena le mois prochain.",
        "La visite portera sur l'aide aux réfugiés soudanais dans l'est du pays et sur la coopération éducative.",
      ],
      comment:
        "Le Département souhaite que la question de la présence militaire française ne soit pas abordée publiquement pendant la visite.",
      tags: ["visite", "réfugiés"],
      countries: ["TD", "SD"],
      action: ["amb-td-n-djamena"],
      info: ["dgp-asd"],
    },
    {
      subject: "Afrique — veille économique des postes",
      summary:
        "Le Département lance la veille économique trimestrielle des postes d'Afrique.\nLes contributions sont attendues sous quinzaine.",
      facts: [
        "Le Département lance l'exercice trimestriel de veille économique des postes d'Afrique subsaharienne, en lien avec la direction générale du Trésor.",
        "Les contributions porteront sur la dette, l'inflation, les grands projets d'infrastructure et la présence des entreprises françaises.",
      ],
      comment:
        "Les postes voudront bien signaler en particulier les marchés sur lesquels nos entreprises sont en concurrence directe avec des entreprises chinoises ou turques.",
      tags: ["économie", "afrique"],
      countries: ["ZA", "NG", "CI"],
      action: ["amb-za-pretoria", "amb-ng-abuja", "amb-ci-abidjan"],
      info: ["dgm-deeit"],
      community: "reseau-afrique-veille-economique",
    },
  ],
};

const ORIGINS = [
  WASHINGTON,
  AMERICAS_DIRECTORATE,
  BERLIN,
  LONDON,
  DAKAR,
  BAMAKO,
  KYIV,
  NEW_YORK_CONSULATE,
  UN_NEW_YORK,
  EU_BRUSSELS,
  AFRICA_DIRECTORATE,
] as const;

/** Which unit writes the n-th document: Washington eight times in twenty, the others in turn. */
const ORIGIN_CYCLE: readonly Origin[] = [
  WASHINGTON,
  AMERICAS_DIRECTORATE,
  WASHINGTON,
  UN_NEW_YORK,
  BERLIN,
  WASHINGTON,
  DAKAR,
  BAMAKO,
  WASHINGTON,
  LONDON,
  EU_BRUSSELS,
  WASHINGTON,
  KYIV,
  AFRICA_DIRECTORATE,
  WASHINGTON,
  NEW_YORK_CONSULATE,
  WASHINGTON,
  BERLIN,
  DAKAR,
  WASHINGTON,
];

/** The persona who drafts (and handles) for a unit, where the demo has one. */
const PERSONA_OF_UNIT: Readonly<Record<string, string>> = {
  "amb-us-washington": "redacteur.washington@demo.diplomatie.fr",
  "dgp-amc": "agent.amerique@demo.diplomatie.fr",
  "amb-de-berlin": "agent.berlin@demo.diplomatie.fr",
  "dgp-afr": "cm.afrique@demo.diplomatie.fr",
};

/** What a directorate answers to a post, and a post to a directorate. */
const ANSWERS = {
  central: {
    summary: "Le Département remercie le poste pour ses éléments.\nIl précise la suite à donner.",
    opening:
      "Le Département a pris connaissance avec intérêt de votre correspondance en référence, dont les éléments ont été repris dans la note adressée au cabinet du ministre.",
    instructions: [
      "Vous voudrez bien poursuivre vos contacts avec vos interlocuteurs habituels et rendre compte de toute évolution significative.",
      "Vous voudrez bien faire valoir auprès des autorités la position française, telle que le ministre l'a rappelée lors de son dernier entretien avec son homologue.",
      "Vous voudrez bien vous rapprocher de nos partenaires européens sur place afin d'harmoniser nos messages.",
      "Vous voudrez bien transmettre au Département, avant la date indiquée, une appréciation actualisée de la situation.",
      "Vous voudrez bien préparer, avec les services de l'ambassade, un projet de programme et une liste d'interlocuteurs.",
    ],
  },
  post: {
    summary:
      "Le poste a effectué la démarche demandée.\nNos interlocuteurs ont pris bonne note de la position française.",
    opening:
      "Conformément à vos instructions, le poste a effectué la démarche demandée auprès des autorités compétentes.",
    instructions: [
      "Nos interlocuteurs ont pris bonne note de la position française et se sont engagés à la relayer au plus haut niveau.",
      "Les autorités ont indiqué qu'une réponse formelle nous serait adressée dans les prochains jours ; le poste en rendra compte.",
      "Nos interlocuteurs ont fait part de leur compréhension, tout en soulignant les contraintes de politique intérieure qui pèsent sur ce dossier.",
      "La démarche a été effectuée conjointement avec nos partenaires européens, dont les messages convergent avec les nôtres.",
    ],
  },
} as const;

const CLOSE_COMMENTS: readonly string[] = [
  "Traité : éléments repris dans la note au cabinet du ministre.",
  "Pris en compte dans la préparation de l'entretien du ministre.",
  "Sans suite : la question a été réglée entre-temps.",
  "Traité par un échange avec le poste lors de la visioconférence hebdomadaire.",
  "Classé après lecture : aucune action supplémentaire n'est requise de la direction.",
];

const RETURN_COMMENT =
  "Merci de sourcer le paragraphe 3 et d'alléger le résumé avant que je le présente à l'ambassadeur.";

// ---------------------------------------------------------------------------------------------
// The plan: pure index arithmetic, no database
// ---------------------------------------------------------------------------------------------

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How many documents the posts and directorates write (answers come on top). */
const DEMO_ORIGINALS = 264;
const SPAN_DAYS = 90;

/** Element at index modulo the length (the arrays above are fixed and never empty). */
function cycle<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error("demo-correspondence: empty list");
  return item;
}

const isoDate = (at: Date) => at.toISOString().slice(0, 10);

/** « Commentaire : le poste … »: the assessments never start with a proper noun. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** One document a unit writes, with everything decided except the database ids. */
interface PlannedDocument {
  index: number;
  origin: Origin;
  topic: Topic;
  frame: Frame;
  /** Position among its origin's documents. */
  rank: number;
  kind: CorrespondenceKind;
  precedence: Precedence;
  marking: Marking;
  /** Signature, hence dispatch. */
  at: Date;
  deadline: string | null;
  visas: number;
  /** An earlier document of the same unit on the same topic that this one follows up. */
  follows: number | null;
  /** Whether the first action addressee answers it (then perhaps is answered back). */
  answered: boolean;
}

function kindOf(index: number): CorrespondenceKind {
  if (index % 8 === 3) return "note";
  if (index % 8 === 6) return "formal_email";
  return "telegram";
}

function precedenceOf(index: number, kind: CorrespondenceKind, topic: Topic): Precedence {
  if (kind === "telegram" && topic.urgency !== undefined && index % 7 === 4) return "flash";
  const slot = (index * 7 + 3) % 20;
  if (slot < 2) return "immediate";
  if (slot < 8) return "priority";
  return "routine";
}

function markingOf(index: number, kind: CorrespondenceKind): Marking {
  if (kind === "note") return "NP"; // a note verbale goes to a foreign government
  const slot = (index * 11 + 5) % 20;
  if (slot === 0) return kind === "telegram" ? "DR-SF" : "DR";
  if (slot <= 8) return "DR";
  return "NP";
}

const DEADLINE_DAYS: Record<Precedence, number> = {
  flash: 1,
  immediate: 2,
  priority: 5,
  routine: 10,
};

/** Units that draft and sign here, hence can answer what they receive for action. */
const ANSWERING_UNITS = new Set<string>(ORIGINS.map((o) => o.unit));

/** The documents of the demo, oldest first, spread evenly over the last ninety days. */
function planDocuments(now: Date, count = DEMO_ORIGINALS): PlannedDocument[] {
  const start = now.getTime() - SPAN_DAYS * DAY;
  const step = ((SPAN_DAYS - 1) * DAY) / count;
  const ranks = new Map<Origin, number>();
  const lastOnTopic = new Map<Topic, number>();
  let answerableSeen = 0;
  const plans: PlannedDocument[] = [];
  for (let index = 0; index < count; index += 1) {
    const origin = cycle(ORIGIN_CYCLE, index);
    const rank = ranks.get(origin) ?? 0;
    ranks.set(origin, rank + 1);
    const topic = cycle(origin.topics, rank);
    // Each topic meets every frame before any (topic, frame) pair repeats.
    const frame = cycle(
      origin.frames,
      Math.floor(rank / origin.topics.length) + (rank % origin.topics.length),
    );
    const kind = kindOf(index);
    const precedence = precedenceOf(index, kind, topic);
    const at = new Date(start + index * step + ((index * 37) % 60) * MINUTE);
    const deadline =
      topic.action.length > 0
        ? isoDate(new Date(at.getTime() + (DEADLINE_DAYS[precedence] + (index % 5)) * DAY))
        : null;
    const ageDays = (now.getTime() - at.getTime()) / DAY;
    const firstAction = topic.action[0];
    const answerable =
      kind === "telegram" &&
      ageDays > 4 &&
      firstAction !== undefined &&
      ANSWERING_UNITS.has(firstAction);
    // One answerable telegram in three is answered.
    if (answerable) answerableSeen += 1;
    const answered = answerable && answerableSeen % 3 === 1;
    plans.push({
      index,
      origin,
      topic,
      frame,
      rank,
      kind,
      precedence,
      marking: markingOf(index, kind),
      at,
      deadline,
      visas: index % 3,
      follows: frame.tag === "suivi" ? (lastOnTopic.get(topic) ?? null) : null,
      answered,
    });
    lastOnTopic.set(topic, index);
  }
  return plans;
}

/** Free tags of a document: the topic's, then the frame's; at most five. */
function tagsOf(topic: Topic, frame: Frame): string[] {
  return [...new Set([...topic.tags, frame.tag])].slice(0, 5);
}

/** Paragraphs of a planned document, each with its marking (never above the document's). */
function paragraphsOf(plan: PlannedDocument): [Marking, string][] {
  const { topic, frame, marking } = plan;
  // Facts are NP, the assessment carries the document's marking; a DR-SF one keeps its facts DR.
  const factMarking: Marking = marking === "DR-SF" ? "DR" : "NP";
  switch (plan.kind) {
    case "note": {
      const note = cycle(NOTE_TOPICS, plan.rank);
      const language = cycle(plan.origin.noteLanguages, plan.rank);
      return note[language].map((text): [Marking, string] => ["NP", text]);
    }
    case "formal_email": {
      const email = cycle(EMAIL_FRAMES, plan.rank);
      return [
        ["NP", email.intro],
        ["NP", topic.facts[0]],
        [marking, topic.comment],
        ["NP", EMAIL_CLOSING],
      ];
    }
    case "telegram": {
      const paragraphs: [Marking, string][] = [];
      if (plan.precedence === "flash") {
        paragraphs.push(["NP", `Justification de l'urgence : ${topic.urgency ?? ""}`]);
      }
      paragraphs.push(
        ["NP", `${frame.intro} ${topic.facts[0]}`],
        [factMarking, topic.facts[1]],
        // A post comments on what it reports; the Department's instructions speak for themselves.
        [
          marking,
          plan.origin.frames === CENTRAL_FRAMES
            ? topic.comment
            : `Commentaire : ${lowerFirst(topic.comment)}`,
        ],
      );
      return paragraphs;
    }
  }
}

/** Subject, summary and tags of a planned document, by kind. */
function headingOf(plan: PlannedDocument): { subject: string; summary: string; tags: string[] } {
  const { topic, frame } = plan;
  switch (plan.kind) {
    case "note": {
      const note = cycle(NOTE_TOPICS, plan.rank);
      return {
        subject: `Note verbale — ${note.subject} (${plan.origin.note.place})`,
        summary: note.summary,
        tags: [...note.tags],
      };
    }
    case "formal_email": {
      const email = cycle(EMAIL_FRAMES, plan.rank);
      return {
        subject: `${topic.subject} — ${email.label}`,
        summary: topic.summary,
        tags: tagsOf(topic, email),
      };
    }
    case "telegram":
      return {
        subject: `${topic.subject} — ${frame.label}`,
        summary: topic.summary,
        tags: tagsOf(topic, frame),
      };
  }
}

// ---------------------------------------------------------------------------------------------
// The directory: who is who in the seeded database
// ---------------------------------------------------------------------------------------------

interface Member {
  userId: string;
  email: string;
  isPrincipal: boolean;
}

/** Ids of the seeded units, communities and people, and each unit's members and releasers. */
class Directory {
  private readonly subjects = new Map<string, Subject>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: ReadonlyMap<string, string>,
    private readonly communities: ReadonlyMap<string, string>,
    private readonly users: ReadonlyMap<string, string>,
    private readonly members: ReadonlyMap<string, readonly Member[]>,
    private readonly releasers: ReadonlyMap<string, readonly string[]>,
  ) {}

  static async load(db: Kysely<DB>): Promise<Directory> {
    const [unitRows, communityRows, userRows, assignmentRows, roleRows] = await Promise.all([
      db.selectFrom("units").select(["id", "name"]).execute(),
      db.selectFrom("communities").select(["id", "name"]).execute(),
      db.selectFrom("users").select(["id", "email", "sort_key"]).execute(),
      db
        .selectFrom("assignments")
        .select(["user_id", "unit_id", "is_principal"])
        .where("ends_on", "is", null)
        .execute(),
      db
        .selectFrom("user_roles")
        .select(["user_id", "unit_id"])
        .where("role", "=", "releaser")
        .execute(),
    ]);
    // Units and communities have no natural key in the database: their names are unique in the demo.
    const unitIdByName = new Map(unitRows.map((u) => [u.name, u.id]));
    const units = new Map<string, string>();
    for (const u of DEMO_UNITS) {
      const id = unitIdByName.get(u.name);
      if (id) units.set(u.key, id);
    }
    const communityIdByName = new Map(communityRows.map((c) => [c.name, c.id]));
    const communities = new Map<string, string>();
    for (const c of DEMO_COMMUNITIES) {
      const id = communityIdByName.get(c.name);
      if (id) communities.set(c.key, id);
    }
    const users = new Map(userRows.map((u) => [u.email, u.id]));
    const byId = new Map(userRows.map((u) => [u.id, u]));
    const members = new Map<string, Member[]>();
    for (const a of assignmentRows) {
      const user = byId.get(a.user_id);
      if (!user) continue;
      const list = members.get(a.unit_id) ?? [];
      list.push({ userId: user.id, email: user.email, isPrincipal: a.is_principal === 1 });
      members.set(a.unit_id, list);
    }
    for (const list of members.values()) {
      list.sort((a, b) => {
        if (a.isPrincipal !== b.isPrincipal) return a.isPrincipal ? -1 : 1;
        const keyA = byId.get(a.userId)?.sort_key ?? "";
        const keyB = byId.get(b.userId)?.sort_key ?? "";
        return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
      });
    }
    const releasers = new Map<string, string[]>();
    for (const r of roleRows) {
      if (r.unit_id === null) continue;
      releasers.set(r.unit_id, [...(releasers.get(r.unit_id) ?? []), r.user_id]);
    }
    return new Directory(db, units, communities, users, members, releasers);
  }

  unitId(key: string): string {
    const id = this.units.get(key);
    if (!id) throw new Error(`demo-correspondence: unknown unit ${key}`);
    return id;
  }

  communityId(key: string): string {
    const id = this.communities.get(key);
    if (!id) throw new Error(`demo-correspondence: unknown community ${key}`);
    return id;
  }

  emailOf(userId: string): string {
    for (const [email, id] of this.users) if (id === userId) return email;
    throw new Error(`demo-correspondence: unknown user ${userId}`);
  }

  /** The policy's view of a user, loaded once. */
  async subject(userId: string): Promise<Subject> {
    const known = this.subjects.get(userId);
    if (known) return known;
    // The seed writes as its personas would, each with a two-factor session.
    const loaded = await loadSignedInUser(this.db, userId, { mfa: true });
    if (!loaded) throw new Error(`demo-correspondence: user ${userId} is not active`);
    this.subjects.set(userId, loaded.subject);
    return loaded.subject;
  }

  async subjectByEmail(email: string): Promise<Subject> {
    const id = this.users.get(email);
    if (!id) throw new Error(`demo-correspondence: unknown user ${email}`);
    return this.subject(id);
  }

  /** The unit's releaser who may read anything (a French agent cleared DR), if any. */
  async signerOf(unitKey: string): Promise<Subject | undefined> {
    for (const userId of this.releasers.get(this.unitId(unitKey)) ?? []) {
      const subject = await this.subject(userId);
      if (isFullyCleared(subject) && subject.unitIds.includes(this.unitId(unitKey))) return subject;
    }
    return undefined;
  }

  /**
   * The unit's agents who may write and read anything it receives, its persona first, then
   * its principal members alphabetically; releasers excluded (they sign).
   */
  async writersOf(unitKey: string): Promise<Subject[]> {
    const unitId = this.unitId(unitKey);
    const persona = PERSONA_OF_UNIT[unitKey];
    const list = [...(this.members.get(unitId) ?? [])].sort((a, b) =>
      a.email === persona ? -1 : b.email === persona ? 1 : 0,
    );
    const writers: Subject[] = [];
    for (const member of list) {
      const subject = await this.subject(member.userId);
      if (isFullyCleared(subject) && !hasRole(subject, "releaser", unitId)) writers.push(subject);
    }
    return writers;
  }
}

/** Cleared DR and French: may read DR-SF. */
const isFullyCleared = (s: Subject) => s.clearance === "DR" && s.nationality === "FR";

const actorOf = (s: Subject): Actor => ({ userId: s.userId, ip: null });

// ---------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------

/** What the demo correspondence holds once seeded. */
export interface DemoCorrespondenceCounts {
  dispatched: number;
  answers: number;
  drafts: number;
  inCircuit: number;
  byKind: Record<string, number>;
  byPrecedence: Record<string, number>;
  byMarking: Record<string, number>;
  handling: Record<string, number>;
}

/** The content of a draft, from unit and community keys. */
interface ContentSpec {
  subject: string;
  summary: string;
  precedence: Precedence;
  marking: Marking;
  tags: readonly string[];
  countries: readonly string[];
  paragraphs: readonly (readonly [Marking, string])[];
  action: readonly string[];
  /** People addressed for action instead of the action units (an e-mail goes to people). */
  actionUsers?: readonly string[];
  info: readonly string[];
  community?: string | undefined;
  deadline: string | null;
  references?: readonly string[];
  note?: DraftContent["note"];
  email?: DraftContent["email"];
}

function draftContent(dir: Directory, spec: ContentSpec): DraftContent {
  const forAction: DraftContent["addressees"] =
    spec.actionUsers && spec.actionUsers.length > 0
      ? spec.actionUsers.map((id) => ({ type: "user", id, mode: "action" }))
      : spec.action.map((key) => ({ type: "unit", id: dir.unitId(key), mode: "action" }));
  const addressees: DraftContent["addressees"] = [
    ...forAction,
    ...spec.info
      .filter((key) => !spec.action.includes(key))
      .map((key) => ({ type: "unit" as const, id: dir.unitId(key), mode: "info" as const })),
  ];
  if (spec.community) {
    addressees.push({ type: "community", id: dir.communityId(spec.community), mode: "info" });
  }
  return {
    subject: spec.subject,
    summary: spec.summary,
    precedence: spec.precedence,
    marking: spec.marking,
    tags: [...spec.tags],
    countryTags: [...spec.countries],
    references: [...(spec.references ?? [])],
    paragraphs: spec.paragraphs.map(([marking, text]) => ({ marking, text })),
    addressees,
    actionDeadline: forAction.length > 0 ? spec.deadline : null,
    note: spec.note ?? null,
    email: spec.email ?? null,
  };
}

/**
 * Gives a new draft the date it was written: the services stamp creation with the clock, while
 * the demo spreads its documents over ninety days. Done before the signature, so the record copy
 * carries the same date.
 */
async function backdateDraft(db: Kysely<DB>, id: string, at: Date) {
  const iso = at.toISOString();
  await db
    .updateTable("correspondences")
    .set({ created_at: iso, updated_at: iso })
    .where("id", "=", id)
    .execute();
  await db
    .updateTable("correspondence_versions")
    .set({ created_at: iso })
    .where("correspondence_id", "=", id)
    .execute();
}

/** Same for the handling of an action distribution (acknowledged, closed). */
async function backdateHandling(
  db: Kysely<DB>,
  correspondenceId: string,
  addressee: { type: "unit" | "user"; id: string },
  at: { acknowledged: Date; closed?: Date },
) {
  await db
    .updateTable("distributions")
    .set({
      acknowledged_at: at.acknowledged.toISOString(),
      ...(at.closed ? { closed_at: at.closed.toISOString() } : {}),
    })
    .where("correspondence_id", "=", correspondenceId)
    .where("addressee_type", "=", addressee.type)
    .where("addressee_id", "=", addressee.id)
    .where("mode", "=", "action")
    .execute();
}

/** Submits a draft with its visas, has each visa approved, and signs it at `at`. */
async function clearAndSign(
  db: Kysely<DB>,
  id: string,
  people: { drafter: Subject; visas: readonly Subject[]; signer: Subject },
  marking: Marking,
  at: Date,
) {
  const { drafter, visas, signer } = people;
  const submittedAt = new Date(at.getTime() - (visas.length + 1) * HOUR);
  await submitForClearance(
    db,
    drafter,
    actorOf(drafter),
    id,
    { visas: visas.map((v) => ({ userId: v.userId })), signerId: signer.userId },
    submittedAt,
  );
  for (const [n, visa] of visas.entries()) {
    const step = await findPendingStep(db, id);
    if (!step) throw new Error("demo-correspondence: no pending visa step");
    await decideClearanceStep(
      db,
      visa,
      actorOf(visa),
      id,
      step.id,
      { decision: "approve" },
      new Date(submittedAt.getTime() + (n + 1) * HOUR - 10 * MINUTE),
    );
  }
  // A DR document addressed to units with uncleared members (a trainee, local staff for DR-SF)
  // is signed knowing they will not receive it, as the drafter would confirm in the editor.
  await signCorrespondence(
    db,
    signer,
    actorOf(signer),
    id,
    { confirmExclusions: marking !== "NP" },
    at,
  );
}

/** Who writes, clears and signs for a unit; undefined if the unit cannot sign anything. */
async function teamOf(dir: Directory, unitKey: string, rank: number, visaCount: number) {
  const writers = await dir.writersOf(unitKey);
  const signer = await dir.signerOf(unitKey);
  if (!signer || writers.length === 0) return undefined;
  // The persona drafts everything for their unit; elsewhere the agents take turns.
  const drafter = PERSONA_OF_UNIT[unitKey] ? writers[0] : cycle(writers, rank);
  if (!drafter) return undefined;
  const others = writers.filter((w) => w.userId !== drafter.userId);
  const visas = others.length === 0 ? [] : [0, 1].map((n) => cycle(others, rank + n));
  return { drafter, visas: [...new Set(visas)].slice(0, visaCount), signer };
}

interface Seeding {
  db: Kysely<DB>;
  dir: Directory;
  now: Date;
  counts: DemoCorrespondenceCounts;
}

/** Writes, clears and dispatches a planned document; returns its id. */
async function dispatchPlanned(s: Seeding, plan: PlannedDocument, ids: Map<number, string>) {
  const team = await teamOf(s.dir, plan.origin.unit, plan.rank, plan.visas);
  if (!team) throw new Error(`demo-correspondence: ${plan.origin.unit} cannot sign`);
  const heading = headingOf(plan);
  const followed = plan.follows === null ? undefined : ids.get(plan.follows);
  const language = cycle(plan.origin.noteLanguages, plan.rank);
  const actionUnits = plan.topic.action;
  // An e-mail goes to the agents who handle the matter in the action units, for action.
  const recipients: Subject[] = [];
  if (plan.kind === "formal_email") {
    for (const key of actionUnits) {
      const handler = (await s.dir.writersOf(key))[0];
      if (handler) recipients.push(handler);
    }
  }
  const content = draftContent(s.dir, {
    ...heading,
    precedence: plan.precedence,
    marking: plan.marking,
    countries: plan.topic.countries,
    paragraphs: paragraphsOf(plan),
    action: actionUnits,
    actionUsers: recipients.map((r) => r.userId),
    // Every third document from the Americas also goes to the embassy in Berlin, for information.
    info:
      plan.origin === WASHINGTON && plan.index % 3 === 0
        ? [...plan.topic.info, "amb-de-berlin"].filter((k, i, all) => all.indexOf(k) === i)
        : plan.topic.info,
    community: plan.topic.community,
    deadline: plan.deadline,
    references: followed ? [followed] : [],
    note: plan.kind === "note" ? { ...plan.origin.note, language } : null,
    email:
      plan.kind === "formal_email"
        ? {
            to:
              recipients.length > 0
                ? recipients.map((r) => s.dir.emailOf(r.userId))
                : [s.dir.emailOf(team.signer.userId)],
            cc: [s.dir.emailOf(team.signer.userId)],
          }
        : null,
  });
  const id = await createCorrespondence(s.db, team.drafter, actorOf(team.drafter), {
    kind: plan.kind,
    originUnitId: s.dir.unitId(plan.origin.unit),
    content,
  });
  await backdateDraft(s.db, id, new Date(plan.at.getTime() - (6 + (plan.index % 20)) * HOUR));
  await clearAndSign(s.db, id, team, plan.marking, plan.at);
  s.counts.dispatched += 1;
  const addressees: ActionAddressee[] =
    recipients.length > 0
      ? recipients.map((subject) => ({ type: "user", subject }))
      : actionUnits.map((key) => ({ type: "unit", key }));
  return { id, addressees };
}

type HandlingOutcome = "new" | "acknowledged" | "assigned" | "closed";

/** What became of an action older documents received: mostly handled; recent ones wait. */
function handlingOutcome(index: number, ageDays: number): HandlingOutcome {
  const slot = index % 10;
  if (ageDays > 30) {
    if (slot <= 5) return "closed";
    if (slot <= 7) return "assigned";
    return slot === 8 ? "acknowledged" : "new";
  }
  if (ageDays > 10) {
    if (slot <= 2) return "closed";
    if (slot <= 5) return "assigned";
    return slot <= 7 ? "acknowledged" : "new";
  }
  if (slot === 0) return "acknowledged";
  return slot === 1 ? "assigned" : "new";
}

/** An action addressee: a unit (handled by its agents) or a person. */
type ActionAddressee = { type: "unit"; key: string } | { type: "user"; subject: Subject };

/** Acknowledges, assigns or closes the action of one addressee as the outcome says. */
async function handleAction(
  s: Seeding,
  id: string,
  addressee: ActionAddressee,
  outcome: HandlingOutcome,
  dispatchedAt: Date,
  index: number,
) {
  if (outcome === "new") return;
  const writers =
    addressee.type === "unit" ? await s.dir.writersOf(addressee.key) : [addressee.subject];
  const handler = writers[0];
  if (!handler) return; // a post without agents in the demo: the action waits
  await acknowledge(s.db, handler, actorOf(handler), id);
  const acknowledged = new Date(dispatchedAt.getTime() + (1 + (index % 6)) * HOUR);
  let closed: Date | undefined;
  if (outcome === "assigned" && addressee.type === "unit") {
    // The head of the unit hands it to the agent; without a head, the agent to a colleague.
    const head = await s.dir.signerOf(addressee.key);
    const assigner = head ?? handler;
    const assignee = head ? handler : writers[1];
    if (assignee) {
      await assignAction(s.db, assigner, actorOf(assigner), id, { userId: assignee.userId });
    }
  } else if (outcome === "closed") {
    await closeAction(s.db, handler, actorOf(handler), id, {
      comment: cycle(CLOSE_COMMENTS, index),
    });
    closed = new Date(dispatchedAt.getTime() + (2 + (index % 5)) * DAY);
  }
  const addresseeId =
    addressee.type === "unit" ? s.dir.unitId(addressee.key) : addressee.subject.userId;
  await backdateHandling(
    s.db,
    id,
    { type: addressee.type, id: addresseeId },
    {
      acknowledged,
      closed,
    },
  );
  s.counts.handling[outcome] = (s.counts.handling[outcome] ?? 0) + 1;
}

/** An answer to write: to which planned document (or to its answer), and when. */
interface PlannedAnswer {
  at: Date;
  original: PlannedDocument;
  /** 1: the action addressee answers the original; 2: its author answers that answer back. */
  depth: 1 | 2;
}

/** Answers `repliedId` as the writer of `unitKey`, then has the answer cleared and signed. */
async function answer(
  s: Seeding,
  repliedId: string,
  unitKey: string,
  plan: PlannedDocument,
  at: Date,
  n: number,
) {
  const team = await teamOf(s.dir, unitKey, n, n % 2);
  if (!team) return undefined;
  const isPost = DEMO_UNITS.some((u) => u.key === unitKey && isPostKind(u.kind));
  const text = isPost ? ANSWERS.post : ANSWERS.central;
  const urgent = plan.precedence === "flash" || plan.precedence === "immediate";
  const answerId = await replyToCorrespondence(
    s.db,
    team.drafter,
    actorOf(team.drafter),
    repliedId,
    {
      originUnitId: s.dir.unitId(unitKey),
      kind: "telegram",
      content: {
        summary: text.summary,
        precedence: urgent ? "immediate" : n % 2 === 0 ? "priority" : "routine",
        paragraphs: [
          { marking: "NP", text: text.opening },
          { marking: plan.marking, text: cycle(text.instructions, n) },
        ],
        actionDeadline: isoDate(new Date(at.getTime() + (urgent ? 2 : 7) * DAY)),
      },
    },
  );
  await backdateDraft(s.db, answerId, new Date(at.getTime() - 3 * HOUR));
  // Answering acknowledges an action not yet acknowledged: at the time of writing, not today.
  await s.db
    .updateTable("distributions")
    .set({ acknowledged_at: new Date(at.getTime() - 4 * HOUR).toISOString() })
    .where("correspondence_id", "=", repliedId)
    .where("answer_id", "=", answerId)
    .where("acknowledged_at", ">", at.toISOString())
    .execute();
  await clearAndSign(s.db, answerId, team, plan.marking, at);
  s.counts.dispatched += 1;
  s.counts.answers += 1;
  return answerId;
}

/**
 * Loads the demo correspondence into a database holding the demo ministry: about 300
 * dispatched documents of every kind, precedence and marking over the ninety days before `now`,
 * with threads and handled actions, plus drafts and documents waiting in their circuit.
 */
export async function seedDemoCorrespondence(
  db: Kysely<DB>,
  now: Date = new Date(),
): Promise<DemoCorrespondenceCounts> {
  const dir = await Directory.load(db);
  const s: Seeding = {
    db,
    dir,
    now,
    counts: {
      dispatched: 0,
      answers: 0,
      drafts: 0,
      inCircuit: 0,
      byKind: {},
      byPrecedence: {},
      byMarking: {},
      handling: {},
    },
  };
  const plans = planDocuments(now);

  // Answers come a few hours to two days after what they answer; some are answered back.
  const answers: PlannedAnswer[] = [];
  for (const plan of plans.filter((p) => p.answered)) {
    const first = new Date(plan.at.getTime() + (5 + (plan.index % 5) * 9) * HOUR);
    answers.push({ at: first, original: plan, depth: 1 });
    if (answers.length % 5 === 1) {
      answers.push({ at: new Date(first.getTime() + 20 * HOUR), original: plan, depth: 2 });
    }
  }
  type Event = { at: Date; plan: PlannedDocument } | PlannedAnswer;
  const events: Event[] = [...plans.map((plan) => ({ at: plan.at, plan })), ...answers].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );

  const ids = new Map<number, string>();
  const answerIds = new Map<number, string>();
  let answerCount = 0;
  for (const event of events) {
    if ("plan" in event) {
      const { plan } = event;
      const { id, addressees } = await dispatchPlanned(s, plan, ids);
      ids.set(plan.index, id);
      const ageDays = (now.getTime() - plan.at.getTime()) / DAY;
      for (const [n, addressee] of addressees.entries()) {
        if (plan.answered && n === 0) {
          if (plan.index % 2 === 0) {
            await handleAction(s, id, addressee, "acknowledged", plan.at, plan.index);
          }
          continue;
        }
        // Only the first unit's head assigns: other addressees acknowledge, or close.
        const outcome = handlingOutcome(plan.index + n, ageDays);
        const assigns = n === 0 && addressee.type === "unit";
        await handleAction(
          s,
          id,
          addressee,
          outcome === "assigned" && !assigns ? "acknowledged" : outcome,
          plan.at,
          plan.index,
        );
      }
      continue;
    }
    const { original, depth } = event;
    const originalId = ids.get(original.index);
    const firstAction = original.topic.action[0];
    if (!originalId || !firstAction) continue;
    answerCount += 1;
    if (depth === 1) {
      const answerId = await answer(s, originalId, firstAction, original, event.at, answerCount);
      if (answerId) answerIds.set(original.index, answerId);
      // Older answered actions were closed once the answer left.
      if (answerId && (now.getTime() - event.at.getTime()) / DAY > 30 && answerCount % 2 === 0) {
        const handler = (await dir.writersOf(firstAction))[0];
        if (handler) {
          await closeAction(db, handler, actorOf(handler), originalId, {
            comment: "Réponse adressée par télégramme.",
          });
          await db
            .updateTable("distributions")
            .set({ closed_at: new Date(event.at.getTime() + DAY).toISOString() })
            .where("correspondence_id", "=", originalId)
            .where("answer_id", "=", answerId)
            .execute();
          s.counts.handling.closed = (s.counts.handling.closed ?? 0) + 1;
        }
      }
      continue;
    }
    const firstAnswer = answerIds.get(original.index);
    if (firstAnswer) {
      await answer(s, firstAnswer, original.origin.unit, original, event.at, answerCount);
    }
  }

  await seedWorkInProgress(s);
  await countDispatched(s);
  return s.counts;
}

// ---------------------------------------------------------------------------------------------
// Work in progress: drafts, a returned draft, documents waiting for a visa or a signature
// ---------------------------------------------------------------------------------------------

type Stage = "draft" | "returned" | "awaiting_visa" | "awaiting_signature";

interface WorkItem {
  unit: string;
  kind: CorrespondenceKind;
  stage: Stage;
  /** How long ago the draft was started. */
  hoursAgo: number;
  /** Visa steps of its circuit (none for a plain draft). */
  visas: number;
  /** The drafter, when not the unit's persona or first agent. */
  drafterEmail?: string;
  content: Omit<ContentSpec, "deadline"> & { deadlineDays: number | null };
  /** A second version replaces the last paragraph with this text. */
  revision?: string;
}

const WORK_IN_PROGRESS: readonly WorkItem[] = [
  {
    unit: "amb-us-washington",
    kind: "telegram",
    stage: "draft",
    hoursAgo: 5,
    visas: 0,
    content: {
      subject:
        "États-Unis — audition du secrétaire au Trésor devant la commission des finances du Sénat",
      summary:
        "Le secrétaire au Trésor a défendu la politique commerciale de l'administration.\nIl a évoqué l'Union européenne à plusieurs reprises.",
      precedence: "priority",
      marking: "DR",
      tags: ["commerce", "congrès", "trésor"],
      countries: ["US"],
      paragraphs: [
        [
          "NP",
          "Le secrétaire au Trésor a été entendu pendant trois heures par la commission des finances du Sénat sur la politique commerciale de l'administration.",
        ],
        [
          "DR",
          "Commentaire : le ton employé à l'égard de l'Union européenne laisse présager un durcissement avant la fin de la consultation sur les surtaxes.",
        ],
      ],
      action: ["dgp-amc"],
      info: ["dgm-deeit"],
      deadlineDays: 7,
    },
    revision:
      "Commentaire : le ton employé à l'égard de l'Union européenne, plus dur que lors de sa précédente audition, laisse présager un durcissement avant la fin de la consultation sur les surtaxes.",
  },
  {
    unit: "amb-us-washington",
    kind: "note",
    stage: "draft",
    hoursAgo: 26,
    visas: 0,
    content: {
      subject: "Note verbale — facilités pour une délégation parlementaire (Washington)",
      summary: "Demande de facilités pour la délégation de la commission des affaires étrangères.",
      precedence: "routine",
      marking: "NP",
      tags: ["parlement", "protocole"],
      countries: ["US"],
      paragraphs: [
        [
          "NP",
          "l'informer de la visite à Washington d'une délégation de la commission des affaires étrangères de l'Assemblée nationale, et de solliciter les facilités d'usage pour ses entretiens au Congrès.",
        ],
        ["NP", "Le programme prévisionnel de la délégation est joint à la présente note."],
      ],
      action: ["dgp-amc"],
      info: [],
      deadlineDays: 10,
      note: {
        senderEntity: "L'Ambassade de France aux États-Unis",
        recipientEntity: "le Département d'État",
        place: "Washington",
        language: "fr",
      },
    },
  },
  {
    unit: "amb-us-washington",
    kind: "telegram",
    stage: "returned",
    hoursAgo: 30,
    visas: 1,
    content: {
      subject: "États-Unis — perspectives des élections de mi-mandat",
      summary:
        "Les sondages annoncent une bataille serrée pour le contrôle du Congrès.\nLe poste analyse les conséquences pour la relation transatlantique.",
      precedence: "routine",
      marking: "DR",
      tags: ["élections", "congrès", "analyse"],
      countries: ["US"],
      paragraphs: [
        [
          "NP",
          "À quelques mois des élections de mi-mandat, les instituts de sondage annoncent une bataille serrée pour le contrôle des deux chambres.",
        ],
        [
          "NP",
          "Les thèmes dominants de la campagne sont le coût de la vie, l'immigration et la politique commerciale.",
        ],
        [
          "DR",
          "Commentaire : une majorité hostile à la Chambre compliquerait l'adoption de toute nouvelle aide à l'Ukraine.",
        ],
      ],
      action: ["dgp-amc"],
      info: ["amb-de-berlin"],
      deadlineDays: 14,
    },
    revision:
      "Commentaire : selon plusieurs élus rencontrés par le poste, une majorité hostile à la Chambre compliquerait l'adoption de toute nouvelle aide à l'Ukraine.",
  },
  {
    unit: "amb-us-washington",
    kind: "telegram",
    stage: "awaiting_visa",
    hoursAgo: 20,
    visas: 2,
    content: {
      subject: "États-Unis — négociation d'un accord sur les minerais critiques",
      summary:
        "Washington propose aux Européens un accord sur les minerais critiques.\nLa Commission est compétente mais les États membres sont consultés.",
      precedence: "priority",
      marking: "DR",
      tags: ["commerce", "minerais-critiques", "industrie"],
      countries: ["US"],
      paragraphs: [
        [
          "NP",
          "Le représentant au Commerce a présenté aux ambassades européennes un projet d'accord sur les minerais critiques, sur le modèle de celui conclu avec le Japon.",
        ],
        [
          "DR",
          "Commentaire : l'administration cherche à obtenir par cet accord l'éligibilité des industriels européens aux crédits d'impôt, sans concession sur les surtaxes.",
        ],
      ],
      action: ["dgp-amc", "dgm-deeit"],
      info: ["rp-ue-bruxelles", "amb-de-berlin"],
      deadlineDays: 5,
    },
  },
  {
    unit: "amb-us-washington",
    kind: "telegram",
    stage: "awaiting_signature",
    hoursAgo: 8,
    visas: 1,
    content: {
      subject: "États-Unis — position sur la taxation des services numériques",
      summary:
        "L'administration menace de mesures de rétorsion les pays qui taxent les services numériques.\nUne enquête commerciale pourrait viser la France.",
      precedence: "immediate",
      marking: "NP",
      tags: ["numérique", "fiscalité", "commerce"],
      countries: ["US"],
      paragraphs: [
        [
          "NP",
          "Le représentant au Commerce a annoncé l'ouverture possible d'enquêtes visant les pays qui appliquent une taxe sur les services numériques.",
        ],
        [
          "NP",
          "La France figure parmi les pays cités, avec l'Italie, l'Espagne et le Royaume-Uni.",
        ],
      ],
      action: ["dgp-amc"],
      info: ["dgm-deeit", "rp-ue-bruxelles"],
      deadlineDays: 2,
    },
  },
  {
    unit: "amb-us-washington",
    kind: "formal_email",
    stage: "awaiting_signature",
    hoursAgo: 4,
    visas: 0,
    content: {
      subject: "Visite du ministre délégué au commerce extérieur — liste des participants",
      summary: "Liste des participants américains à la table ronde avec le ministre délégué.",
      precedence: "routine",
      marking: "NP",
      tags: ["visite", "commerce"],
      countries: ["US"],
      paragraphs: [
        ["NP", "Vous trouverez ci-dessous la liste des participants à la table ronde du 12."],
        [
          "NP",
          "Côté américain : les représentants de quatre fédérations professionnelles et de deux grands groupes industriels ; côté français : les conseillers du commerce extérieur.",
        ],
        ["NP", EMAIL_CLOSING],
      ],
      action: ["dgp-amc"],
      info: [],
      deadlineDays: 5,
      email: {
        to: ["agent.amerique@demo.diplomatie.fr"],
        cc: ["chef.washington@demo.diplomatie.fr"],
      },
    },
  },
  {
    unit: "dgp-amc",
    kind: "telegram",
    stage: "draft",
    hoursAgo: 3,
    visas: 0,
    content: {
      subject: "Canada — éléments pour l'entretien avec l'ambassadeur du Canada",
      summary: "Éléments pour l'entretien du directeur avec l'ambassadeur du Canada.",
      precedence: "routine",
      marking: "NP",
      tags: ["canada", "bilatéral"],
      countries: ["CA"],
      paragraphs: [
        [
          "NP",
          "Le directeur recevra l'ambassadeur du Canada la semaine prochaine ; les sujets attendus sont l'Arctique, les minerais critiques et la coopération en Afrique.",
        ],
      ],
      action: ["amb-ca-ottawa"],
      info: [],
      deadlineDays: 7,
    },
  },
  {
    unit: "dgp-amc",
    kind: "telegram",
    stage: "awaiting_visa",
    hoursAgo: 28,
    visas: 1,
    content: {
      subject: "Amérique latine — instructions pour le sommet entre l'Union européenne et la CELAC",
      summary:
        "Le sommet entre l'Union européenne et la CELAC se tiendra le mois prochain.\nLes postes de la région reçoivent leurs instructions.",
      precedence: "priority",
      marking: "DR",
      tags: ["celac", "union-européenne", "instructions"],
      countries: ["BR", "MX", "AR"],
      paragraphs: [
        [
          "NP",
          "Le sommet entre l'Union européenne et la Communauté des États latino-américains et caraïbes se tiendra le mois prochain.",
        ],
        [
          "DR",
          "Vous voudrez bien sonder vos interlocuteurs sur leur disposition à soutenir une déclaration commune sur l'Ukraine.",
        ],
      ],
      action: ["amb-br-brasilia", "amb-mx-mexico", "amb-ar-buenos-aires"],
      info: ["rp-ue-bruxelles"],
      deadlineDays: 10,
    },
  },
  {
    unit: "amb-de-berlin",
    kind: "telegram",
    stage: "draft",
    hoursAgo: 2,
    visas: 0,
    content: {
      subject: "Allemagne — entretien avec le conseiller diplomatique du chancelier",
      summary:
        "Le conseiller diplomatique du chancelier a reçu l'ambassadeur.\nIl souhaite une initiative franco-allemande sur l'Ukraine.",
      precedence: "priority",
      marking: "DR",
      tags: ["franco-allemand", "ukraine", "entretien"],
      countries: ["DE", "UA"],
      paragraphs: [
        [
          "NP",
          "L'ambassadeur a été reçu par le conseiller diplomatique du chancelier pour un tour d'horizon des dossiers européens.",
        ],
        [
          "DR",
          "Commentaire : notre interlocuteur a évoqué, à titre personnel, une initiative franco-allemande sur les garanties de sécurité à l'Ukraine.",
        ],
      ],
      action: ["dgp-due"],
      info: ["dgp-dec"],
      deadlineDays: 5,
    },
  },
  {
    unit: "dgp-afr",
    kind: "telegram",
    stage: "awaiting_signature",
    hoursAgo: 18,
    visas: 0,
    content: {
      subject: "Sahel — synthèse pour le comité de pilotage",
      summary: "Synthèse des remontées des postes du Sahel pour le comité de pilotage.",
      precedence: "routine",
      marking: "DR",
      tags: ["sahel", "synthèse"],
      countries: ["ML", "TD", "NE"],
      paragraphs: [
        [
          "NP",
          "Le comité de pilotage Sahel se réunira jeudi ; la présente synthèse reprend les remontées des postes de Bamako, N'Djamena et Dakar.",
        ],
        [
          "DR",
          "Les postes convergent sur la dégradation de la sécurité des axes routiers et sur la fermeture croissante de l'espace humanitaire.",
        ],
      ],
      action: ["amb-ml-bamako"],
      info: ["amb-td-n-djamena", "amb-sn-dakar"],
      community: "sahel",
      deadlineDays: 5,
    },
  },
  {
    unit: "dgp-amc",
    kind: "telegram",
    stage: "draft",
    hoursAgo: 7,
    visas: 0,
    drafterEmail: "stagiaire@demo.diplomatie.fr",
    content: {
      subject: "Revue de presse — relations transatlantiques",
      summary: "Revue de presse de la semaine sur les relations transatlantiques.",
      precedence: "routine",
      marking: "NP",
      tags: ["presse"],
      countries: ["US", "CA"],
      paragraphs: [
        [
          "NP",
          "La presse américaine consacre cette semaine de nombreux articles aux surtaxes sur l'acier et aux réactions européennes.",
        ],
      ],
      action: [],
      info: [],
      deadlineDays: null,
    },
  },
  {
    unit: "amb-ml-bamako",
    kind: "telegram",
    stage: "awaiting_signature",
    hoursAgo: 6,
    visas: 0,
    content: {
      subject: "Mali — sécurité des axes routiers autour de Bamako",
      summary:
        "Plusieurs convois ont été attaqués sur les axes menant à Bamako.\nLe poste propose d'actualiser les conseils aux voyageurs.",
      precedence: "immediate",
      marking: "DR",
      tags: ["sahel", "sécurité", "consulaire"],
      countries: ["ML"],
      paragraphs: [
        [
          "NP",
          "Plusieurs convois de camions-citernes ont été attaqués cette semaine sur les axes reliant Bamako à la frontière sénégalaise.",
        ],
        [
          "DR",
          "Commentaire : le poste propose de déconseiller formellement tout déplacement par la route hors de Bamako.",
        ],
      ],
      action: ["dgp-afr", "cdcs"],
      info: [],
      community: "sahel",
      deadlineDays: 2,
    },
  },
];

/** Saves a second version of a draft (its last paragraph rewritten) at the given time. */
async function revise(
  s: Seeding,
  drafter: Subject,
  id: string,
  content: DraftContent,
  text: string,
  at: Date,
) {
  const paragraphs = content.paragraphs.map((p, i) =>
    i === content.paragraphs.length - 1 ? { ...p, text } : p,
  );
  const row = await s.db
    .selectFrom("correspondences")
    .select("version")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  await updateDraft(s.db, drafter, actorOf(drafter), id, {
    baseVersion: row.version,
    content: { ...content, paragraphs },
  });
  const iso = at.toISOString();
  await s.db
    .updateTable("correspondence_versions")
    .set({ created_at: iso })
    .where("correspondence_id", "=", id)
    .where("version", "=", row.version + 1)
    .execute();
  await s.db.updateTable("correspondences").set({ updated_at: iso }).where("id", "=", id).execute();
}

/** Drafts being written and documents waiting in their circuit, for the personas' boxes. */
async function seedWorkInProgress(s: Seeding) {
  for (const [n, item] of WORK_IN_PROGRESS.entries()) {
    const team = await teamOf(s.dir, item.unit, n, item.visas);
    if (!team) throw new Error(`demo-correspondence: ${item.unit} cannot sign`);
    const drafter = item.drafterEmail
      ? await s.dir.subjectByEmail(item.drafterEmail)
      : team.drafter;
    const started = new Date(s.now.getTime() - item.hoursAgo * HOUR);
    const { deadlineDays, ...spec } = item.content;
    const content = draftContent(s.dir, {
      ...spec,
      deadline:
        deadlineDays === null ? null : isoDate(new Date(s.now.getTime() + deadlineDays * DAY)),
    });
    const id = await createCorrespondence(s.db, drafter, actorOf(drafter), {
      kind: item.kind,
      originUnitId: s.dir.unitId(item.unit),
      content,
    });
    await backdateDraft(s.db, id, started);
    const submittedAt = new Date(started.getTime() + HOUR);
    const circuit = {
      visas: team.visas.map((v) => ({ userId: v.userId })),
      signerId: team.signer.userId,
    };
    switch (item.stage) {
      case "draft":
        if (item.revision) {
          await revise(s, drafter, id, content, item.revision, new Date(started.getTime() + HOUR));
        }
        s.counts.drafts += 1;
        break;
      case "returned": {
        await submitForClearance(s.db, drafter, actorOf(drafter), id, circuit, submittedAt);
        const step = await findPendingStep(s.db, id);
        const visa = team.visas[0];
        if (!step || !visa) throw new Error("demo-correspondence: no visa to return");
        await decideClearanceStep(
          s.db,
          visa,
          actorOf(visa),
          id,
          step.id,
          { decision: "return", comment: RETURN_COMMENT },
          new Date(submittedAt.getTime() + 2 * HOUR),
        );
        if (item.revision) {
          await revise(
            s,
            drafter,
            id,
            content,
            item.revision,
            new Date(submittedAt.getTime() + 4 * HOUR),
          );
        }
        s.counts.drafts += 1;
        break;
      }
      case "awaiting_visa":
        await submitForClearance(s.db, drafter, actorOf(drafter), id, circuit, submittedAt);
        s.counts.inCircuit += 1;
        break;
      case "awaiting_signature":
        await submitForClearance(s.db, drafter, actorOf(drafter), id, circuit, submittedAt);
        for (const [k, visa] of team.visas.entries()) {
          const step = await findPendingStep(s.db, id);
          if (!step) throw new Error("demo-correspondence: no pending visa step");
          await decideClearanceStep(
            s.db,
            visa,
            actorOf(visa),
            id,
            step.id,
            { decision: "approve" },
            new Date(submittedAt.getTime() + (k + 1) * HOUR),
          );
        }
        s.counts.inCircuit += 1;
        break;
    }
  }
}

/** Counts the dispatched documents by kind, precedence and marking. */
async function countDispatched(s: Seeding) {
  const rows = await s.db
    .selectFrom("correspondences")
    .select(["kind", "precedence", "marking"])
    .where("state", "=", "dispatched")
    .execute();
  const add = (map: Record<string, number>, key: string) => {
    map[key] = (map[key] ?? 0) + 1;
  };
  for (const r of rows) {
    add(s.counts.byKind, r.kind);
    add(s.counts.byPrecedence, r.precedence);
    add(s.counts.byMarking, r.marking);
  }
}
