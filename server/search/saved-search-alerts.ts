import type { Transaction } from "kysely";
import { SavedSearchQuery } from "../../shared/schemas/search.js";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Actor, DomainEvent } from "../events/events.js";
import { deliverNotifications, type NotificationDraft } from "../notifications/delivery.js";
import { correspondenceReaders, loadSubjects } from "../notifications/readers.js";
import type { Subject } from "../policy/subject.js";
import { correspondenceDocuments } from "./correspondence-document.js";
import { type DocumentTerms, documentMatches } from "./document-match.js";
import { compileSearchText } from "./query.js";
import { listAlertingSavedSearches } from "./saved-searches.repository.js";
import { documentTerms, type SearchDocumentInput } from "./search-index.js";

/*
 * Alerts of saved searches, in the dispatch transaction (an in-transaction subscriber, like the
 * index): a dispatch and its alerts commit together, and nothing is lost between them. The
 * alerting saved searches are read in ONE query and evaluated in memory against the new
 * document's own terms and fields (document-match.ts), so a dispatch costs the same whether
 * ten or ten thousand searches are saved; the owners they match then go through the read
 * policy (correspondenceReaders) before any notification.
 */

interface Distribution {
  addressee_type: string;
  addressee_id: string;
  handling: string | null;
}

function filtersMatch(
  query: SavedSearchQuery,
  doc: SearchDocumentInput,
  owner: Subject | undefined,
  distributions: readonly Distribution[],
  ownerCommunities: ReadonlySet<string>,
): boolean {
  if (query.kind && doc.kind !== query.kind) return false;
  if (query.precedence && doc.precedence !== query.precedence) return false;
  if (query.marking && doc.marking !== query.marking) return false;
  if (query.originUnit && doc.unitId !== query.originUnit) return false;
  const day = doc.sortAt.slice(0, 10);
  if (query.from && day < query.from) return false;
  if (query.to && day > query.to) return false;
  const has = (facet: "country" | "tag", value: string) =>
    doc.facets.some((f) => f.facet === facet && f.value === value);
  if (query.country && !has("country", query.country)) return false;
  if (query.tag && !has("tag", query.tag)) return false;
  if (query.addressed || query.actionState) {
    if (!owner) return false;
    const units = new Set(owner.unitIds);
    return distributions.some((d) => {
      const me = d.addressee_type === "user" && d.addressee_id === owner.userId;
      const myUnits = d.addressee_type === "unit" && units.has(d.addressee_id);
      const myCommunities =
        d.addressee_type === "community" && ownerCommunities.has(d.addressee_id);
      const whom =
        query.addressed === "me"
          ? me
          : query.addressed === "my_units"
            ? myUnits
            : me || myUnits || myCommunities;
      return whom && (!query.actionState || d.handling === query.actionState);
    });
  }
  return true;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function textMatches(q: string | undefined, terms: DocumentTerms): boolean {
  const text = q?.trim();
  if (!text) return true;
  try {
    return documentMatches(compileSearchText(text), terms);
  } catch (error) {
    // Saved texts were compiled when saved; one that no longer compiles matches nothing.
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** The in-transaction subscriber: notifies owners of saved searches a dispatch matches. */
export async function alertSavedSearchesOnEvent(
  trx: Transaction<DB>,
  actor: Actor,
  event: DomainEvent,
  now: Date = new Date(),
): Promise<void> {
  if (event.type !== "correspondence.dispatched" || !event.target) return;
  const correspondenceId = event.target.id;
  const saved = await listAlertingSavedSearches(trx);
  if (saved.length === 0) return;
  const [doc] = await correspondenceDocuments(trx, [correspondenceId]);
  if (!doc) return;
  const terms = documentTerms(doc);
  // A saved query this version no longer accepts matches nothing; it never blocks a dispatch.
  const parsed = saved.flatMap((s) => {
    const query = SavedSearchQuery.safeParse(safeJson(s.query));
    return query.success ? [{ ...s, query: query.data }] : [];
  });
  const textHits = parsed.filter((s) => textMatches(s.query.q, terms));
  if (textHits.length === 0) return;

  const needsOwner = textHits.some((s) => s.query.addressed || s.query.actionState);
  const distributions = needsOwner
    ? await trx
        .selectFrom("distributions")
        .select(["addressee_type", "addressee_id", "handling"])
        .where("correspondence_id", "=", correspondenceId)
        .execute()
    : [];
  const ownerIds = [...new Set(textHits.map((s) => s.user_id))];
  const subjects = needsOwner ? await loadSubjects(trx, ownerIds, now) : [];
  const subjectOf = new Map(subjects.map((s) => [s.userId, s]));
  const addressedCommunities = distributions
    .filter((d) => d.addressee_type === "community")
    .map((d) => d.addressee_id);
  const memberships =
    addressedCommunities.length > 0
      ? await trx
          .selectFrom("memberships")
          .select(["user_id", "community_id"])
          .where("community_id", "in", addressedCommunities)
          .where("user_id", "in", ownerIds)
          .execute()
      : [];
  const communitiesOf = (userId: string) =>
    new Set(memberships.filter((m) => m.user_id === userId).map((m) => m.community_id));

  const hits = textHits.filter((s) =>
    filtersMatch(s.query, doc, subjectOf.get(s.user_id), distributions, communitiesOf(s.user_id)),
  );
  if (hits.length === 0) return;
  const readers = await correspondenceReaders(
    trx,
    correspondenceId,
    [...new Set(hits.map((s) => s.user_id))],
    now,
  );
  const drafts: NotificationDraft[] = hits
    .filter((s) => readers.has(s.user_id))
    .map((s) => ({
      userId: s.user_id,
      type: "information",
      reason: "saved_search_match",
      target: { type: "correspondence", id: correspondenceId },
      // One notification per document, however many of the owner's searches it matches.
      groupKey: `saved_search:${correspondenceId}`,
      details: { reference: doc.reference, searchName: s.name, savedSearchId: s.id },
    }));
  await deliverNotifications(trx, actor, drafts, now);
}
