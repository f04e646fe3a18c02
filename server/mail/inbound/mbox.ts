/*
 * mbox archives (RFC 4155): messages follow a "From " separator line at the start of the file
 * or after an empty line. Quoted "From " lines (">From ", ">>From " in mboxrd) lose one ">".
 * Works on bytes: a message's charset is its own business, the separators are ASCII.
 */

/** Whether a file is an mbox archive rather than a single message. */
export function isMbox(raw: Buffer): boolean {
  return raw.subarray(0, 5).toString("latin1") === "From ";
}

/** The messages of an mbox archive, as the bytes each message had. */
export function splitMbox(raw: Buffer): Buffer[] {
  const text = raw.toString("latin1");
  const starts: number[] = [];
  const separator = /(^|\n)From [^\n]*\n/g;
  for (const match of text.matchAll(separator)) {
    const at = (match.index ?? 0) + (match[1] === "\n" ? 1 : 0);
    // "From " after a non-empty line is body text, not a separator.
    if (
      at === 0 ||
      text.slice(Math.max(0, at - 2), at) === "\n\n" ||
      text.slice(Math.max(0, at - 3), at) === "\n\r\n"
    ) {
      starts.push(at);
    }
  }
  const messages: Buffer[] = [];
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const chunk = text.slice(start, end);
    const body = chunk.slice(chunk.indexOf("\n") + 1).replace(/(\r?\n)+$/, "\n");
    const unquoted = body.replace(/^>(>*From )/gm, "$1");
    if (unquoted.trim() !== "") messages.push(Buffer.from(unquoted, "latin1"));
  }
  return messages;
}
