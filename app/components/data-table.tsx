import { type ReactNode, type RefObject, useId, useLayoutEffect, useRef, useState } from "react";

/** Whether the element is narrower than its content, kept up to date as the window resizes. */
function useIsOverflowing(ref: RefObject<HTMLElement | null>): boolean {
  const [isOverflowing, setIsOverflowing] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => setIsOverflowing(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return isOverflowing;
}

export type DataTableRow = { key: string; cells: ReactNode[] };

type DataTableProps = {
  caption: string;
  headers: string[];
  rows: DataTableRow[];
  className?: string;
};

/**
 * A DSFR table (current markup) with a caption and column headers. When it is wider than the
 * screen, its scrolling container becomes a named, keyboard-focusable region so keyboard users
 * can scroll it too (WCAG 2.1.1) — which react-dsfr's Table does not do.
 */
export function DataTable({ caption, headers, rows, className }: DataTableProps) {
  const captionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const isOverflowing = useIsOverflowing(containerRef);
  const scrollRegion = isOverflowing
    ? ({ tabIndex: 0, role: "region", "aria-labelledby": captionId } as const)
    : {};
  return (
    <div className={`fr-table ${className ?? ""}`}>
      <div className="fr-table__wrapper">
        <div ref={containerRef} className="fr-table__container" {...scrollRegion}>
          <div className="fr-table__content">
            <table>
              <caption id={captionId}>{caption}</caption>
              <thead>
                <tr>
                  {headers.map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, column) => (
                      // Cells have no identity of their own: their column is their key.
                      // biome-ignore lint/suspicious/noArrayIndexKey: fixed column order
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
