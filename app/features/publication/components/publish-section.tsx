import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ReleaseState } from "@shared/schemas/partners";
import { useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { usePublication } from "../../partners/api/release-state";

/** For communicators: publish the document (or a redacted version), or take it down. */
export function PublishSection({ state, sourceId }: { state: ReleaseState; sourceId: string }) {
  const t = useT();
  const format = useFormatters();
  const { publish, unpublish } = usePublication(sourceId);
  const choices = [
    ...(state.sourceReleasable ? [{ id: "", label: t("release.form.original") }] : []),
    ...state.redactions
      .filter((r) => r.releasable)
      .map((r) => ({ id: r.id, label: `${r.reference ?? ""} — ${r.subject}` })),
  ];
  const [choice, setChoice] = useState<string | null>(null);
  const selected = choice ?? choices.at(-1)?.id ?? "";
  const publication = state.publication;
  return (
    <section aria-labelledby="publish-title">
      <h3 id="publish-title" className="fr-h6">
        {t("publish.title")}
      </h3>
      {publication !== null ? (
        <>
          <p>{t("publish.published", { date: format.dateTime(publication.publishedAt) })}</p>
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Link className="fr-btn fr-btn--secondary" to={paths.publication(publication.id)}>
                {t("publish.publicPage")}
              </Link>
            </li>
            <li>
              <Link className="fr-btn fr-btn--secondary" to={paths.socialPosts(sourceId)}>
                {t("publish.social")}
              </Link>
            </li>
            <li>
              <Button
                priority="tertiary"
                disabled={unpublish.isPending}
                onClick={() => unpublish.mutate(publication.id)}
              >
                {t("publish.unpublish")}
              </Button>
            </li>
          </ul>
        </>
      ) : choices.length > 0 ? (
        <>
          <Select
            label={t("release.form.document")}
            nativeSelectProps={{ value: selected, onChange: (e) => setChoice(e.target.value) }}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
          <Button
            iconId="fr-icon-earth-line"
            disabled={publish.isPending}
            onClick={() => publish.mutate(selected === "" ? undefined : selected)}
          >
            {t("publish.submit")}
          </Button>
        </>
      ) : (
        <p className="fr-text--sm">{t("release.sourceNotReleasable")}</p>
      )}
      <ApiErrorAlert error={publish.error ?? unpublish.error} className="fr-mt-2w" />
    </section>
  );
}
