import { CLASSIFIED_MARKINGS, MARKINGS, type Marking } from "../../shared/vocabulary.js";
import type { Subject } from "./subject.js";

/** Whether a marking is protected content: every read journaled, two factors required. */
export const isProtected = (marking: Marking) => marking !== "NP";

/**
 * The entitlement rule: a clearance covers a marking. NP is open to every signed-in user; DR needs
 * a valid DR clearance; DR-SF (Spécial France) needs DR and French nationality, so an embassy's
 * locally recruited staff, who may hold DR, cannot read it.
 */
export function entitledToMarking(subject: Subject, marking: Marking): boolean {
  switch (marking) {
    case "NP":
      return true;
    case "DR":
      return subject.clearance === "DR";
    case "DR-SF":
      return subject.clearance === "DR" && subject.nationality === "FR";
  }
}

/**
 * The marking rule: entitled to the marking and, for protected markings, signed in with two
 * factors. Everything that reads content goes through this (or `readableMarkings`), so a
 * one-factor session reads no DR anywhere unless a screen deliberately offers the step-up.
 */
export function clearanceCovers(subject: Subject, marking: Marking): boolean {
  return entitledToMarking(subject, marking) && (!isProtected(marking) || subject.mfa);
}

/** Entitled to the marking, but the session must first prove a second factor. */
export function needsStepUp(subject: Subject, marking: Marking): boolean {
  return entitledToMarking(subject, marking) && !clearanceCovers(subject, marking);
}

/** The markings a subject may read: the set-based form of `clearanceCovers`, for SQL `IN`. */
export function readableMarkings(subject: Subject): Marking[] {
  return MARKINGS.filter((m) => clearanceCovers(subject, m));
}

const fold = (value: string) =>
  value.trim().toUpperCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[-_.]/g, " ");

/** Whether a submitted marking names a classified level, which the portal must refuse. */
export function isClassifiedMarking(value: string): boolean {
  const folded = fold(value);
  return CLASSIFIED_MARKINGS.some((c) => fold(c) === folded) || folded.includes("SECRET");
}
