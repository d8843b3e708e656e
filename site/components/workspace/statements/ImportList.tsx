// The district's imports, each with "Ta bort": a file imported by mistake (or
// to be replaced by a corrected one) is undone here. A new file whose period
// overlaps one of these is refused, so nothing counts twice.
import { useEffect, useRef, useState } from 'react';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { api, problemOf, type Outputs } from '../../../lib/workspace/api.ts';
import { DataTable } from '../overview/DataTable.tsx';
import { Empty, Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';

type Batch = Outputs['imports']['list'][number];

const period = (b: Pick<Batch, 'from' | 'to'>) => `${formatDay(b.from)} – ${formatDay(b.to)}`;
const count = (n: number) => (n === 1 ? '1 observation' : `${n} observationer`);

/** `version` changes after each import, so the list loads again. */
export function ImportList({ districtId, version }: { districtId: string; version: number }) {
  const [batches, reload] = useLoad(() => api.imports.list.query({ districtId }), [districtId, version]);
  const [asking, setAsking] = useState<Batch | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  // Focus follows the question, then the answer, once they are on screen.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  // "Avbryt" leaves: focus goes back to the row's "Ta bort".
  useEffect(() => {
    if (returnFocus) removeButtons.current.get(returnFocus)?.focus();
  }, [returnFocus]);

  async function remove(batch: Batch) {
    setBusy(true);
    try {
      await api.imports.remove.mutate({ id: batch.id });
      setMessage({ text: `Importen för ${period(batch)} (${count(batch.observations)}) är borttagen och räknas inte längre i översikten.`, error: false });
      reload();
    } catch (err) {
      setMessage({ text: problemOf(err).message, error: true });
    } finally {
      setAsking(null);
      setBusy(false);
    }
  }

  return (
    <div className="ws-import-list">
      <h3>Importerade filer</h3>
      {message && (
        <div className={message.error ? 'ws-form-error' : 'ws-note'} role={message.error ? 'alert' : 'status'} tabIndex={-1} ref={messageRef}>
          <p>{message.text}</p>
        </div>
      )}
      {batches.state === 'loading' && <Loading what="importerna" />}
      {batches.state === 'failed' && <Problem problem={batches.problem} retry={reload} />}
      {batches.state === 'ready' && batches.data.length === 0 && <Empty>Inga filer är importerade för stadsdelen.</Empty>}
      {batches.state === 'ready' && batches.data.length > 0 && (
        <DataTable caption="Importerade filer med period och antal observationer">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Observationer</th>
              <th scope="col">Importerad</th>
              <th scope="col">
                <span className="ws-visually-hidden">Åtgärd</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {batches.data.map((b) => (
              <tr key={b.id}>
                <th scope="row">{period(b)}</th>
                <td>{b.observations}</td>
                <td>{formatDay(b.importedAt.slice(0, 10))}</td>
                <td>
                  {asking?.id === b.id ? (
                    <span className="ws-actions">
                      <button type="button" className="ws-danger" ref={confirmRef} onClick={() => remove(b)} disabled={busy}>
                        Ja, ta bort importen för {period(b)}
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          setAsking(null);
                          setReturnFocus(b.id);
                        }}
                        disabled={busy}
                      >
                        Avbryt
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) removeButtons.current.set(b.id, el);
                        else removeButtons.current.delete(b.id);
                      }}
                      onClick={() => {
                        setReturnFocus(null);
                        setAsking(b);
                      }}
                      disabled={busy}
                    >
                      Ta bort<span className="ws-visually-hidden"> importen för {period(b)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
