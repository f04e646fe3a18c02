import type { DraftContent, GuideWarning } from "../../shared/schemas/correspondence.js";
import {
  type CorrespondenceKind,
  type HandlingState,
  MARKINGS,
  MAX_FREE_TAGS,
  type Marking,
  type Precedence,
} from "../../shared/vocabulary.js";
import { AppError } from "../errors.js";
import { isClassifiedMarking } from "../policy/marking.policy.js";
import { foldText } from "../search/text-fold.js";

/*
 * The rules of the « Guide de la correspondance diplomatique ». Hard rules refuse the save
 * (a classified marking, a paragraph marked above its document); drafting rules only warn while
 * drafting and block the signature.
 */

/** Content whose markings are known to be valid. */
export type CheckedContent = Omit<DraftContent, "marking" | "paragraphs"> & {
  marking: Marking;
  paragraphs: { marking: Marking; text: string }[];
};

const rank = (m: Marking) => MARKINGS.indexOf(m);

function checkMarking(value: string, path: string): Marking {
  if (isClassifiedMarking(value)) throw new AppError("classified_marking_refused", { path });
  const marking = MARKINGS.find((m) => m === value);
  if (!marking) throw new AppError("invalid_input", [{ path, problem: "unknown_marking" }]);
  return marking;
}

/**
 * Applies the hard rules and puts action addressees first. Throws `classified_marking_refused`
 * or `invalid_input` (with the offending path).
 */
export function checkContent(content: DraftContent): CheckedContent {
  const marking = checkMarking(content.marking, "/content/marking");
  const paragraphs = content.paragraphs.map((p, i) => {
    const paragraphMarking = checkMarking(p.marking, `/content/paragraphs/${i}/marking`);
    if (rank(paragraphMarking) > rank(marking)) {
      throw new AppError("invalid_input", [
        { path: `/content/paragraphs/${i}/marking`, problem: "above_document_marking" },
      ]);
    }
    return { marking: paragraphMarking, text: p.text };
  });
  const seen = new Set<string>();
  for (const a of content.addressees) {
    const key = `${a.type}:${a.id}`;
    if (seen.has(key)) {
      throw new AppError("invalid_input", [{ path: "/content/addressees", problem: "duplicate" }]);
    }
    seen.add(key);
  }
  const addressees = [
    ...content.addressees.filter((a) => a.mode === "action"),
    ...content.addressees.filter((a) => a.mode === "info"),
  ];
  return { ...content, marking, paragraphs, addressees };
}

/** The drafting rules the content does not respect yet; empty when it may be signed. */
export function guideWarnings(kind: CorrespondenceKind, content: CheckedContent): GuideWarning[] {
  const warnings: GuideWarning[] = [];
  const warn = (rule: string, path: string | null = null) => warnings.push({ rule, path });
  if (content.tags.length > MAX_FREE_TAGS) warn("at_most_five_free_tags", "/content/tags");
  if (content.paragraphs.length === 0) warn("needs_a_paragraph", "/content/paragraphs");
  if (content.addressees.length === 0) warn("needs_an_addressee", "/content/addressees");
  const hasAction = content.addressees.some((a) => a.mode === "action");
  if (hasAction && content.actionDeadline === null) {
    warn("action_needs_deadline", "/content/actionDeadline");
  }
  switch (kind) {
    case "telegram": {
      if (content.summary.trim() === "") warn("telegram_needs_summary", "/content/summary");
      if (content.summary.split("\n").length > 3) warn("summary_three_lines", "/content/summary");
      const first = foldText(content.paragraphs[0]?.text ?? "");
      if (content.precedence === "flash" && !first.startsWith("justification")) {
        warn("flash_needs_justification", "/content/paragraphs/0");
      }
      break;
    }
    case "note":
      if (content.note === null) warn("note_needs_entities", "/content/note");
      break;
    case "formal_email":
      if (content.email === null || content.email.to.length === 0) {
        warn("email_needs_recipient", "/content/email");
      }
      break;
  }
  return warnings;
}

/** An action whose deadline has passed while it is neither answered nor closed. */
export function isOverdue(
  d: { mode: string; handling: HandlingState | null; deadline: string | null },
  today: string,
): boolean {
  return (
    d.mode === "action" &&
    d.deadline !== null &&
    d.deadline < today &&
    d.handling !== "answered" &&
    d.handling !== "closed"
  );
}

/** Flash and immediate items alert the addressee until someone acknowledges them. */
export function isAlerting(precedence: Precedence, handling: HandlingState | null): boolean {
  return (precedence === "flash" || precedence === "immediate") && handling === "new";
}
