import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { JournalEntry } from "@shared/schemas/journal";
import { type FormEvent, useState } from "react";
import { DataTable } from "../../../components/data-table";
import { PagedResults } from "../../../components/paged-results";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { type JournalFilters, useJournal } from "../api/journal";

const HASH_PREFIX_LENGTH = 12;

function JournalDetails({ details }: { details: JournalEntry["details"] }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <ul className="fr-m-0 fr-text--sm">
      {entries.map(([key, value]) => (
        <li key={key}>
          {key} : <code>{typeof value === "string" ? value : JSON.stringify(value)}</code>
        </li>
      ))}
    </ul>
  );
}

function JournalResults({ filters }: { filters: JournalFilters }) {
  const t = useT();
  const format = useFormatters();
  return (
    <PagedResults
      query={useJournal(filters)}
      counts={{ none: "journal.noResult", all: "journal.count", more: "journal.count" }}
    >
      {(entries) => (
        <DataTable
          caption={t("journal.caption")}
          headers={[
            t("journal.seq"),
            t("journal.at"),
            t("journal.actor"),
            t("journal.action"),
            t("journal.target"),
            t("journal.ip"),
            t("journal.hash"),
          ]}
          rows={entries.map((entry) => ({
            key: String(entry.seq),
            cells: [
              entry.seq,
              format.dateTime(entry.at),
              entry.actor?.displayName ?? t("journal.system"),
              <div key="action">
                <code>{entry.action}</code>
                <JournalDetails details={entry.details} />
              </div>,
              entry.targetType === null ? "" : `${entry.targetType} ${entry.targetId ?? ""}`,
              entry.ip ?? "",
              <code key="hash" title={entry.hash}>
                {entry.hash.slice(0, HASH_PREFIX_LENGTH)}…
              </code>,
            ],
          }))}
        />
      )}
    </PagedResults>
  );
}

/** « Journal des opérations »: the append-only, hash-chained record of every operation. */
export function JournalPage() {
  const t = useT();
  usePageTitle(t("journal.title"));
  const [action, setAction] = useState("");
  const [filters, setFilters] = useState<JournalFilters>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters(action.trim() === "" ? {} : { action: action.trim() });
  };

  return (
    <>
      <h1>{t("journal.title")}</h1>
      <p className="fr-text--lead">{t("journal.lead")}</p>
      <search aria-label={t("journal.searchFormLabel")}>
        <form onSubmit={submit} className="fr-mb-3w">
          <Input
            label={t("journal.filterAction")}
            hintText={t("journal.filterActionHint")}
            nativeInputProps={{
              type: "search",
              maxLength: 80,
              value: action,
              onChange: (event) => setAction(event.target.value),
            }}
          />
          <Button type="submit" iconId="fr-icon-filter-line">
            {t("journal.filter")}
          </Button>
        </form>
      </search>
      <JournalResults filters={filters} />
    </>
  );
}
