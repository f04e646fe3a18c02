type StatusNoticeProps = { message: string; className?: string };

/**
 * A polite live region that stays in the page, so that screen readers announce the message
 * it receives (« Brouillon enregistré … »); the message shows as a small DSFR success alert.
 */
export function StatusNotice({ message, className = "fr-mb-2w" }: StatusNoticeProps) {
  return (
    <div role="status" className={className}>
      {message !== "" && (
        <div className="fr-alert fr-alert--success fr-alert--sm">
          <p>{message}</p>
        </div>
      )}
    </div>
  );
}
