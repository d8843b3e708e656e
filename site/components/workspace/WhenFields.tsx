// Date and time of a meeting, with one error for both: the new-meeting form
// and the move form share it. Ids are `<prefix>-datum`, `<prefix>-tid` and
// `<prefix>-tidpunkt-fel`, so labels, errors and tests find them.
interface Props {
  prefix: string;
  dateLabel: string;
  timeLabel: string;
  date: string;
  time: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  error?: string;
}

export function WhenFields({ prefix, dateLabel, timeLabel, date, time, onDate, onTime, error }: Props) {
  const errorId = `${prefix}-tidpunkt-fel`;
  const invalid = error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
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
      </div>
      {error && (
        <p className="ws-field-error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
