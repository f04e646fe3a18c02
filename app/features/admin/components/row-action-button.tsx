import { Button } from "@codegouvfr/react-dsfr/Button";

type RowActionButtonProps = {
  label: string;
  /** The accessible name, which says which row the action applies to. */
  accessibleLabel: string;
  /** The question asked before acting. */
  confirmation: string;
  iconId: "fr-icon-close-circle-line" | "fr-icon-delete-line";
  disabled: boolean;
  onConfirm: () => void;
};

/** A small button in a table row for an action that is asked for confirmation first. */
export function RowActionButton({
  label,
  accessibleLabel,
  confirmation,
  iconId,
  disabled,
  onConfirm,
}: RowActionButtonProps) {
  return (
    <Button
      priority="tertiary"
      size="small"
      iconId={iconId}
      disabled={disabled}
      nativeButtonProps={{ "aria-label": accessibleLabel }}
      onClick={() => {
        if (window.confirm(confirmation)) onConfirm();
      }}
    >
      {label}
    </Button>
  );
}
