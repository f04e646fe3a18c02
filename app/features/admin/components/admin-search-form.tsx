import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { ChoiceSelect } from "../../../components/choice-select";
import { useT } from "../../../i18n/use-t";

type AdminSearchFormProps<C extends string> = {
  /** The accessible name of the search landmark. */
  formLabel: string;
  searchLabel: string;
  searchHint?: string;
  filterLabel: string;
  /** The filter's values, "" (any) first. */
  filterChoices: readonly ("" | C)[];
  describeFilter: (choice: "" | C) => string;
  /** Called on submit with the trimmed text ("" for any) and the filter. */
  onSearch: (q: string, filter: "" | C) => void;
};

/** The search of an administration list: free text and one filter, sent on « Rechercher ». */
export function AdminSearchForm<C extends string>({
  formLabel,
  searchLabel,
  searchHint,
  filterLabel,
  filterChoices,
  describeFilter,
  onSearch,
}: AdminSearchFormProps<C>) {
  const t = useT();
  const [q, setQ] = useState("");
  const [filter, setFilter] = useState<"" | C>("");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(q.trim(), filter);
  };

  return (
    <search aria-label={formLabel}>
      <form onSubmit={submit} className="fr-mb-3w">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-8">
            <Input
              label={searchLabel}
              hintText={searchHint}
              nativeInputProps={{
                type: "search",
                value: q,
                onChange: (event) => setQ(event.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <ChoiceSelect
              label={filterLabel}
              choices={filterChoices}
              value={filter}
              onChange={setFilter}
              describe={describeFilter}
            />
          </div>
        </div>
        <Button type="submit" iconId="fr-icon-search-line">
          {t("directory.submit")}
        </Button>
      </form>
    </search>
  );
}
