import { LOCALES, type Locale } from "@shared/vocabulary";

const STORAGE_KEY = "diplomatie.locale";
/** French first: English only when the user chose it. */
const DEFAULT_LOCALE: Locale = "fr";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage may be disabled by browser policy: fall back silently.
    return DEFAULT_LOCALE;
  }
}

let currentLocale: Locale = readStoredLocale();
const listeners = new Set<() => void>();

function applyLocaleToPage(locale: Locale): void {
  document.documentElement.lang = locale;
}

applyLocaleToPage(currentLocale);

/** The interface language in force. */
export function getLocale(): Locale {
  return currentLocale;
}

/** Switches the interface language, remembers it in this browser and updates `<html lang>`. */
export function setLocale(locale: Locale): void {
  if (locale === currentLocale) return;
  currentLocale = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted: the choice still applies to this page.
  }
  applyLocaleToPage(locale);
  for (const listener of listeners) listener();
}

/** Subscribes to language changes; returns the unsubscribe function. */
export function subscribeToLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
