import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useT } from "../../../i18n/use-t";

const NOTICES = {
  unchanged: { severity: "info", message: "form.noChange" },
  saved: { severity: "success", message: "form.saved" },
} as const;

type SaveNoticeProps = { outcome: keyof typeof NOTICES; className?: string };

/** The polite status after an edit form is sent: saved, or nothing to save. */
export function SaveNotice({ outcome, className = "fr-mb-2w" }: SaveNoticeProps) {
  const t = useT();
  const { severity, message } = NOTICES[outcome];
  return (
    <Alert className={className} severity={severity} small role="status" description={t(message)} />
  );
}
