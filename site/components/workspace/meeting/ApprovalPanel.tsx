// Justering: approve the minutes (which locks them), or see who approved
// them and, as a coordinator, reopen them.
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../../api/domain/swedish-format.ts';
import type { Meeting } from '../../../lib/workspace/api.ts';
import { useAccount } from '../Shell.tsx';
import { ApprovalForm } from './ApprovalForm.tsx';
import { swedishList } from './ApprovalNames.ts';
import { ApprovalReopen } from './ApprovalReopen.tsx';

interface Props {
  meeting: Meeting;
  /** Names of those present once attendance is set; undefined without attendance. */
  present?: string[];
  onChanged: (meeting: Meeting) => void;
}

export function ApprovalPanel({ meeting, present, onChanged }: Props) {
  const { role } = useAccount();
  const [changed, setChanged] = useState<'approved' | 'reopened' | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const approval = meeting.status === 'approved' ? meeting.approval : undefined;

  // The button that was used is gone after the change; the outcome takes focus instead.
  useEffect(() => {
    if (changed) resultRef.current?.focus();
  }, [changed]);

  return (
    <section aria-labelledby="justering" className="ws-section ws-approval">
      <h2 id="justering" tabIndex={-1}>
        Justering
      </h2>
      {approval ? (
        <>
          <p className="ws-lock" tabIndex={-1} ref={resultRef}>
            Justerat {formatDateTime(approval.at)} av {swedishList(approval.approvers)}.
          </p>
          {role === 'coordinator' || role === 'admin' ? (
            <ApprovalReopen
              meeting={meeting}
              onReopened={(m) => {
                setChanged('reopened');
                onChanged(m);
              }}
            />
          ) : (
            <p>Bara lokal samordnare kan öppna ett justerat protokoll.</p>
          )}
        </>
      ) : (
        <>
          {changed === 'reopened' && (
            <p className="ws-note" tabIndex={-1} ref={resultRef}>
              Protokollet är öppnat igen och kan ändras. Justera det på nytt när ändringarna är gjorda.
            </p>
          )}
          <ApprovalForm
            meeting={meeting}
            present={present}
            onApproved={(m) => {
              setChanged('approved');
              onChanged(m);
            }}
          />
        </>
      )}
    </section>
  );
}
