import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import {
  type AddresseeType,
  type CorrespondenceKind,
  type DistributionMode,
  type Locale,
  MARKINGS,
  type Marking,
  type Precedence,
} from "@shared/vocabulary";

/*
 * What the editor holds while the user types: the draft content in the shape of the form
 * (lists typed as text, paragraphs with a stable key), turned into the API's content on save.
 */

export type ParagraphValue = { key: string; marking: Marking; text: string };
export type AddresseeValue = { type: AddresseeType; id: string; mode: DistributionMode };
export type NoteValues = {
  senderEntity: string;
  recipientEntity: string;
  place: string;
  language: Locale;
};

export type EditorValues = {
  subject: string;
  summary: string;
  precedence: Precedence;
  marking: Marking;
  /** Free tags as typed, separated by commas. */
  tags: string;
  countryTags: string[];
  references: string[];
  paragraphs: ParagraphValue[];
  addressees: AddresseeValue[];
  /** "YYYY-MM-DD" or "" for none. */
  actionDeadline: string;
  note: NoteValues;
  /** E-mail addresses as typed, separated by commas. */
  emailTo: string;
  emailCc: string;
};

let lastParagraphKey = 0;

/** A new paragraph, marked like its document (the safe default). */
export function newParagraph(marking: Marking, text = ""): ParagraphValue {
  lastParagraphKey += 1;
  return { key: `paragraph-${lastParagraphKey}`, marking, text };
}

const rank = (marking: Marking) => MARKINGS.indexOf(marking);

/** The markings a paragraph may carry: never above its document's. */
export function paragraphMarkings(documentMarking: Marking): Marking[] {
  return MARKINGS.filter((marking) => rank(marking) <= rank(documentMarking));
}

/** The lowest marking the document may take: the highest of its paragraphs. */
export function lowestDocumentMarking(paragraphs: readonly ParagraphValue[]): Marking {
  return paragraphs.reduce<Marking>(
    (highest, paragraph) => (rank(paragraph.marking) > rank(highest) ? paragraph.marking : highest),
    "NP",
  );
}

/** Splits a typed list (« a, b; c ») into its trimmed, distinct, non-empty items. */
export function splitList(text: string): string[] {
  const items = text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return [...new Set(items)];
}

/** Action addressees first, as the guide (and the server) order them. */
export function actionFirst<A extends { mode: DistributionMode }>(addressees: readonly A[]): A[] {
  return [
    ...addressees.filter((addressee) => addressee.mode === "action"),
    ...addressees.filter((addressee) => addressee.mode === "info"),
  ];
}

/** An empty draft of a kind. */
export function emptyValues(locale: Locale): EditorValues {
  return {
    subject: "",
    summary: "",
    precedence: "routine",
    marking: "NP",
    tags: "",
    countryTags: [],
    references: [],
    paragraphs: [newParagraph("NP")],
    addressees: [],
    actionDeadline: "",
    note: { senderEntity: "", recipientEntity: "", place: "", language: locale },
    emailTo: "",
    emailCc: "",
  };
}

/** The form values of a saved draft. */
export function valuesFromDetail(detail: CorrespondenceDetail, locale: Locale): EditorValues {
  const { content } = detail;
  return {
    subject: content.subject,
    summary: content.summary,
    precedence: content.precedence,
    marking: content.marking,
    tags: content.tags.join(", "),
    countryTags: content.countryTags,
    references: content.references,
    paragraphs: content.paragraphs.map((paragraph) =>
      newParagraph(paragraph.marking, paragraph.text),
    ),
    addressees: content.addressees,
    actionDeadline: content.actionDeadline ?? "",
    note: content.note ?? {
      senderEntity: "",
      recipientEntity: "",
      place: "",
      language: locale,
    },
    emailTo: content.email?.to.join(", ") ?? "",
    emailCc: content.email?.cc.join(", ") ?? "",
  };
}

/**
 * The content to send, before validation by the shared schema. A note whose entities and place
 * are all empty has no note block yet (the guide then warns); e-mails always carry their lists.
 */
export function contentFromValues(kind: CorrespondenceKind, values: EditorValues) {
  const { note } = values;
  const hasNote = [note.senderEntity, note.recipientEntity, note.place].some(
    (field) => field.trim() !== "",
  );
  return {
    subject: values.subject.trim(),
    summary: kind === "formal_email" ? "" : values.summary,
    precedence: values.precedence,
    marking: values.marking,
    tags: splitList(values.tags),
    countryTags: values.countryTags,
    references: values.references,
    paragraphs: values.paragraphs.map(({ marking, text }) => ({ marking, text })),
    addressees: actionFirst(values.addressees),
    actionDeadline: values.actionDeadline === "" ? null : values.actionDeadline,
    note:
      kind === "note" && hasNote
        ? {
            senderEntity: note.senderEntity.trim(),
            recipientEntity: note.recipientEntity.trim(),
            place: note.place.trim(),
            language: note.language,
          }
        : null,
    email:
      kind === "formal_email"
        ? { to: splitList(values.emailTo), cc: splitList(values.emailCc) }
        : null,
  };
}
