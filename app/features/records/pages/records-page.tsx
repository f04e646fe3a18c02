import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { RecordsFilter } from "@shared/schemas/records";
import { RECORD_STATUSES } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { PagedResults } from "../../../components/paged-results";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { usePlaceHold } from "../api/holds";
import { useRecords } from "../api/records";
import { useSeries } from "../api/series";
import { RecordStatus } from "../components/record-status";

function HoldSearchForm({ filter }: { filter: RecordsFilter }) {
  const t = useT();
  const place = usePlaceHold();
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    place.mutate({ reason, target: { search: filter } }, { onSuccess: () => setReason("") });
  };
  return (
    <form onSubmit={submit} className="fr-mt-4w" aria-labelledby="hold-search-title">
      <h2 id="hold-search-title" className="fr-h5">
        {t("records.holds.placeOnSearch")}
      </h2>
      <ApiErrorAlert error={place.error} />
      {place.data && (
        <p role="status" className="fr-text--sm">
          {t("records.holds.placed", { count: place.data.recordCount })}
        </p>
      )}
      <Input
        label={t("records.holds.reason")}
        nativeInputProps={{
          required: true,
          maxLength: 500,
          value: reason,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <Button type="submit" disabled={place.isPending}>
        {t("records.holds.place")}
      </Button>
    </form>
  );
}

/** « Pièces d'archives »: every record, with filters; a search result can be held. */
export function RecordsPage() {
  const t = useT();
  const format = useFormatters();
  usePageTitle(t("records.list.title"));
  const series = useSeries();
  const [draft, setDraft] = useState<RecordsFilter>({});
  const [filter, setFilter] = useState<RecordsFilter>({});
  const records = useRecords(filter);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(
      Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== "" && v !== undefined)),
    );
  };
  return (
    <>
      <h1>{t("records.list.title")}</h1>
      <form onSubmit={submit} className="fr-mb-4w" aria-label={t("records.list.filters")}>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={t("records.list.q")}
              nativeInputProps={{
                value: draft.q ?? "",
                maxLength: 200,
                onChange: (e) => setDraft({ ...draft, q: e.target.value }),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label={t("records.list.series")}
              nativeSelectProps={{
                value: draft.seriesId ?? "",
                onChange: (e) => setDraft({ ...draft, seriesId: e.target.value || undefined }),
              }}
            >
              <option value="">{t("records.list.allSeries")}</option>
              {(series.data?.items ?? []).map((s) => (
                <option key={s.id} value={s.id}>{`${s.code} ${s.title}`}</option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={t("records.list.status")}
              nativeSelectProps={{
                value: draft.status ?? "",
                onChange: (e) =>
                  setDraft({
                    ...draft,
                    status: (e.target.value || undefined) as RecordsFilter["status"],
                  }),
              }}
            >
              <option value="">{t("records.cond.any")}</option>
              {RECORD_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`records.status.${s}`)}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={t("records.list.held")}
              nativeSelectProps={{
                value: draft.held ?? "",
                onChange: (e) =>
                  setDraft({
                    ...draft,
                    held: (e.target.value || undefined) as RecordsFilter["held"],
                  }),
              }}
            >
              <option value="">{t("records.cond.any")}</option>
              <option value="true">{t("common.yes")}</option>
              <option value="false">{t("common.no")}</option>
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label={t("records.list.dueBefore")}
              nativeInputProps={{
                type: "date",
                value: draft.dueBefore ?? "",
                onChange: (e) => setDraft({ ...draft, dueBefore: e.target.value || undefined }),
              }}
            />
          </div>
        </div>
        <Button type="submit">{t("records.list.apply")}</Button>
      </form>
      <PagedResults
        query={records}
        counts={{
          none: "records.list.none",
          all: "records.list.count",
          more: "records.list.countMore",
        }}
      >
        {(items) => (
          <DataTable
            caption={t("records.list.caption")}
            headers={[
              t("records.list.reference"),
              t("records.list.subject"),
              t("records.list.series"),
              t("records.list.due"),
              t("records.list.status"),
            ]}
            rows={items.map((r) => ({
              key: r.id,
              cells: [
                <span key="ref">
                  {r.reference ?? "—"}
                  <br />
                  <span className="fr-text--xs">
                    {t(`correspondenceKind.${r.kind}`)} · {r.marking}
                  </span>
                </span>,
                r.subject ?? t("records.list.subjectHidden"),
                r.series ? `${r.series.code} ${r.series.title}` : t("records.list.unfiled"),
                r.dueAt ? format.date(r.dueAt) : "—",
                <RecordStatus key="status" record={r} />,
              ],
            }))}
          />
        )}
      </PagedResults>
      <HoldSearchForm filter={filter} />
    </>
  );
}
