import { Select } from "@codegouvfr/react-dsfr/Select";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useOrganizations } from "../api/organizations";

type OrganizationSelectProps = {
  label: string;
  /** The chosen organisation id, or "" for none yet. */
  value: string;
  onChange: (organizationId: string) => void;
  errorMessage?: string;
  disabled?: boolean;
};

/** A mandatory choice among the organisations, preceded by the error if they cannot be loaded. */
export function OrganizationSelect({
  label,
  value,
  onChange,
  errorMessage,
  disabled,
}: OrganizationSelectProps) {
  const t = useT();
  const organizations = useOrganizations();
  return (
    <>
      <ApiErrorAlert error={organizations.error} />
      <Select
        label={label}
        disabled={disabled}
        state={errorMessage === undefined ? "default" : "error"}
        stateRelatedMessage={errorMessage}
        nativeSelectProps={{
          value,
          required: true,
          onChange: (event) => onChange(event.target.value),
        }}
      >
        <option value="">{t("form.choose")}</option>
        {organizations.data?.items.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </Select>
    </>
  );
}
