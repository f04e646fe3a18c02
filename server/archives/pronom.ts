/*
 * PRONOM format identifiers (The National Archives' technical registry) of the formats the
 * portal stores, from their MIME type — and, for PDF, the version its header declares.
 */

const BY_MIME: Record<string, { id: string; name: string }> = {
  "application/json": { id: "fmt/817", name: "JSON Data Interchange Format" },
  "text/plain": { id: "x-fmt/111", name: "Plain Text File" },
  "text/csv": { id: "x-fmt/18", name: "Comma Separated Values" },
  "text/html": { id: "fmt/96", name: "Hypertext Markup Language" },
  "application/xml": { id: "fmt/101", name: "Extensible Markup Language" },
  "text/xml": { id: "fmt/101", name: "Extensible Markup Language" },
  "message/rfc822": { id: "fmt/278", name: "Internet Message Format" },
  "image/png": { id: "fmt/13", name: "Portable Network Graphics 1.2" },
  "image/jpeg": { id: "fmt/43", name: "JPEG File Interchange Format 1.01" },
  "image/gif": { id: "fmt/4", name: "Graphics Interchange Format 89a" },
  "image/tiff": { id: "fmt/353", name: "Tagged Image File Format" },
  "image/svg+xml": { id: "fmt/92", name: "Scalable Vector Graphics 1.1" },
  "application/zip": { id: "x-fmt/263", name: "ZIP Format" },
  "application/msword": { id: "fmt/40", name: "Microsoft Word 97-2003" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    id: "fmt/412",
    name: "Microsoft Word for Windows 2007 onwards",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    id: "fmt/214",
    name: "Microsoft Excel for Windows 2007 onwards",
  },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    id: "fmt/215",
    name: "Microsoft PowerPoint for Windows 2007 onwards",
  },
  "application/vnd.oasis.opendocument.text": { id: "fmt/291", name: "OpenDocument Text 1.2" },
};

const PDF_VERSIONS: Record<string, string> = {
  "1.0": "fmt/14",
  "1.1": "fmt/15",
  "1.2": "fmt/16",
  "1.3": "fmt/17",
  "1.4": "fmt/18",
  "1.5": "fmt/19",
  "1.6": "fmt/20",
  "1.7": "fmt/276",
  "2.0": "fmt/1129",
};

/** The PRONOM id and name of a file, or nulls when the format is not one we can name. */
export function pronomFormat(
  mimeType: string,
  head?: Buffer,
): { id: string | null; name: string | null } {
  const mime = mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (mime === "application/pdf") {
    const version = head
      ?.subarray(0, 16)
      .toString("latin1")
      .match(/^%PDF-(\d\.\d)/)?.[1];
    const id = version ? PDF_VERSIONS[version] : undefined;
    return id
      ? { id, name: `Acrobat PDF ${version} - Portable Document Format` }
      : { id: null, name: "Portable Document Format" };
  }
  const known = BY_MIME[mime];
  return known ? { id: known.id, name: known.name } : { id: null, name: null };
}
