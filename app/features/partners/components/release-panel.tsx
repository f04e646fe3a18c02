import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import type { ReleaseState } from "@shared/schemas/partners";
import { SECTORS, type Sector } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { useCurrentUser } from "../../auth/components/current-user";
import { PublishSection } from "../../publication/components/publish-section";
import { usePartnerOrganisations } from "../api/organisations";
import {
  useCreateRedaction,
  useReleaseCorrespondence,
  useReleaseState,
  useWithdrawRelease,
} from "../api/release-state";
import { parseCountries } from "../pages/partners-page";
import { ReleaseTargets } from "./release-targets";

type Action = "kept" | "removed" | "replaced";

function RedactionForm({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  const create = useCreateRedaction(detail.id);
  const [subject, setSubject] = useState(detail.content.subject);
  const [summary, setSummary] = useState(detail.content.summary);
  const [actions, setActions] = useState<Action[]>(
    detail.content.paragraphs.map((p) => (p.marking === "NP" ? "kept" : "removed")),
  );
  const [texts, setTexts] = useState<string[]>(detail.content.paragraphs.map(() => ""));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({
      subject,
      summary,
      paragraphs: actions.map((action, i) =>
        action === "replaced" ? { action, text: texts[i] ?? "" } : { action },
      ),
    });
  };
  return (
    <form onSubmit={submit} className="fr-mb-4w" aria-labelledby="redact-title">
      <h3 id="redact-title" className="fr-h6">
        {t("release.redact.title")}
      </h3>
      <Input
        label={t("release.redact.subject")}
        nativeInputProps={{
          value: subject,
          required: true,
          onChange: (e) => setSubject(e.target.value),
        }}
      />
      <Input
        label={t("release.redact.summary")}
        textArea
        nativeTextAreaProps={{ value: summary, onChange: (e) => setSummary(e.target.value) }}
      />
      {detail.content.paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a dispatched document's paragraphs never reorder.
        <div key={i} className="fr-mb-2w">
          <RadioButtons
            legend={t("release.redact.paragraph", { number: i + 1, marking: p.marking })}
            hintText={p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text}
            orientation="horizontal"
            small
            options={(["kept", "removed", "replaced"] as const).map((action) => ({
              label: t(`release.redact.${action}`),
              nativeInputProps: {
                name: `paragraph-${i}`,
                value: action,
                checked: actions[i] === action,
                onChange: () => setActions((prev) => prev.map((a, j) => (j === i ? action : a))),
              },
            }))}
          />
          {actions[i] === "replaced" && (
            <Input
              label={t("release.redact.replacement", { number: i + 1 })}
              textArea
              nativeTextAreaProps={{
                required: true,
                value: texts[i],
                onChange: (e) =>
                  setTexts((prev) => prev.map((x, j) => (j === i ? e.target.value : x))),
              }}
            />
          )}
        </div>
      ))}
      <Button type="submit" priority="secondary" disabled={create.isPending}>
        {t("release.redact.submit")}
      </Button>
      {create.isError && <ApiErrorAlert error={create.error} className="fr-mt-2w" />}
    </form>
  );
}

