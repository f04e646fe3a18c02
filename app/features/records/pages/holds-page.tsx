import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { Hold } from "@shared/schemas/records";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { useHolds, useReleaseHold } from "../api/holds";

function ReleaseForm({ hold, onDone }: { hold: Hold; onDone: () => void }) {
  const t = useT();
  const release = useReleaseHold();
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    release.mutate({ id: hold.id, reason }, { onSuccess: onDone });
  };
  return (
    <form
      onSubmit={submit}
      className="fr-mb-4w"
      aria-label={t("records.holds.releaseNamed", { reason: hold.reason })}
    >
      <ApiErrorAlert error={release.error} />
      <Input
        label={t("records.holds.releaseReason")}
        nativeInputProps={{
          required: true,
          maxLength: 500,
          value: reason,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <Button type="submit" disabled={release.isPending}>
        {t("records.holds.release")}
      </Button>{" "}
      <Button type="button" priority="secondary" onClick={onDone}>
        {t("records.cancel")}
      </Button>
    </form>
  );
}

/** « Gels »: holds in force and released, with who, when and why. */
export function HoldsPage() {
  const t = useT();
  const format = useFormatters();
  usePageTitle(t("records.holds.title"));
  const holds = useHolds();
  const [releasing, setReleasing] = useState<string | null>(null);
  if (holds.isPending) return <Loading />;
  if (!holds.data) return <ApiErrorAlert error={holds.error} />;
  const current = holds.data.items.find((h) => h.id === releasing);
  return (
    <>
      <h1>{t("records.holds.title")}</h1>
      <p>{t("records.holds.intro")}</p>
      {current && <ReleaseForm hold={current} onDone={() => setReleasing(null)} />}
      {holds.data.items.length === 0 ? (
        <p>{t("records.holds.none")}</p>
      ) : (
        <DataTable
          caption={t("records.holds.caption")}
          headers={[
            t("records.holds.reason"),
            t("records.holds.scope"),
            t("records.holds.placedBy"),
            t("records.holds.state"),
            "",
          ]}
          rows={holds.data.items.map((h) => ({
            key: h.id,
            cells: [
              h.reason,
              h.series
                ? t("records.holds.series", { series: `${h.series.code} ${h.series.title}` })
                : t("records.holds.records", { count: h.recordCount }),
              `${h.placedBy.displayName}, ${format.dateTime(h.placedAt)}`,
              h.releasedAt
                ? t("records.holds.released", {
                    who: h.releasedBy?.displayName ?? "",
                    at: format.dateTime(h.releasedAt),
                  })
                : t("records.holds.active"),
              h.releasedAt ? (
                ""
              ) : (
                <Button
                  key="release"
                  size="small"
                  priority="tertiary"
                  onClick={() => setReleasing(h.id)}
                  title={t("records.holds.releaseNamed", { reason: h.reason })}
                >
                  {t("records.holds.release")}
                </Button>
              ),
            ],
          }))}
        />
      )}
    </>
  );
}
