import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { useMyContacts } from "../api/organisations";
import { useReleased } from "../api/released";
import { ReleaseTargets } from "../components/release-targets";

/** A partner's named contacts: the only agents of the ministry they see. */
function MyContacts() {
  const t = useT();
  const contacts = useMyContacts(true);
  return (
    <section className="fr-mt-6w" aria-labelledby="my-contacts">
      <h2 id="my-contacts" className="fr-h4">
        {t("releases.contacts")}
      </h2>
      {contacts.data === undefined ? (
        <ApiErrorAlert error={contacts.error} />
      ) : contacts.data.items.length === 0 ? (
        <p>{t("releases.noContacts")}</p>
      ) : (
        <ul>
          {contacts.data.items.map((c) => (
            <li key={c.id}>{c.displayName}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * « Diffusions »: for a partner, the correspondence released to their organisation (their home);
 * for a releaser, the releases decided for their units, withdrawn ones marked.
 */
export function ReleasesPage() {
  const t = useT();
  const format = useFormatters();
  const me = useCurrentUser();
  const isPartner = me.abilities.partnerPortal;
  const released = useReleased();
  usePageTitle(t("releases.title"));
  const items = released.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t("releases.title")}</h1>
      <p className="fr-text--lead">{isPartner ? t("releases.lead") : t("releases.managedLead")}</p>
      {released.isPending ? (
        <Loading />
      ) : released.data === undefined ? (
        <ApiErrorAlert error={released.error} />
      ) : items.length === 0 ? (
        <p>{t("releases.none")}</p>
      ) : (
        <ul className="fr-raw-list" aria-label={t("releases.title")}>
          {items.map(({ correspondence: c, release }) => (
            <li key={release?.id ?? c.id} className="fr-mb-3w fr-p-2w fr-card--grey">
              <h2 className="fr-h6 fr-mb-1w">
                <Link to={paths.correspondenceDocument(c.id)}>{c.subject}</Link>
              </h2>
              <p className="fr-text--sm fr-mb-1w">
                {c.reference}
                {c.dispatchedAt !== null && ` — ${format.dateTime(c.dispatchedAt)}`}
              </p>
              {c.summary !== "" && <p className="fr-mb-1w">{c.summary}</p>}
              {release !== null && (
                <div className="fr-text--sm fr-mb-0">
                  <p className="fr-mb-1w">
                    {t("releases.releasedOn", {
                      date: format.dateTime(release.releasedAt),
                      name: release.releasedBy.displayName,
                    })}
                  </p>
                  <ReleaseTargets release={release} />
                  {release.withdrawnAt !== null && (
                    <Badge severity="error" small>
                      {t("releases.withdrawn")}
                    </Badge>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {released.hasNextPage && (
        <button
          type="button"
          className="fr-btn fr-btn--secondary"
          onClick={() => void released.fetchNextPage()}
        >
          {t("common.showMore")}
        </button>
      )}
      {isPartner && <MyContacts />}
    </>
  );
}
