// How many approved meetings took up the VBE question, now and in the period before.
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { formatCount, formatShare, type PeriodFigures } from './format.ts';

export function CoverageSummary({ current, previous }: { current: PeriodFigures; previous: PeriodFigures }) {
  return (
    <div className="ws-overview-coverage">
      <div className="ws-overview-figure">
        {current.vbeShare === null ? (
          <p>Inga justerade möten under perioden.</p>
        ) : (
          <>
            <p className="ws-overview-share">{formatShare(current.vbeShare)}</p>
            <p>{raisedText(current)}</p>
          </>
        )}
      </div>
      <div className="ws-overview-figure ws-overview-previous">
        <p>
          Föregående period: <strong>{previous.vbeShare === null ? 'inga justerade möten' : formatShare(previous.vbeShare)}</strong>
        </p>
        {previous.meetings > 0 && <p>{raisedText(previous)}</p>}
        <p className="ws-hint">
          {formatDay(previous.from)} – {formatDay(previous.to)}
        </p>
      </div>
      <p className="ws-hint ws-overview-coverage-note">
        Frågan räknas som upptagen när VBE-punkten diskuterades eller när det inte fanns något att rapportera.
      </p>
    </div>
  );
}

function raisedText(p: PeriodFigures): string {
  return `${formatCount(p.vbeRaised)} av ${formatCount(p.meetings)} justerade möten tog upp VBE-frågan.`;
}
