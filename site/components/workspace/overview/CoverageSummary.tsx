// How many approved meetings took up the VBE question, now and in the period before.
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { formatCount, formatShare, type PeriodFigures } from './format.ts';

export function CoverageSummary({ current, previous }: { current: PeriodFigures; previous: PeriodFigures }) {
  return (
    <div className="ws-overview-coverage">
      <div className="ws-overview-figure">
        <p className="ws-overview-share">{current.vbeShare === null ? 'Inga justerade möten' : formatShare(current.vbeShare)}</p>
        <p>{raisedText(current)}</p>
      </div>
      <div className="ws-overview-figure ws-overview-previous">
        <p>
          Föregående period: <strong>{previous.vbeShare === null ? 'inga justerade möten' : formatShare(previous.vbeShare)}</strong>
        </p>
        <p>{raisedText(previous)}</p>
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
  if (p.meetings === 0) return 'Inga protokoll justerades under perioden.';
  return `${formatCount(p.vbeRaised)} av ${formatCount(p.meetings)} justerade möten tog upp VBE-frågan.`;
}
