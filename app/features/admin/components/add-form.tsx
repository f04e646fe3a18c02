import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ReactNode } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";

type AddFormProps = {
  title: string;
  submitLabel: string;
  /** The mutation the form sends: its error is shown, and the button waits while it runs. */
  mutation: { error: unknown; isPending: boolean };
  onSubmit: (form: HTMLFormElement) => void;
  children: ReactNode;
};

/** The form under a section of a user's page that adds an entry (assignment, clearance, role). */
export function AddForm({ title, submitLabel, mutation, onSubmit, children }: AddFormProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event.currentTarget);
      }}
      noValidate
      className="fr-mt-3w"
    >
      <h3 className="fr-h6">{title}</h3>
      {children}
      <ApiErrorAlert error={mutation.error} />
      <Button type="submit" iconId="fr-icon-add-line" disabled={mutation.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
