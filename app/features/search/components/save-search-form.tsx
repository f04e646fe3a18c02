import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type SavedSearchQuery, SaveSearchBody } from "@shared/schemas/search";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useSaveSearch } from "../api/saved-searches";

/** « Enregistrer cette recherche »: a name, and whether new matching documents alert me. */
export function SaveSearchForm({ query }: { query: SavedSearchQuery }) {
  const t = useT();
  const save = useSaveSearch();
  const [name, setName] = useState(query.q ?? "");
  const [alert, setAlert] = useState(true);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = SaveSearchBody.safeParse({ name, query, alert });
    setInvalid(!body.success);
    if (body.success) save.mutate(body.data);
  };
  return (
    <section className="fr-mt-4w fr-p-2w fr-background-alt--grey" aria-labelledby="save-search">
      <h2 id="save-search" className="fr-h5">
        {t("search.save.title")}
      </h2>
      <form onSubmit={submit}>
        <Input
          label={t("search.save.name")}
          state={invalid ? "error" : "default"}
          stateRelatedMessage={invalid ? t("search.save.nameInvalid") : undefined}
          nativeInputProps={{
            name: "name",
            value: name,
            maxLength: 80,
            required: true,
            onChange: (event) => setName(event.target.value),
          }}
        />
        <Checkbox
          options={[
            {
              label: t("search.save.alert"),
              hintText: t("search.save.alertHint"),
              nativeInputProps: {
                name: "alert",
                checked: alert,
                onChange: (event) => setAlert(event.target.checked),
              },
            },
          ]}
        />
        <Button type="submit" iconId="fr-icon-bookmark-line" disabled={save.isPending}>
          {t("search.save.submit")}
        </Button>
      </form>
      {save.isError && <ApiErrorAlert error={save.error} className="fr-mt-2w" />}
      {save.isSuccess && (
        <div role="status" className="fr-mt-2w">
          <Alert
            severity="success"
            small
            description={
              <>
                {t("search.save.done")}{" "}
                <Link to={paths.savedSearches}>{t("search.savedLink")}</Link>
              </>
            }
          />
        </div>
      )}
    </section>
  );
}
