/**
 * Demo feed: four weeks of activity in the demo communities — posts (some questions, some
 * answered, some not; some released to guests), comments with replies, mentions, reactions,
 * a couple of dispatched telegrams shared into the community they were addressed to, and
 * follows — written through the feed's use cases, so every event is journaled as in production.
 * Deterministic apart from ids: authors are picked by their rank among a community's members.
 */
import type { Kysely } from "kysely";
import { parseRichSource } from "../../shared/rich-text.js";
import type { ReactionKind } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Actor } from "../events/events.js";
import { createComment } from "../feed/comment.service.js";
import { follow } from "../feed/follow.service.js";
import { createPost } from "../feed/post.service.js";
import { react } from "../feed/reaction.service.js";
import { shareCorrespondence } from "../feed/share.service.js";
import { loadSignedInUser } from "../people/people.service.js";
import type { Subject } from "../policy/subject.js";
import { DEMO_COMMUNITIES } from "./demo-data.js";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** Someone in a community, by standing: its first manager, the n-th member, the n-th guest. */
type Who = "manager" | { member: number } | { guest: number };

interface DemoComment {
  by: Who;
  /** Hours after the post. */
  after: number;
  text: string;
  /** Index of the earlier comment of this post it answers. */
  replyTo?: number;
}

interface DemoPost {
  community: string;
  by: Who;
  daysAgo: number;
  text: string;
  tags?: string[];
  question?: boolean;
  guests?: boolean;
  comments?: DemoComment[];
  reactions?: [Who, ReactionKind][];
}

/*
 * In texts, {@m2} mentions the community's member of rank 2, {@mgr} its manager, and
 * {@c:key} another community.
 */
