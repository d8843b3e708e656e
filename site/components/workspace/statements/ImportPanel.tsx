// Last year's figures as a CSV in the format of the overview's download:
// paste it or choose the file, preview every row with its problems by
// column, then import. A file with any refused row is not imported.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { CATEGORY_LABELS, MILIEU_LABELS, SOURCE_LABELS } from '../../../../api/domain/codes.ts';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { STATEMENT_LIMITS } from '../../../../api/domain/limits.ts';
import { decodeCsvBytes, importBodyBytes, importTooLargeMessage } from '../../../../api/domain/csv-file.ts';
import { MAX_BODY_BYTES } from '../../../../api/http/body-limit.ts';
import { api, problemOf, type Outputs } from '../../../lib/workspace/api.ts';
import { DataTable } from '../overview/DataTable.tsx';
import { ImportList } from './ImportList.tsx';

type Preview = Outputs['imports']['preview'];

export function ImportPanel({ districtId }: { districtId: string }) {
  const id = useId();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // Focus follows the answer once it is on screen: the preview's heading, or the message.
  useEffect(() => {
    if (preview) resultRef.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    // Bytes, not file.text(): Excel's plain CSV is Windows-1252, and "Miljö" would arrive with U+FFFD for ö.
    setCsv(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
    setPreview(null);
    setMessage(null);
  }

  /** Says so instead of sending a body the server refuses unread (413). */
  function tooLarge(): boolean {
    const bytes = importBodyBytes(districtId, csv);
    if (bytes <= MAX_BODY_BYTES) return false;
    setPreview(null);
    setMessage({ text: importTooLargeMessage(bytes), error: true });
    return true;
  }

  function fail(err: unknown) {
    setMessage({ text: problemOf(err).message, error: true });
  }

  async function showPreview() {
    if (tooLarge()) return;
    setBusy(true);
    setMessage(null);
    setPreview(null);
    try {
      setPreview(await api.imports.preview.mutate({ districtId, csv }));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (tooLarge()) return;
    setBusy(true);
    try {
      const batch = await api.imports.commit.mutate({ districtId, csv });
      const n = batch.observations.length;
      setPreview(null);
      setCsv('');
      setImported((n) => n + 1);
      setMessage({
        text: `${n === 1 ? '1 observation' : `${n} observationer`} från ${formatDay(batch.from)} – ${formatDay(batch.to)} ${n === 1 ? 'är importerad' : 'är importerade'}. De räknas i översikten som importerade siffror.`,
        error: false,
      });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ws-import">
      <p>
        Filen ska ha samma kolumner som CSV-filen du laddar ned från översikten (semikolon mellan kolumnerna, rubrikraden först). Miljö,
        kategori och källa kan vara namnen eller koderna. Rader med okända värden eller personuppgifter visas med felet och importeras inte.
      </p>
      <div className="ws-field">
        <label htmlFor={`${id}-fil`}>Välj en CSV-fil</label>
        <input id={`${id}-fil`} type="file" accept=".csv,text/csv" onChange={readFile} />
      </div>
      <div className="ws-field">
        <label htmlFor={`${id}-text`}>Eller klistra in innehållet</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          maxLength={STATEMENT_LIMITS.importChars}
          value={csv}
          onChange={(e) => {
            setCsv(e.target.value);
            setPreview(null);
          }}
        />
      </div>
      <div className="ws-actions">
        <button type="button" className="ws-primary" onClick={showPreview} disabled={busy || csv.trim() === ''}>
          Förhandsgranska
        </button>
      </div>
      {message && (
        <div className={message.error ? 'ws-form-error' : 'ws-note'} role={message.error ? 'alert' : 'status'} tabIndex={-1} ref={messageRef}>
          <p>{message.text}</p>
        </div>
      )}
      {preview && (
        <div className="ws-import-preview">
          <h3 tabIndex={-1} ref={resultRef}>
            Förhandsgranskning: {preview.accepted} {preview.accepted === 1 ? 'rad godkänd' : 'rader godkända'}, {preview.refused}{' '}
            {preview.refused === 1 ? 'rad refuserad' : 'rader refuserade'}
          </h3>
          <PreviewTable preview={preview} />
          {preview.refused > 0 ? (
            <p className="ws-form-error">Rätta de refuserade raderna i filen och förhandsgranska igen. Inget importeras förrän alla rader går att läsa.</p>
          ) : (
            <div className="ws-actions">
              <button type="button" className="ws-primary" onClick={commit} disabled={busy}>
                Importera {preview.accepted} {preview.accepted === 1 ? 'rad' : 'rader'}
              </button>
            </div>
          )}
        </div>
      )}
      <ImportList districtId={districtId} version={imported} />
    </div>
  );
}

/** Every refused row, and the first accepted ones: a whole year's file would make a very long page. */
const ACCEPTED_SHOWN = 200;

function PreviewTable({ preview }: { preview: Preview }) {
  let accepted = 0;
  const rows = preview.rows.filter((r) => !r.observation || ++accepted <= ACCEPTED_SHOWN);
  const hidden = preview.rows.length - rows.length;
  return (
    <>
      {hidden > 0 && <p>Visar alla refuserade rader och de första {ACCEPTED_SHOWN} godkända; {hidden} godkända rader visas inte.</p>}
      <DataTable caption="Raderna i filen">
      <thead>
        <tr>
          <th scope="col">Rad</th>
          <th scope="col">Status</th>
          <th scope="col">Observation</th>
          <th scope="col">Fel</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.row}>
            <th scope="row">{r.row}</th>
            <td>
              <span className={r.observation ? 'ws-badge ws-badge-ok' : 'ws-badge ws-badge-warn'}>{r.observation ? 'Godkänd' : 'Refuserad'}</span>
            </td>
            <td>
              {r.observation &&
                `${formatDay(r.observation.date)}: ${r.observation.count} × ${CATEGORY_LABELS[r.observation.category]}, ${MILIEU_LABELS[r.observation.milieu]}, ${SOURCE_LABELS[r.observation.source]}, ${r.observation.area}`}
            </td>
            <td>
              {r.problems.length > 0 && (
                <ul>
                  {r.problems.map((p, i) => (
                    <li key={i}>
                      {p.column ? `Kolumn ${p.column}: ` : ''}
                      {p.message}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
    </>
  );
}
