import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { SavedSearchQuery } from "@shared/schemas/search";
import { useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useDeleteSavedSearch, useSavedSearches } from "../api/saved-searches";
import { EditSavedSearchForm } from "../components/edit-saved-search-form";

function addressOf(query: SavedSearchQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  return paths.search(params);
}

/** « Mes recherches enregistrées »: run one again, see its alert, rename it or switch the alert, delete it. */
export function SavedSearchesPage() {
  const t = useT();
  usePageTitle(t("search.saved.title"));
  const list = useSavedSearches();
  const remove = useDeleteSavedSearch();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <h1>{t("search.saved.title")}</h1>
      <p>
        <Link to={paths.search()} className="fr-link">
          {t("search.saved.newSearch")}
        </Link>
      </p>
      {remove.isError && <ApiErrorAlert error={remove.error} />}
      {list.isPending ? (
        <Loading />
      ) : list.data === undefined ? (
        <ApiErrorAlert error={list.error} />
      ) : (
        <>
          <p role="status" aria-live="polite">
            {list.data.items.length === 0
              ? t("search.saved.none")
              : t("search.saved.count", { count: list.data.items.length })}
          </p>
          <ul className="search-saved">
            {list.data.items.map((s) => (
              <li
                key={s.id}
                className="search-saved__item fr-mb-2w fr-p-2w fr-background-alt--grey"
              >
                <p className="fr-mb-1v">
                  <Link to={addressOf(s.query)} className="fr-link">
                    {s.name}
                  </Link>{" "}
                  {s.alert ? (
                    <Badge as="span" small severity="info">
                      {t("search.saved.alertOn")}
                    </Badge>
                  ) : (
                    <Badge as="span" small>
                      {t("search.saved.alertOff")}
                    </Badge>
                  )}
                </p>
                {s.query.q && <p className="fr-text--sm fr-mb-1v">« {s.query.q} »</p>}
                {editing === s.id ? (
                  <EditSavedSearchForm saved={s} onDone={() => setEditing(null)} />
                ) : (
                  <Button
                    priority="tertiary"
                    size="small"
                    iconId="fr-icon-edit-line"
                    className="fr-mr-1w"
                    nativeButtonProps={{
                      "aria-label": t("search.saved.editNamed", { name: s.name }),
                    }}
                    onClick={() => setEditing(s.id)}
                  >
                    {t("search.saved.edit")}
                  </Button>
                )}
                <Button
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-delete-line"
                  disabled={remove.isPending}
                  nativeButtonProps={{
                    "aria-label": t("search.saved.deleteNamed", { name: s.name }),
                  }}
                  onClick={() => remove.mutate(s.id)}
                >
                  {t("search.saved.delete")}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
