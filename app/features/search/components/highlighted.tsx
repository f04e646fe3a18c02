import type { TextSegment } from "@shared/schemas/search";

/** Text segments from the server, the matching words in <mark>; never parsed as HTML. */
export function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.highlight ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence.
          <mark key={i}>{s.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence.
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
