import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type SavedSearch, UpdateSavedSearchBody } from "@shared/schemas/search";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useUpdateSavedSearch } from "../api/saved-searches";

/** Renaming a saved search and switching its alert, in place in the list. */
export function EditSavedSearchForm({ saved, onDone }: { saved: SavedSearch; onDone: () => void }) {
  const t = useT();
  const update = useUpdateSavedSearch();
  const [name, setName] = useState(saved.name);
  const [alert, setAlert] = useState(saved.alert);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = UpdateSavedSearchBody.safeParse({ name, alert });
    setInvalid(!body.success);
    if (body.success) update.mutate({ id: saved.id, body: body.data }, { onSuccess: onDone });
  };
  return (
    <form
      onSubmit={submit}
      className="fr-mt-1w"
      aria-label={t("search.saved.editNamed", { name: saved.name })}
    >
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
            nativeInputProps: {
              name: "alert",
              checked: alert,
              onChange: (event) => setAlert(event.target.checked),
            },
          },
        ]}
      />
      {update.isError && <ApiErrorAlert error={update.error} />}
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" size="small" disabled={update.isPending}>
            {t("search.saved.saveChanges")}
          </Button>
        </li>
        <li>
          <Button type="button" size="small" priority="tertiary" onClick={onDone}>
            {t("search.saved.cancel")}
          </Button>
        </li>
      </ul>
    </form>
  );
}
