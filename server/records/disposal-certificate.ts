import PDFDocument from "pdfkit";
import type { DisposalListDetail } from "../../shared/schemas/records.js";
import type { Marking } from "../../shared/vocabulary.js";

/*
 * The disposal certificate (« certificat d'élimination »): who proposed and approved the list,
 * when, and for each destroyed record its minimal trace (reference, title, dates, series, the
 * SHA-512 of the destroyed copy). A title the reader may not read is not printed; the page
 * banner carries the highest marking printed.
 */

const BANNER: Record<Marking, string> = {
  NP: "NON PROTÉGÉ",
  DR: "DIFFUSION RESTREINTE",
  "DR-SF": "DIFFUSION RESTREINTE — SPÉCIAL FRANCE",
};

const formatInstant = (iso: string | null) =>
  iso
    ? `${new Intl.DateTimeFormat("fr-FR", {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: "UTC",
      }).format(new Date(iso))} UTC`
    : "—";

/** Renders the certificate of an approved disposal list. */
export function renderDisposalCertificate(
  list: DisposalListDetail,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 72, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: `Certificat d'élimination ${list.id}`, Producer: "Diplomatie" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const disposed = list.items.filter((i) => i.outcome === "disposed" && i.trace);
  const printedMarkings = disposed.flatMap((i) => (i.trace?.title ? [i.trace.marking] : []));
  const banner: Marking = printedMarkings.includes("DR-SF")
    ? "DR-SF"
    : printedMarkings.includes("DR")
      ? "DR"
      : "NP";

  doc.font("Helvetica-Bold").fontSize(15).text("CERTIFICAT D'ÉLIMINATION", { align: "center" });
  doc
    .font("Helvetica")
    .fontSize(10)
    .text("Ministère de l'Europe et des affaires étrangères — Diplomatie", {
      align: "center",
    });
  doc.moveDown();
  const field = (label: string, value: string) => {
    doc.font("Helvetica-Bold").fontSize(10).text(`${label} : `, { continued: true });
    doc.font("Helvetica").text(value === "" ? "—" : value);
  };
  field("Bordereau", list.id);
  field("Proposé par", `${list.proposedBy.displayName}, le ${formatInstant(list.proposedAt)}`);
  field(
    "Approuvé par",
    list.decidedBy ? `${list.decidedBy.displayName}, le ${formatInstant(list.decidedAt)}` : "—",
  );
  if (list.note) field("Motif", list.note);
  if (list.decisionComment) field("Observation", list.decisionComment);
  field("Pièces éliminées", String(disposed.length));
  if (list.counts.withheld > 0)
    field("Pièces retenues (gel ou règle modifiée)", String(list.counts.withheld));
  doc.moveDown();
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(
      "Le contenu des pièces ci-dessous (versions, pièces jointes) a été détruit. Seule subsiste leur trace : " +
        "référence, objet, dates, série du plan de classement et empreinte SHA-512 de la copie détruite.",
      { align: "justify" },
    );
  doc.moveDown();
  disposed.forEach((item, index) => {
    const t = item.trace;
    if (!t) return;
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .text(`${index + 1}. ${t.reference ?? "—"} (${t.marking})`);
    doc.font("Helvetica").fontSize(9);
    doc.text(`Objet : ${t.title ?? "non communiqué (habilitation)"}`);
    doc.text(`Émetteur : ${t.originUnit} — expédié le ${formatInstant(t.dispatchedAt)}`);
    doc.text(`Série : ${t.series ? `${t.series.code} ${t.series.title}` : "—"}`);
    doc.text(`Échéance : ${formatInstant(t.dueAt)} — pièces jointes : ${t.attachments.length}`);
    doc.font("Courier").fontSize(7).text(`SHA-512 ${t.destroyedSha512}`);
    doc.moveDown(0.5);
  });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { top, bottom } = doc.page.margins;
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica-Bold").fontSize(9);
    doc.text(BANNER[banner], 0, top / 2 - 5, { align: "center", width: doc.page.width });
    doc.text(BANNER[banner], 0, doc.page.height - bottom / 2 - 5, {
      align: "center",
      width: doc.page.width,
    });
    doc.text(`${i + 1} / ${range.count}`, 0, doc.page.height - bottom / 2 + 7, {
      align: "center",
      width: doc.page.width,
    });
    doc.page.margins.top = top;
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
