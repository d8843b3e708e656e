// Sending the agenda (with the calendar invitation), a cancellation or the
// approved minutes to the forum's members. The server decides what may be
// sent and to whom (mail.status); this panel asks before sending, says how
// many it went to, and lists what went out. Without an SMTP relay it offers
// the same messages as .eml files for Outlook.
// A message after an action (saved, sent, refused) takes the focus, since the
// control that was pressed often goes away; it is no live region, so a screen
// reader reads it once, on focus.
import { useEffect, useRef, useState, type KeyboardEvent, type SubmitEvent } from 'react';
import { LIMITS } from '../../../../api/domain/limits.ts';
import { problemOf, type ApiProblem, type Meeting } from '../../../lib/workspace/api.ts';
import { calendarsOutOfDate, describeMailings, emlLabel, mailApi, members, sendLabel, type MailKind, type MailOffer, type MailStatus } from '../../../lib/workspace/mail.ts';
import { Loading } from '../states.tsx';
import { useLoad } from '../use-load.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What goes with each message, said before sending. */
function whatFollows(offer: MailOffer): string {
  if (offer.kind === 'agenda')
    return offer.update
      ? 'Dagordningen och en uppdaterad kalenderinbjudan följer med, så att mötet flyttas i medlemmarnas kalendrar.'
      : 'Dagordningen och en kalenderinbjudan som medlemmarna kan tacka ja eller nej till följer med.';
  if (offer.kind === 'cancellation') return 'Meddelandet tar bort mötet ur medlemmarnas kalendrar.';
  return 'Det justerade protokollet följer med som Word-fil.';
}

function sentMessage(offer: MailOffer, recipients: number): string {
  const what =
    offer.kind === 'agenda'
      ? offer.update
        ? 'Den uppdaterade kallelsen är skickad'
        : 'Kallelsen är skickad'
      : offer.kind === 'cancellation'
        ? 'Meddelandet om inställt möte är skickat'
        : 'Protokollet är skickat';
  return `${what} till ${recipients} mottagare.`;
}