const POSTS: readonly DemoPost[] = [
  // Direction des Amériques et des Caraïbes
  {
    community: "dgp-amc",
    by: "manager",
    daysAgo: 27,
    text: "Bienvenue sur le fil de la direction. Merci d'y partager **les comptes rendus de réunion** et les points d'attention de la semaine plutôt que par courriel.\n\n- réunion de direction : lundi 10 h\n- point presse : jeudi 15 h",
    tags: ["organisation"],
    comments: [
      { by: { member: 0 }, after: 2, text: "Très bonne initiative, merci." },
      { by: { member: 3 }, after: 5, text: "Le compte rendu de lundi est-il déjà en ligne ?" },
      { by: "manager", after: 6, text: "Oui, dans la bibliothèque de la communauté.", replyTo: 1 },
    ],
    reactions: [
      [{ member: 0 }, "like"],
      [{ member: 1 }, "like"],
      [{ member: 2 }, "useful"],
    ],
  },
  {
    community: "dgp-amc",
    by: { member: 1 },
    daysAgo: 19,
    text: "Quelqu'un a-t-il un contact au département d'État sur le dossier des **droits de douane sur l'acier** ? {@m4} évoquait un interlocuteur au bureau des affaires économiques.",
    tags: ["commerce", "états-unis"],
    question: true,
    comments: [
      {
        by: { member: 4 },
        after: 3,
        text: "Oui : je vous transmets ses coordonnées par messagerie. Il est très réactif.",
      },
      { by: { member: 1 }, after: 4, text: "Merci beaucoup !", replyTo: 0 },
    ],
    reactions: [[{ member: 4 }, "useful"]],
  },
  {
    community: "dgp-amc",
    by: { member: 2 },
    daysAgo: 9,
    text: "Synthèse de la presse brésilienne sur la préparation du sommet du Mercosur : *tonalité prudente*, attente forte sur le volet agricole. Note complète à venir.",
    tags: ["brésil", "mercosur"],
    reactions: [
      [{ member: 0 }, "useful"],
      ["manager", "useful"],
    ],
  },
  {
    community: "dgp-amc",
    by: { member: 5 },
    daysAgo: 2,
    text: "Question pratique : quel est le délai habituel pour obtenir le visa d'un télégramme de la sous-direction ?",
    question: true,
  },
  // Ambassade de France aux États-Unis
  {
    community: "amb-us-washington",
    by: "manager",
    daysAgo: 24,
    text: "Rappel : la réception du 14 juillet se prépare dès maintenant. Les services sont invités à transmettre leurs listes d'invités **avant vendredi**.",
    tags: ["protocole"],
    comments: [{ by: { member: 0 }, after: 20, text: "Liste du service économique transmise." }],
    reactions: [[{ member: 1 }, "like"]],
  },
  {
    community: "amb-us-washington",
    by: { member: 1 },
    daysAgo: 13,
    text: "Audition au Congrès demain sur les semi-conducteurs : je la suivrai et ferai un compte rendu en fin de journée.",
    tags: ["congrès", "technologie"],
    reactions: [
      ["manager", "useful"],
      [{ member: 0 }, "like"],
    ],
  },
  {
    community: "amb-us-washington",
    by: { member: 0 },
    daysAgo: 4,
    text: "Qui couvre la conférence de presse du représentant au commerce jeudi ? Je serai en déplacement à New York.",
    question: true,
    comments: [{ by: { member: 2 }, after: 1, text: "Je m'en charge." }],
  },
  // Ambassade de France en Allemagne
  {
    community: "amb-de-berlin",
    by: "manager",
    daysAgo: 21,
    text: "Compte rendu de l'entretien avec le conseiller diplomatique de la Chancellerie : convergence sur le calendrier européen, *réserves* sur le volet budgétaire.",
    tags: ["allemagne", "ue"],
    reactions: [[{ member: 0 }, "useful"]],
  },
  {
    community: "amb-de-berlin",
    by: { member: 0 },
    daysAgo: 6,
    text: "Le Bundestag examinera le budget de la défense la semaine prochaine. Points de vigilance :\n\n1. montant du fonds spécial\n2. coopération capacitaire franco-allemande\n3. calendrier des livraisons",
    tags: ["défense"],
    comments: [{ by: "manager", after: 2, text: "Merci, à intégrer au télégramme de vendredi." }],
  },
  // Direction de l'Afrique et de l'océan Indien
  {
    community: "dgp-afr",
    by: "manager",
    daysAgo: 26,
    text: "Le tableau de suivi des élections de l'année est à jour. Les postes concernés sont invités à signaler toute évolution du calendrier ici.",
    tags: ["élections"],
    reactions: [
      [{ member: 0 }, "useful"],
      [{ member: 2 }, "useful"],
    ],
  },
  {
    community: "dgp-afr",
    by: { member: 1 },
    daysAgo: 17,
    text: "Le poste d'Abidjan signale une hausse des demandes de visas étudiants. {@m3}, avez-vous observé la même tendance à Dakar ?",
    tags: ["consulaire", "mobilité"],
    question: true,
    comments: [
      {
        by: { member: 3 },
        after: 6,
        text: "Oui, environ +15 % sur le trimestre. Je vous envoie nos chiffres.",
      },
      {
        by: { member: 1 },
        after: 8,
        text: "Parfait, merci : je consolide pour la note à la directrice.",
        replyTo: 0,
      },
    ],
    reactions: [[{ member: 3 }, "like"]],
  },
  {
    community: "dgp-afr",
    by: { member: 4 },
    daysAgo: 8,
    text: "Retour de mission à Nairobi : bonne dynamique sur les projets d'énergie renouvelable, à suivre avec {@c:reseau-afrique-veille-economique}.",
    tags: ["kenya", "énergie"],
  },
  {
    community: "dgp-afr",
    by: { member: 2 },
    daysAgo: 1,
    text: "Quel est le bon interlocuteur au centre de crise pour les consignes de sécurité des missions dans le Nord du Nigeria ?",
    question: true,
  },
  // Réseau Afrique — veille économique (sur demande)
  {
    community: "reseau-afrique-veille-economique",
    by: "manager",
    daysAgo: 25,
    text: "Ce réseau rassemble la direction, les services économiques du continent et la DG Trésor. **Une note de conjoncture par poste et par mois**, s'il vous plaît.",
    tags: ["conjoncture"],
    reactions: [
      [{ member: 0 }, "like"],
      [{ member: 3 }, "like"],
    ],
  },
  {
    community: "reseau-afrique-veille-economique",
    by: { member: 0 },
    daysAgo: 16,
    text: "Afrique du Sud : la banque centrale maintient son taux directeur. Les délestages électriques pèsent toujours sur la croissance (*prévision revue à 1,1 %*).",
    tags: ["afrique du sud", "conjoncture"],
    comments: [
      { by: { member: 6 }, after: 5, text: "Cohérent avec nos propres projections à Bercy." },
    ],
    reactions: [
      [{ member: 6 }, "useful"],
      ["manager", "useful"],
    ],
  },
  {
    community: "reseau-afrique-veille-economique",
    by: { member: 1 },
    daysAgo: 11,
    text: "Nigeria : réforme du change, premiers effets sur les entreprises françaises implantées. Des retours d'expérience ?",
    tags: ["nigeria", "entreprises"],
    question: true,
  },
  {
    community: "reseau-afrique-veille-economique",
    by: { member: 3 },
    daysAgo: 3,
    text: "Appel d'offres pour le tramway d'Abidjan publié : [avis officiel](https://www.marchespublics.ci/). Les entreprises françaises sont bien placées.",
    tags: ["côte d'ivoire", "grands contrats"],
    reactions: [[{ member: 1 }, "useful"]],
  },
  // Diplomatie économique (sur invitation, avec des invités d'entreprises)
  {
    community: "diplomatie-economique",
    by: "manager",
    daysAgo: 23,
    text: "Bienvenue à nos partenaires des entreprises. Les messages qui vous sont ouverts portent la mention « Visible des invités ». Prochain rendez-vous : **le club export du 12**.",
    guests: true,
    tags: ["club export"],
    comments: [
      { by: { guest: 0 }, after: 4, text: "Merci pour l'invitation, nous serons présents." },
      { by: "manager", after: 6, text: "Avec plaisir, l'ordre du jour suivra.", replyTo: 0 },
    ],
    reactions: [
      [{ guest: 0 }, "like"],
      [{ member: 0 }, "like"],
    ],
  },
  {
    community: "diplomatie-economique",
    by: { member: 0 },
    daysAgo: 14,
    text: "Point interne avant le club export : positions à tenir sur les garanties publiques. *Ne pas diffuser aux partenaires.*",
    tags: ["financement export"],
    comments: [{ by: { member: 2 }, after: 3, text: "Je prépare les éléments de langage." }],
  },
  {
    community: "diplomatie-economique",
    by: { member: 3 },
    daysAgo: 5,
    text: "Question aux entreprises : quels obstacles rencontrez-vous sur les marchés publics américains depuis les nouvelles règles de contenu local ?",
    guests: true,
    question: true,
    comments: [
      {
        by: { guest: 1 },
        after: 9,
        text: "Surtout les exigences de certification des composants ; les délais ont doublé.",
      },
    ],
    reactions: [[{ member: 1 }, "useful"]],
  },
  // Sahel (secrète)
  {
    community: "sahel",
    by: "manager",
    daysAgo: 22,
    text: "Point de situation hebdomadaire : relative accalmie dans la région des trois frontières, vigilance maintenue sur les axes logistiques.",
    tags: ["sécurité"],
    reactions: [
      [{ member: 0 }, "useful"],
      [{ member: 3 }, "useful"],
    ],
  },
  {
    community: "sahel",
    by: { member: 2 },
    daysAgo: 12,
    text: "Bamako : la rentrée scolaire se déroule normalement. {@m7}, le centre de crise confirme-t-il le maintien des consignes actuelles ?",
    question: true,
    comments: [
      {
        by: { member: 7 },
        after: 2,
        text: "Confirmé, aucune évolution des fiches conseils aux voyageurs cette semaine.",
      },
    ],
  },
  {
    community: "sahel",
    by: { member: 4 },
    daysAgo: 2,
    text: "N'Djamena : réunion du groupe des partenaires demain. Éléments attendus de Paris d'ici ce soir.",
    tags: ["tchad"],
  },
  // Climat et biodiversité (ouverte)
  {
    community: "climat-biodiversite",
    by: "manager",
    daysAgo: 28,
    text: "Lancement de la préparation de la prochaine COP. Les contributions des postes sont attendues sur trois sujets :\n\n- financement de l'adaptation\n- pertes et préjudices\n- méthane",
    tags: ["cop", "climat"],
    guests: true,
    reactions: [
      [{ member: 0 }, "like"],
      [{ member: 1 }, "useful"],
      [{ guest: 0 }, "like"],
    ],
  },
  {
    community: "climat-biodiversite",
    by: { member: 1 },
    daysAgo: 15,
    text: "Brasilia : la présidence brésilienne souhaite un accord sur les forêts tropicales. Voir l'analyse de {@m4}.",
    tags: ["brésil", "forêts"],
    comments: [
      {
        by: { member: 4 },
        after: 4,
        text: "Je complète avec les chiffres de la déforestation 2025.",
      },
      { by: { member: 0 }, after: 7, text: "Très utile pour la note de position, merci." },
    ],
    reactions: [["manager", "useful"]],
  },
  {
    community: "climat-biodiversite",
    by: { member: 2 },
    daysAgo: 7,
    text: "Quelqu'un dispose-t-il de la dernière version du texte de négociation sur la biodiversité marine ?",
    question: true,
  },
  {
    community: "climat-biodiversite",
    by: { member: 0 },
    daysAgo: 0,
    text: "Atelier ouvert aux partenaires le 3 : *comment les entreprises mesurent leur empreinte biodiversité*. Inscriptions en commentaire.",
    guests: true,
    tags: ["biodiversité"],
    comments: [
      { by: { guest: 0 }, after: 0.5, text: "Inscription de notre directrice RSE, merci." },
    ],
  },
];

