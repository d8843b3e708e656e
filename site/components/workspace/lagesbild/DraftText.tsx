// The draft text written from the figures (lagesbild.draft): read here, and
// the starting point of the coordinator's own sections.
import type { Outputs } from '../../../lib/workspace/api.ts';

export type DraftSections = Outputs['lagesbild']['draft'];

export function DraftText({ sections }: { sections: DraftSections }) {
  return (
    <div className="lb-draft">
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`utkast-${section.key}`}>
          <h3 id={`utkast-${section.key}`}>{section.title}</h3>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
