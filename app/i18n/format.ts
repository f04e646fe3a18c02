import type { Locale } from "@shared/vocabulary";
import { useMemo } from "react";
import { useLocale } from "./use-t";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export type Formatters = {
  /** A calendar date ("2026-11-28" or a timestamp) as « 28 novembre 2026 ». */
  date: (value: string) => string;
  /** A timestamp with its time of day, in the browser's time zone. */
  dateTime: (value: string) => string;
  /** An ISO 3166 country code as its name in the current language (« Allemagne »). */
  country: (code: string) => string;
  /** A size in bytes, in the largest unit that keeps it above 1 (« 28 octets », « 1,5 Mo »). */
  fileSize: (bytes: number) => string;
};

const KILO = 1024;

function createFormatters(locale: Locale): Formatters {
  // Date-only values are calendar days: format them in UTC so no time zone shifts the day.
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const localDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const regionNames = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  // « 28 octets » / "28 bytes" in full; larger units abbreviated (« 1,5 Mo », "1.5 MB").
  const sizeFormats = (["byte", "kilobyte", "megabyte", "gigabyte"] as const).map(
    (unit) =>
      new Intl.NumberFormat(locale, {
        style: "unit",
        unit,
        unitDisplay: unit === "byte" ? "long" : "short",
        maximumFractionDigits: 1,
      }),
  );

  const parse = (value: string): Date | null => {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  };

  return {
    date: (value) => {
      const parsed = parse(value);
      if (parsed === null) return value;
      return DATE_ONLY.test(value) ? dateFormat.format(parsed) : localDateFormat.format(parsed);
    },
    dateTime: (value) => {
      const parsed = parse(value);
      return parsed === null ? value : dateTimeFormat.format(parsed);
    },
    fileSize: (bytes) => {
      let value = bytes;
      let unit = 0;
      while (value >= KILO && unit < sizeFormats.length - 1) {
        value /= KILO;
        unit += 1;
      }
      return sizeFormats[unit]?.format(value) ?? String(bytes);
    },
    country: (code) => {
      try {
        return regionNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** Date and country formatters for the current language. */
export function useFormatters(): Formatters {
  const locale = useLocale();
  return useMemo(() => createFormatters(locale), [locale]);
}
