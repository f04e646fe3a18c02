import { Button } from "@codegouvfr/react-dsfr/Button";
import type { AccessRequest } from "@shared/schemas/habilitation";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { useT } from "../../../i18n/use-t";
import { useAccessRequests } from "../api/access-requests";
import { useDecideAccessRequest } from "../api/decide-access-request";

/** Pending access requests of the units I head, with accept and refuse when I may decide. */
export function AccessRequestsSection() {
  const t = useT();
  const requests = useAccessRequests();
  const decide = useDecideAccessRequest();
  const items: AccessRequest[] = requests.data?.items ?? [];
  return (
    <section className="fr-mb-6w">
      <h2>{t("habilitation.requests.title")}</h2>
      <ApiErrorAlert error={requests.error ?? decide.error} />
      {items.length === 0 ? (
        <p>{t("habilitation.requests.none")}</p>
      ) : (
        <DataTable
          caption={t("habilitation.requests.caption")}
          headers={[
            t("habilitation.requests.person"),
            t("habilitation.requests.unit"),
            t("habilitation.requests.reason"),
            t("habilitation.requests.date"),
            t("habilitation.requests.actions"),
          ]}
          rows={items.map((r) => {
            const name = `${r.givenName} ${r.familyName}`;
            return {
              key: r.id,
              cells: [
                <span key="person">
                  {name}
                  <br />
                  <small>
                    {r.jobTitle} — {r.email}
                  </small>
                </span>,
                r.unit.name,
                r.reason,
                r.createdAt.slice(0, 10),
                r.abilities.decide ? (
                  <span key="actions" className="habilitation-actions">
                    <Button
                      size="small"
                      disabled={decide.isPending}
                      nativeButtonProps={{
                        "aria-label": t("habilitation.requests.acceptNamed", { name }),
                      }}
                      onClick={() => decide.mutate({ id: r.id, body: { accept: true } })}
                    >
                      {t("habilitation.requests.accept")}
                    </Button>{" "}
                    <Button
                      size="small"
                      priority="secondary"
                      disabled={decide.isPending}
                      nativeButtonProps={{
                        "aria-label": t("habilitation.requests.refuseNamed", { name }),
                      }}
                      onClick={() => decide.mutate({ id: r.id, body: { accept: false } })}
                    >
                      {t("habilitation.requests.refuse")}
                    </Button>
                  </span>
                ) : (
                  t("habilitation.requests.forTheHead")
                ),
              ],
            };
          })}
        />
      )}
    </section>
  );
}
