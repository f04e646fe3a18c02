import type { Kysely, Transaction } from "kysely";
import type { CheckedContent } from "../correspondence/correspondence.rules.js";
import type { DB } from "../db/schema.js";
import { detectLanguage, type Language } from "./analyzer.js";
import { correspondenceAudiences } from "./audience.js";
import type { SearchDocumentInput } from "./search-index.js";

/*
 * A dispatched correspondence as a search document: the subject and reference in the title
 * column; summary, paragraphs, tags, originator (unit and drafter), addressees' names, a note's
 * entities and place, an e-mail's addresses in the body. Drafts are not indexed: until dispatch
 * a document changes with every save and is read by a handful of people, from their boxes.
 */

type Handle = Kysely<DB> | Transaction<DB>;

export const CORRESPONDENCE = "correspondence";

/** Loads what the index needs of dispatched correspondences, addressee names included. */
export async function correspondenceDocuments(
  db: Handle,
  ids: readonly string[],
): Promise<SearchDocumentInput[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("correspondences as c")
    .innerJoin("units as u", "u.id", "c.origin_unit_id")
    .innerJoin("users as d", "d.id", "c.drafter_id")
    .select([
      "c.id",
      "c.kind",
      "c.subject",
      "c.reference",
      "c.precedence",
      "c.marking",
      "c.origin_unit_id",
      "c.content",
      "c.dispatched_at",
      "u.name as unit_name",
      "d.display_name as drafter_name",
    ])
    .where("c.id", "in", ids)
    .where("c.state", "=", "dispatched")
    .execute();
  const contents = new Map(rows.map((r) => [r.id, JSON.parse(r.content) as CheckedContent]));
  const [names, audiences] = await Promise.all([
    addresseeNames(db, [...contents.values()]),
    correspondenceAudiences(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((row) => {
    const content = contents.get(row.id) as CheckedContent;
    const paragraphs = content.paragraphs.map((p) => p.text);
    const addressees = content.addressees.map((a) => names.get(a.id) ?? "");
    const note = content.note
      ? [content.note.senderEntity, content.note.recipientEntity, content.note.place]
      : [];
    const email = content.email ? [...content.email.to, ...content.email.cc] : [];
    const prose = [content.summary, ...paragraphs].join("\n");
    const language: Language = content.note?.language ?? detectLanguage(`${row.subject}\n${prose}`);
    return {
      docType: CORRESPONDENCE,
      docId: row.id,
      language,
      title: row.subject,
      reference: row.reference,
      titleText: [row.subject, row.reference ?? ""].join("\n"),
      bodyText: [
        prose,
        content.tags.join(" "),
        row.unit_name,
        row.drafter_name,
        ...addressees,
        ...note,
        ...email,
      ].join("\n"),
      kind: row.kind,
      precedence: row.precedence,
      marking: row.marking,
      unitId: row.origin_unit_id,
      sortAt: row.dispatched_at ?? new Date(0).toISOString(),
      facets: [
        ...content.tags.map((value) => ({ facet: "tag" as const, value })),
        ...content.countryTags.map((value) => ({ facet: "country" as const, value })),
      ],
      audience: audiences.get(row.id) ?? [],
    };
  });
}

async function addresseeNames(db: Handle, contents: CheckedContent[]) {
  const ids = (type: string) => [
    ...new Set(
      contents.flatMap((c) => c.addressees.filter((a) => a.type === type).map((a) => a.id)),
    ),
  ];
  const [units, users, communities] = [ids("unit"), ids("user"), ids("community")];
  const names = new Map<string, string>();
  if (units.length > 0) {
    for (const u of await db
      .selectFrom("units")
      .select(["id", "name", "short_name"])
      .where("id", "in", units)
      .execute()) {
      names.set(u.id, `${u.name} ${u.short_name}`);
    }
  }
  if (users.length > 0) {
    for (const u of await db
      .selectFrom("users")
      .select(["id", "display_name"])
      .where("id", "in", users)
      .execute()) {
      names.set(u.id, u.display_name);
    }
  }
  if (communities.length > 0) {
    for (const c of await db
      .selectFrom("communities")
      .select(["id", "name"])
      .where("id", "in", communities)
      .execute()) {
      names.set(c.id, c.name);
    }
  }
  return names;
}