function ReleaseForm({ state, sourceId }: { state: ReleaseState; sourceId: string }) {
  const t = useT();
  const release = useReleaseCorrespondence(sourceId);
  const organisations = usePartnerOrganisations();
  const releasable = [
    ...(state.sourceReleasable ? [{ id: "", label: t("release.form.original") }] : []),
    ...state.redactions
      .filter((r) => r.releasable)
      .map((r) => ({ id: r.id, label: `${r.reference ?? ""} — ${r.subject}` })),
  ];
  const [versionId, setVersionId] = useState(releasable.at(-1)?.id ?? "");
  const [audience, setAudience] = useState<"all" | "targeted">("targeted");
  const [sectors, setSectors] = useState<Sector[]>([]);
  const [countries, setCountries] = useState("");
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [embargo, setEmbargo] = useState("");
  if (releasable.length === 0) return null;
  // A version created since the form opened becomes the default choice.
  const selected = releasable.some((r) => r.id === versionId)
    ? versionId
    : (releasable.at(-1)?.id ?? "");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    release.mutate({
      ...(selected === "" ? {} : { versionId: selected }),
      audience,
      ...(audience === "targeted"
        ? { sectors, countries: parseCountries(countries), organisationIds }
        : {}),
      embargoUntil: embargo === "" ? null : new Date(embargo).toISOString(),
    });
  };
  return (
    <form onSubmit={submit} className="fr-mb-4w" aria-labelledby="release-title">
      <h3 id="release-title" className="fr-h6">
        {t("release.form.title")}
      </h3>
      <Select
        label={t("release.form.document")}
        nativeSelectProps={{ value: selected, onChange: (e) => setVersionId(e.target.value) }}
      >
        {releasable.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </Select>
      <RadioButtons
        legend={t("release.form.audience")}
        options={(["all", "targeted"] as const).map((a) => ({
          label: t(`release.form.${a}`),
          nativeInputProps: {
            name: "audience",
            checked: audience === a,
            onChange: () => setAudience(a),
          },
        }))}
      />
      {audience === "targeted" && (
        <>
          <Checkbox
            legend={t("release.form.sectors")}
            orientation="horizontal"
            small
            options={SECTORS.map((s) => ({
              label: t(`sector.${s}`),
              nativeInputProps: {
                name: "release-sectors",
                value: s,
                checked: sectors.includes(s),
                onChange: (e) =>
                  setSectors((prev) =>
                    e.target.checked ? [...prev, s] : prev.filter((x) => x !== s),
                  ),
              },
            }))}
          />
          <Input
            label={t("release.form.countries")}
            nativeInputProps={{ value: countries, onChange: (e) => setCountries(e.target.value) }}
          />
          {(organisations.data?.items.length ?? 0) > 0 && (
            <Checkbox
              legend={t("release.form.organisations")}
              small
              options={(organisations.data?.items ?? []).map((o) => ({
                label: o.name,
                nativeInputProps: {
                  name: "release-organisations",
                  value: o.id,
                  checked: organisationIds.includes(o.id),
                  onChange: (e) =>
                    setOrganisationIds((prev) =>
                      e.target.checked ? [...prev, o.id] : prev.filter((x) => x !== o.id),
                    ),
                },
              }))}
            />
          )}
        </>
      )}
      <Input
        label={t("release.form.embargo")}
        nativeInputProps={{
          type: "datetime-local",
          value: embargo,
          onChange: (e) => setEmbargo(e.target.value),
        }}
      />
      <Button type="submit" iconId="fr-icon-send-plane-line" disabled={release.isPending}>
        {t("release.form.submit")}
      </Button>
      {release.isError && <ApiErrorAlert error={release.error} className="fr-mt-2w" />}
      <div role="status" className="fr-mt-2w">
        {release.isSuccess && (
          <Alert severity="success" small description={t("release.form.done")} />
        )}
      </div>
    </form>
  );
}

function ReleaseList({ state }: { state: ReleaseState }) {
  const t = useT();
  const format = useFormatters();
  const withdraw = useWithdrawRelease(state.sourceId);
  if (state.releases.length === 0) return null;
  return (
    <section aria-labelledby="release-list" className="fr-mb-4w">
      <h3 id="release-list" className="fr-h6">
        {t("release.list")}
      </h3>
      <ul className="fr-raw-list">
        {state.releases.map((r) => (
          <li key={r.id} className="fr-mb-2w">
            <p className="fr-mb-1w">
              <strong>{r.reference}</strong> —{" "}
              {t("releases.releasedOn", {
                date: format.dateTime(r.releasedAt),
                name: r.releasedBy.displayName,
              })}
            </p>
            <ReleaseTargets release={r} />
            {r.withdrawnAt !== null ? (
              <Badge severity="error" small>
                {t("releases.withdrawn")}
              </Badge>
            ) : (
              state.abilities.release && (
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-close-circle-line"
                  disabled={withdraw.isPending}
                  nativeButtonProps={{
                    "aria-label": t("release.withdrawNamed", { reference: r.reference ?? "" }),
                  }}
                  onClick={() => withdraw.mutate(r.id)}
                >
                  {t("release.withdraw")}
                </Button>
              )
            )}
          </li>
        ))}
      </ul>
      {withdraw.isError && <ApiErrorAlert error={withdraw.error} />}
    </section>
  );
}

/**
 * On a dispatched document, for its unit's releasers and for communicators: redacted versions,
 * release to partners, the releases and their withdrawal, publication. Nothing for anyone else
 * (the server answers 404 and the panel stays empty).
 */
export function ReleasePanel({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const state = useReleaseState(detail.id, me.abilities.manageReleases || me.abilities.publish);
  if (state.data === undefined) return null;
  const s = state.data;
  const isSource = s.sourceId === detail.id;
  return (
    <section className="fr-mt-6w fr-mb-4w print-hidden" aria-labelledby="release-panel">
      <h2 id="release-panel" className="fr-h4">
        {t("release.title")}
      </h2>
      {isSource && !s.sourceReleasable && (
        <p className="fr-text--sm">{t("release.sourceNotReleasable")}</p>
      )}
      {s.redactions.length > 0 && (
        <>
          <h3 className="fr-h6">{t("release.redactions")}</h3>
          <ul>
            {s.redactions.map((r) => (
              <li key={r.id}>
                {r.reference} — {r.subject} (
                {r.releasable
                  ? t("release.redactionReleasable")
                  : t("release.redactionNotReleasable")}
                )
              </li>
            ))}
          </ul>
        </>
      )}
      {isSource && s.abilities.redact && <RedactionForm detail={detail} />}
      {isSource && s.abilities.release && <ReleaseForm state={s} sourceId={detail.id} />}
      <ReleaseList state={s} />
      {isSource && s.abilities.publish && <PublishSection state={s} sourceId={detail.id} />}
    </section>
  );
}
