// Every overview table: a caption that names it, inside a region that can
// be scrolled from the keyboard when the table is wider than the screen.
import { useId, type ReactNode } from 'react';

export function DataTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="ws-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
