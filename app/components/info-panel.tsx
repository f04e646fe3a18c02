import { type ReactNode, useId } from "react";

type InfoPanelProps = { title: string; children: ReactNode; className?: string };

/** A titled, bordered block of information (a section with an h2, named by its title). */
export function InfoPanel({ title, children, className }: InfoPanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`info-panel fr-p-3w ${className ?? ""}`}>
      <h2 id={headingId} className="fr-h5">
        {title}
      </h2>
      {children}
    </section>
  );
}
