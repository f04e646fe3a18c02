import type { Locale } from "@shared/vocabulary";
import { useMemo } from "react";
import { useLocale } from "./use-t";

export type CountryOption = { code: string; name: string };

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/**
 * Region codes that Intl names but that are not current countries: groupings (EU, UN),
 * exceptionally reserved codes (AC, EA, IC …), withdrawn codes (SU, YU, ZR …) and pseudo-regions.
 */
const NOT_COUNTRIES = new Set(
  (
    "EU EZ UN QO XA XB ZZ AC CP CQ DG EA IC TA " + "AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR"
  ).split(" "),
);

/** All ISO 3166-1 alpha-2 countries known to the browser, sorted by name in the given language. */
export function listCountries(locale: Locale): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const options: CountryOption[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name !== undefined && name !== code) options.push({ code, name });
    }
  }
  return options.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The country list for selects, in the current language. */
export function useCountryOptions(): CountryOption[] {
  const locale = useLocale();
  return useMemo(() => listCountries(locale), [locale]);
}