/** Who follows what: personas follow communities, tags and colleagues. */
const FOLLOWS: readonly [string, "community" | "tag" | "user", string][] = [
  ["agent.amerique@demo.diplomatie.fr", "community", "climat-biodiversite"],
  ["agent.amerique@demo.diplomatie.fr", "tag", "commerce"],
  ["agent.berlin@demo.diplomatie.fr", "tag", "ue"],
  ["agent.berlin@demo.diplomatie.fr", "user", "chef.washington@demo.diplomatie.fr"],
  ["redacteur.washington@demo.diplomatie.fr", "tag", "états-unis"],
  ["redacteur.washington@demo.diplomatie.fr", "community", "dgp-amc"],
  ["stagiaire@demo.diplomatie.fr", "community", "climat-biodiversite"],
  ["cm.afrique@demo.diplomatie.fr", "tag", "conjoncture"],
  ["chef.washington@demo.diplomatie.fr", "tag", "congrès"],
];

/** The communities whose addressed telegrams are shared back into them, with a comment. */
const SHARES: readonly { community: string; text: string }[] = [
  {
    community: "sahel",
    text: "Télégramme de référence pour la réunion de jeudi : **à lire avant le point de situation**.",
  },
  {
    community: "reseau-afrique-veille-economique",
    text: "Pour mémoire, la dernière analyse adressée au réseau ; vos compléments sont bienvenus en commentaire.",
  },
];

