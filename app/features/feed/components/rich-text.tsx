import type { InlineRun, RichDocument } from "@shared/schemas/feed";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { paths } from "../../../paths";

const SAFE_PROTOCOLS = ["http:", "https:", "mailto:"];

/** The server accepts only these links; checked again here so a bad stored one renders as text. */
function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

function Run({ run }: { run: InlineRun }) {
  switch (run.type) {
    case "text": {
      let node: ReactNode = run.text;
      if (run.italic) node = <em>{node}</em>;
      if (run.bold) node = <strong>{node}</strong>;
      return node;
    }
    case "link":
      return isSafeHref(run.href) ? (
        <a href={run.href} target="_blank" rel="noopener noreferrer nofollow">
          {run.text}
        </a>
      ) : (
        run.text
      );
    case "mention":
      return run.target === "user" ? (
        <Link to={paths.person(run.id)} className="feed-mention">
          @{run.label}
        </Link>
      ) : (
        <span className="feed-mention">@{run.label}</span>
      );
  }
}

function Runs({ runs }: { runs: readonly InlineRun[] }) {
  // Runs have no identity of their own; their position in an immutable document is stable.
  // biome-ignore lint/suspicious/noArrayIndexKey: a stored document never reorders.
  return runs.map((run, i) => <Run key={i} run={run} />);
}

/**
 * A post's or comment's rich text, built element by element from its structure: nothing is
 * ever parsed as HTML, so whatever was typed shows as text.
 */
export function RichTextView({ doc }: { doc: RichDocument }) {
  return (
    <div className="feed-rich-text">
      {doc.blocks.map((block, i) => {
        if (block.type === "paragraph") {
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a stored document never reorders.
            <p key={i}>
              <Runs runs={block.content} />
            </p>
          );
        }
        const items = block.items.map((item, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a stored document never reorders.
          <li key={j}>
            <Runs runs={item} />
          </li>
        ));
        // biome-ignore lint/suspicious/noArrayIndexKey: a stored document never reorders.
        return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </div>
  );
}
