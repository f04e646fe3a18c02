import { diffArrays, diffWordsWithSpace } from "diff";
import type {
  DraftContent,
  TextDiff,
  VERSION_DIFF_FIELDS,
  VersionDiff,
} from "../../shared/schemas/correspondence.js";

/*
 * What changed between two saved versions of a draft, for the « Versions » comparison: the
 * fields that changed, the paragraphs aligned (a paragraph rewritten in place is one "changed"
 * row with its words marked, not a removal and an addition), and the addressees. Pure: the
 * service loads both versions and names the addressees.
 */

type Field = (typeof VERSION_DIFF_FIELDS)[number];

/** Word-level runs from `before` to `after`, spaces kept so the text reads back whole. */
export function textDiff(before: string, after: string): TextDiff {
  return diffWordsWithSpace(before, after).map((part) => ({
    op: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

const list = (values: readonly string[]) => values.join(", ");

function fieldValues(c: DraftContent): Record<Field, string> {
  return {
    subject: c.subject,
    summary: c.summary,
    precedence: c.precedence,
    marking: c.marking,
    tags: list(c.tags),
    countryTags: list(c.countryTags),
    references: list(c.references),
    actionDeadline: c.actionDeadline ?? "",
    noteSenderEntity: c.note?.senderEntity ?? "",
    noteRecipientEntity: c.note?.recipientEntity ?? "",
    notePlace: c.note?.place ?? "",
    noteLanguage: c.note?.language ?? "",
    emailTo: list(c.email?.to ?? []),
    emailCc: list(c.email?.cc ?? []),
  };
}

type Paragraph = DraftContent["paragraphs"][number];
type ParagraphRow = VersionDiff["paragraphs"][number];

const sameParagraph = (a: Paragraph, b: Paragraph) => a.text === b.text && a.marking === b.marking;

function paragraphRows(before: readonly Paragraph[], after: readonly Paragraph[]): ParagraphRow[] {
  const rows: ParagraphRow[] = [];
  let removed: Paragraph[] = [];
  // A run of removals followed by additions is paired up one by one as rewritten paragraphs.
  const flush = (added: readonly Paragraph[]) => {
    const pairs = Math.max(removed.length, added.length);
    for (let i = 0; i < pairs; i += 1) {
      const b = removed[i] ?? null;
      const a = added[i] ?? null;
      if (b && a)
        rows.push({ status: "changed", before: b, after: a, diff: textDiff(b.text, a.text) });
      else if (b)
        rows.push({ status: "removed", before: b, after: null, diff: textDiff(b.text, "") });
      else if (a)
        rows.push({ status: "added", before: null, after: a, diff: textDiff("", a.text) });
    }
    removed = [];
  };
  for (const part of diffArrays([...before], [...after], { comparator: sameParagraph })) {
    if (part.removed) {
      removed.push(...part.value);
    } else if (part.added) {
      flush(part.value);
    } else {
      flush([]);
      for (const p of part.value) {
        rows.push({ status: "same", before: p, after: p, diff: [{ op: "same", text: p.text }] });
      }
    }
  }
  flush([]);
  return rows;
}

type AddresseeRow = VersionDiff["addressees"][number];

function addresseeRows(
  before: DraftContent["addressees"],
  after: DraftContent["addressees"],
  nameOf: (id: string) => string,
): AddresseeRow[] {
  const key = (a: { type: string; id: string }) => `${a.type}:${a.id}`;
  const earlier = new Map(before.map((a) => [key(a), a]));
  const later = new Map(after.map((a) => [key(a), a]));
  const rows: AddresseeRow[] = [];
  for (const a of after) {
    const b = earlier.get(key(a));
    if (!b || b.mode !== a.mode) {
      rows.push({
        status: b ? "mode_changed" : "added",
        type: a.type,
        id: a.id,
        name: nameOf(a.id),
        modeBefore: b?.mode ?? null,
        modeAfter: a.mode,
      });
    }
  }
  for (const b of before) {
    if (!later.has(key(b))) {
      rows.push({
        status: "removed",
        type: b.type,
        id: b.id,
        name: nameOf(b.id),
        modeBefore: b.mode,
        modeAfter: null,
      });
    }
  }
  return rows;
}

export function compareContents(
  before: DraftContent,
  after: DraftContent,
  nameOf: (id: string) => string,
): Pick<VersionDiff, "fields" | "paragraphs" | "addressees"> {
  const b = fieldValues(before);
  const a = fieldValues(after);
  const fields = (Object.keys(a) as Field[])
    .filter((field) => a[field] !== b[field])
    .map((field) => ({
      field,
      before: b[field],
      after: a[field],
      diff: textDiff(b[field], a[field]),
    }));
  return {
    fields,
    paragraphs: paragraphRows(before.paragraphs, after.paragraphs),
    addressees: addresseeRows(before.addressees, after.addressees, nameOf),
  };
}