function EmailForm({ current, onSaved, focusOnMount }: { current: string | null; onSaved: (email: string) => void; focusOnMount?: string }) {
  const [email, setEmail] = useState(current ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(focusOnMount ? { code: 'BAD_REQUEST', message: focusOnMount, fields: { email: focusOnMount } } : null);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const fieldError = problem?.fields.email;

  useEffect(() => {
    if (problem) (fieldError ? inputRef.current : errorRef.current)?.focus();
  }, [problem]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    if (!EMAIL.test(value)) {
      const message = value ? 'Ange en hel e-postadress, med @ och domän.' : 'Ange din e-postadress i tjänsten.';
      setProblem({ code: 'BAD_REQUEST', message, fields: { email: message } });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await mailApi.setEmail(value);
      onSaved(value);
    } catch (err) {
      setProblem(problemOf(err));
      setBusy(false);
    }
  }

  return (
    <form className="ws-form" onSubmit={submit} noValidate>
      {problem && !fieldError && (
        <p className="ws-field-error ws-form-error" tabIndex={-1} ref={errorRef}>
          {problem.message}
        </p>
      )}
      <div className="ws-field">
        <label htmlFor="skicka-epost">Din e-postadress i tjänsten (svar och tackar ja/nej går hit)</label>
        <input
          id="skicka-epost"
          ref={inputRef}
          type="email"
          autoComplete="email"
          value={email}
          maxLength={LIMITS.email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'skicka-epost-hint skicka-epost-fel' : 'skicka-epost-hint'}
        />
        <p className="ws-hint" id="skicka-epost-hint">
          Din adress i arbetet. Den står som avsändare av kallelserna och syns för medlemmarna.
        </p>
        {fieldError && (
          <p className="ws-field-error" id="skicka-epost-fel">
            {fieldError}
          </p>
        )}
      </div>
      <p className="ws-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Sparar …' : 'Spara e-postadressen'}
        </button>
      </p>
    </form>
  );
}

interface SenderProps {
  status: MailStatus & { senderEmail: string };
  meeting: Pick<Meeting, 'id' | 'forumId'>;
  onChanged: (message: string) => void;
}

function Sender({ status, meeting, onChanged }: SenderProps) {
  const [confirming, setConfirming] = useState<MailKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [senderProblem, setSenderProblem] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const offer = status.offers.find((o) => o.kind === confirming);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (problem) errorRef.current?.focus();
  }, [problem]);

  function close(kind: MailKind) {
    setConfirming(null);
    // Back to the button that opened the question.
    requestAnimationFrame(() => document.getElementById(`skicka-${kind}`)?.focus());
  }

  async function send(offer: MailOffer) {
    setBusy(true);
    setProblem(null);
    try {
      const { mailing } = await mailApi.send(meeting.id, offer.kind);
      const recipients = mailing.recipients;
      setConfirming(null);
      onChanged(sentMessage(offer, recipients));
    } catch (err) {
      const failed = problemOf(err);
      setConfirming(null);
      if (failed.fields.senderEmail) setSenderProblem(failed.fields.senderEmail);
      else setProblem(failed);
    } finally {
      setBusy(false);
    }
  }

  if (senderProblem) {
    const saved = () => {
      setSenderProblem(null);
      onChanged('Din e-postadress är sparad.');
    };
    return <EmailForm current={status.senderEmail} focusOnMount={senderProblem} onSaved={saved} />;
  }

  return (
    <>
      {problem && (
        <p className="ws-field-error ws-form-error" tabIndex={-1} ref={errorRef} id="skicka-fel">
          {problem.fields.recipients ?? problem.message}
        </p>
      )}
      {status.recipients === 0 ? (
        <p className="ws-note">
          Forumet har inga medlemmar med e-postadress. Lägg till dem under <a href={`/arbetsyta/forum/?id=${encodeURIComponent(meeting.forumId)}#medlemmar`}>Medlemmar på forumets sida</a>, så kan
          kallelsen skickas till dem.
        </p>
      ) : (
        <ul className="ws-list">
          {status.offers.map((o) => (
            <li key={o.kind}>
              <button
                type="button"
                id={`skicka-${o.kind}`}
                onClick={() => setConfirming(o.kind)}
                aria-expanded={confirming === o.kind}
                aria-controls={confirming === o.kind ? 'skicka-bekraftelse' : undefined}
                disabled={busy}
              >
                {sendLabel(o, status.recipients)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {offer && (
        <div
          className="ws-note"
          id="skicka-bekraftelse"
          role="group"
          aria-labelledby="skicka-fraga"
          onKeyDown={(e: KeyboardEvent) => {
            if (e.key === 'Escape') close(offer.kind);
          }}
        >
          <p id="skicka-fraga">
            Skicka ”{offer.subject}” till {members(status.recipients)}? {whatFollows(offer)} Svar går till {status.senderEmail}.
          </p>
          <p className="ws-actions">
            <button type="button" className="ws-primary" ref={confirmRef} onClick={() => send(offer)} disabled={busy} aria-describedby="skicka-fraga">
              {busy ? 'Skickar …' : 'Ja, skicka'}
            </button>
            <button type="button" onClick={() => close(offer.kind)} disabled={busy}>
              Avbryt
            </button>
          </p>
        </div>
      )}
      <details>
        <summary>Ändra din e-postadress ({status.senderEmail})</summary>
        <EmailForm current={status.senderEmail} onSaved={() => onChanged('Din e-postadress är sparad.')} />
      </details>
    </>
  );
}

function Files({ offers, senderEmail, onChanged }: { offers: MailOffer[]; senderEmail: string | null; onChanged: (message: string) => void }) {
  return (
    <>
      <p>Tjänsten skickar inte e-post här. Öppna meddelandet i Outlook: mottagarna, ämnet och bilagorna är ifyllda.</p>
      {senderEmail === null && (
        <>
          {/* The server needs the address for the files too (it answers 409 without one). */}
          <p>
            Ange din e-postadress först. Kalenderinbjudan anger dig som mötets organisatör, så att svar och tackar ja eller nej når dig.
          </p>
          <EmailForm current={null} onSaved={() => onChanged('Din e-postadress är sparad. Nu kan du öppna meddelandena.')} />
        </>
      )}
      <ul className="ws-list">
        {offers.map((o) => (
          <li key={o.kind}>
            <a href={o.eml}>{emlLabel(o)}</a> (öppnas i Outlook, klart att skicka)
          </li>
        ))}
      </ul>
    </>
  );
}

/** The panel once mail.status has answered (exported for the unit test). */
export function MailBody({ status, meeting, reload }: { status: MailStatus; meeting: Meeting; reload: () => void }) {
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLParagraphElement>(null);
  const stale = calendarsOutOfDate(status, meeting.sequence);
  const sent = describeMailings(status.mailings);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  function changed(text: string) {
    setMessage(text);
    reload();
  }

  return (
    <>
      {stale && (
        <p className="ws-note" id="skicka-inaktuell">
          <strong>Medlemmarnas kalendrar är inte uppdaterade.</strong> Mötet har ändrats sedan kallelsen skickades, så kalendrarna visar den gamla tiden eller platsen tills
          den uppdaterade kallelsen har gått ut.
        </p>
      )}
      {message && (
        <p className="ws-note" tabIndex={-1} ref={messageRef} id="skicka-meddelande">
          {message}
        </p>
      )}
      {status.offers.length === 0 ? (
        <p>Inget att skicka just nu. Kallelsen skickas före mötet och protokollet när det är justerat.</p>
      ) : !status.smtp ? (
        <Files offers={status.offers} senderEmail={status.senderEmail} onChanged={changed} />
      ) : status.senderEmail === null ? (
        <>
          <p>Ange din e-postadress först: kallelserna skickas i ditt namn.</p>
          <EmailForm current={null} onSaved={() => changed('Din e-postadress är sparad. Nu kan du skicka.')} />
        </>
      ) : (
        <Sender status={{ ...status, senderEmail: status.senderEmail }} meeting={meeting} onChanged={changed} />
      )}
      <h3>Skickat</h3>
      {sent.length === 0 ? (
        <p>Inget har skickats till medlemmarna från tjänsten.</p>
      ) : (
        <ul className="ws-list">
          {sent.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function MailPanel({ meeting }: { meeting: Meeting }) {
  // A move, a cancellation or an approval changes what may be sent.
  const [loaded, reload] = useLoad(() => mailApi.status(meeting.id), [meeting.id, meeting.updatedAt, meeting.status]);
  // Nothing to offer someone the server keeps out of the mailings.
  if (loaded.state === 'failed' && (loaded.problem.code === 'FORBIDDEN' || loaded.problem.code === 'NOT_FOUND')) return null;
  return (
    <section className="ws-section" aria-labelledby="skicka">
      <h2 id="skicka" tabIndex={-1}>
        Skicka till medlemmarna
      </h2>
      {loaded.state === 'loading' && <Loading what="utskicken" />}
      {loaded.state === 'failed' && (
        <div className="ws-state ws-error" role="alert">
          <p>Utskicken kunde inte hämtas: {loaded.problem.message}</p>
          <button type="button" onClick={reload}>
            Försök igen
          </button>
        </div>
      )}
      {/* A moved meeting starts the panel afresh, without the last sending's message. */}
      {loaded.state === 'ready' && <MailBody key={meeting.updatedAt} status={loaded.data} meeting={meeting} reload={reload} />}
    </section>
  );
}