export interface DemoFeedCounts {
  posts: number;
  comments: number;
  reactions: number;
  shares: number;
  follows: number;
}

/** Seeds the demo feed through the feed's use cases; `now` is the end of the four weeks. */
export async function seedDemoFeed(
  db: Kysely<DB>,
  now: Date = new Date(),
): Promise<DemoFeedCounts> {
  const counts: DemoFeedCounts = { posts: 0, comments: 0, reactions: 0, shares: 0, follows: 0 };
  const communityIds = new Map<string, string>();
  const rows = await db.selectFrom("communities").select(["id", "name"]).execute();
  for (const c of DEMO_COMMUNITIES) {
    const row = rows.find((r) => r.name === c.name);
    if (row) communityIds.set(c.key, row.id);
  }
  const memberships = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["memberships.community_id", "memberships.role", "users.id", "users.display_name"])
    .where("users.status", "=", "active")
    .orderBy("users.sort_key")
    .orderBy("users.id")
    .execute();
  const subjects = new Map<string, Subject>();
  const subjectOf = async (userId: string) => {
    let subject = subjects.get(userId);
    if (!subject) {
      subject = (await loadSignedInUser(db, userId, { mfa: true }))?.subject;
      if (!subject) throw new Error(`demo feed: user ${userId} cannot act`);
      subjects.set(userId, subject);
    }
    return subject;
  };
  const actorOf = (userId: string): Actor => ({ userId, ip: null });

  const personIn = (communityId: string, who: Who) => {
    const of = memberships.filter((m) => m.community_id === communityId);
    const pool =
      who === "manager"
        ? of.filter((m) => m.role === "manager")
        : "member" in who
          ? of.filter((m) => m.role === "member")
          : of.filter((m) => m.role === "guest");
    const rank = who === "manager" ? 0 : "member" in who ? who.member : who.guest;
    const person = pool[rank % Math.max(1, pool.length)] ?? of[0];
    if (!person) throw new Error(`demo feed: community ${communityId} has nobody`);
    return person;
  };
  const source = (communityId: string, text: string) =>
    text.replace(/\{@(m\d+|mgr|c:[a-z-]+)\}/g, (_, token: string) => {
      if (token.startsWith("c:")) {
        const key = token.slice(2);
        const name = DEMO_COMMUNITIES.find((c) => c.key === key)?.name ?? key;
        return `@[${name}](community:${communityIds.get(key)})`;
      }
      const p = personIn(
        communityId,
        token === "mgr" ? "manager" : { member: Number(token.slice(1)) },
      );
      return `@[${p.display_name}](user:${p.id})`;
    });

  for (const plan of POSTS) {
    const communityId = communityIds.get(plan.community);
    if (!communityId) continue;
    const at = new Date(now.getTime() - plan.daysAgo * DAY - (3 + (counts.posts % 7)) * HOUR);
    const author = personIn(communityId, plan.by);
    const postId = await createPost(
      db,
      await subjectOf(author.id),
      actorOf(author.id),
      {
        communityId,
        body: parseRichSource(source(communityId, plan.text)),
        tags: plan.tags ?? [],
        isQuestion: plan.question ?? false,
        visibleToGuests: plan.guests ?? false,
      },
      at,
    );
    counts.posts += 1;
    const commentIds: string[] = [];
    for (const c of plan.comments ?? []) {
      const by = personIn(communityId, c.by);
      const when = new Date(Math.min(at.getTime() + c.after * HOUR, now.getTime() - 60_000));
      const id = await createComment(
        db,
        await subjectOf(by.id),
        actorOf(by.id),
        postId,
        {
          body: parseRichSource(source(communityId, c.text)),
          parentId: c.replyTo === undefined ? null : (commentIds[c.replyTo] ?? null),
        },
        when,
      );
      commentIds.push(id);
      counts.comments += 1;
    }
    for (const [who, kind] of plan.reactions ?? []) {
      const by = personIn(communityId, who);
      await react(
        db,
        await subjectOf(by.id),
        actorOf(by.id),
        { targetType: "post", targetId: postId, kind, remove: false },
        new Date(at.getTime() + HOUR),
      );
      counts.reactions += 1;
    }
  }

  // Telegrams addressed to a community go back into it with a comment, when all its members read them.
  for (const share of SHARES) {
    const communityId = communityIds.get(share.community);
    if (!communityId) continue;
    const candidates = await db
      .selectFrom("distributions")
      .innerJoin("correspondences", "correspondences.id", "distributions.correspondence_id")
      .select(["correspondences.id", "correspondences.dispatched_at"])
      .where("distributions.addressee_type", "=", "community")
      .where("distributions.addressee_id", "=", communityId)
      .where("correspondences.state", "=", "dispatched")
      .orderBy("correspondences.dispatched_at", "desc")
      .limit(5)
      .execute();
    const sharer = personIn(communityId, "manager");
    for (const candidate of candidates) {
      try {
        await shareCorrespondence(
          db,
          await subjectOf(sharer.id),
          actorOf(sharer.id),
          {
            correspondenceId: candidate.id,
            communityId,
            body: parseRichSource(share.text),
            tags: [],
          },
          new Date(
            Math.max(Date.parse(candidate.dispatched_at ?? "") + 6 * HOUR, now.getTime() - 3 * DAY),
          ),
        );
        counts.shares += 1;
        break;
      } catch (error) {
        // Not every member may read this one (clearance, nationality): try the next.
        if (!(error instanceof AppError)) throw error;
      }
    }
  }

  const users = await db.selectFrom("users").select(["id", "email"]).execute();
  const userId = (email: string) => users.find((u) => u.email === email)?.id;
  for (const [email, targetType, key] of FOLLOWS) {
    const follower = userId(email);
    const targetKey =
      targetType === "community"
        ? communityIds.get(key)
        : targetType === "user"
          ? userId(key)
          : key;
    if (!follower || !targetKey) continue;
    await follow(db, await subjectOf(follower), actorOf(follower), { targetType, targetKey }, now);
    counts.follows += 1;
  }
  return counts;
}
