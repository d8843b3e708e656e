// Date, start and end of a meeting, with one error for date and start and
// one for the end: the new-meeting form and the move form share it. Ids are
// `<prefix>-datum`, `<prefix>-tid`, `<prefix>-slut`, `<prefix>-tidpunkt-fel`
// and `<prefix>-slut-fel`, so labels, errors and tests find them.
interface Props {
  prefix: string;
  dateLabel: string;
  timeLabel: string;
  date: string;
  time: string;
  endTime: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  onEndTime: (value: string) => void;
  error?: string;
  endError?: string;
  /** Where the suggested end comes from, read with the end field. */
  endHint?: string;
}


export function WhenFields({ prefix, dateLabel, timeLabel, date, time, endTime, onDate, onTime, onEndTime, error, endError, endHint }: Props) {
  const errorId = `${prefix}-tidpunkt-fel`;
  const endErrorId = `${prefix}-slut-fel`;
  const endHintId = `${prefix}-slut-hint`;
  const invalid = error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const endDescribedBy = [endHint ? endHintId : '', endError ? endErrorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div className="ws-row">
        <div className="ws-field">
          <label htmlFor={`${prefix}-datum`}>{dateLabel}</label>
          <input id={`${prefix}-datum`} type="date" value={date} onChange={(e) => onDate(e.target.value)} required {...invalid} />
        </div>
        <div className="ws-field">
          <label htmlFor={`${prefix}-tid`}>{timeLabel}</label>
          <input id={`${prefix}-tid`} type="time" value={time} onChange={(e) => onTime(e.target.value)} required {...invalid} />
        </div>
        <div className="ws-field">
          <label htmlFor={`${prefix}-slut`}>Slutar kl.</label>
          <input
            id={`${prefix}-slut`}
            type="time"
            value={endTime}
            onChange={(e) => onEndTime(e.target.value)}
            required
            aria-invalid={endError ? true : undefined}
            aria-describedby={endDescribedBy}
          />
        </div>
      </div>
      {endHint && (
        <p className="ws-hint" id={endHintId}>
          {endHint}
        </p>
      )}
      {error && (
        <p className="ws-field-error" id={errorId}>
          {error}
        </p>
      )}
      {endError && (
        <p className="ws-field-error" id={endErrorId}>
          {endError}
        </p>
      )}
    </>
  );
}
