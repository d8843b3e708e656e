// Turns content entries into search records: one for the page and one per
// heading section, linking to the section's anchor.
import GithubSlugger from 'github-slugger';
import type { ContentKind } from '../content/schemas.ts';
import { entryUrl, milieuLabel } from '../kinds.ts';
import { markdownToText } from './markdown-text.ts';

export interface SearchRecord {
  url: string;
  kind: ContentKind;
  milieu?: string;
  title: string;
  /** Aliases and tags: boosted like a title, but not shown as one. */
  keywords: string;
  headings: string;
  body: string;
}

export interface RecordSource {
  kind: ContentKind;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/;

export function recordsFor(entry: RecordSource): SearchRecord[] {
  const { kind, slug, data } = entry;
  const url = entryUrl(kind, slug);
  const title = String(data.title);
  const milieu = typeof data.milieu === 'string' ? data.milieu : undefined;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const keywords = [...list(data.aliases), ...list(data.tags), milieu ? milieuLabel(milieu) : '']
    .filter(Boolean)
    .join(' · ');

  const sections = splitSections(entry.body);
  const lead = [String(data.summary), ...extraText(entry), sections.lead].filter(Boolean).join(' ');
  const page: SearchRecord = {
    url,
    kind,
    milieu,
    title,
    keywords,
    headings: sections.items.map((s) => s.heading).join(' · '),
    body: lead,
  };
  const sectionRecords = sections.items
    .filter((s) => s.text !== '')
    .map<SearchRecord>((s) => ({
      url: `${url}#${s.anchor}`,
      kind,
      milieu,
      title: `${title} › ${s.heading}`,
      keywords: '',
      headings: s.heading,
      body: s.text,
    }));
  return [page, ...sectionRecords, ...planSectionRecords(entry, url, title)];
}

interface Sections {
  lead: string;
  items: { heading: string; anchor: string; text: string }[];
}

// Anchors come from github-slugger, as Astro's own heading ids do.
function splitSections(markdown: string): Sections {
  const slugger = new GithubSlugger();
  const out: Sections = { lead: '', items: [] };
  let buffer: string[] = [];
  const flush = () => {
    const text = markdownToText(buffer.join('\n'));
    if (out.items.length === 0) out.lead = text;
    else out.items[out.items.length - 1].text = text;
    buffer = [];
  };
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (m) {
      flush();
      const heading = markdownToText(m[2]);
      out.items.push({ heading, anchor: slugger.slug(heading), text: '' });
    } else {
      buffer.push(line);
    }
  }
  flush();
  return out;
}

// Front-matter fields that hold searchable prose.
function extraText(entry: RecordSource): string[] {
  const d = entry.data;
  switch (entry.kind) {
    case 'symbols':
      return [String(d.signals), String(d.contextNote)];
    case 'contacts':
      return [String(d.districtName ?? ''), ...(d.responsibilities as string[])];
    case 'plans':
      return [String(d.districtName), `Handlingsplan ${d.year}`];
    default:
      return [];
  }
}

// Plan activities are searchable per plan section (anchor = section id).
function planSectionRecords(entry: RecordSource, url: string, title: string): SearchRecord[] {
  if (entry.kind !== 'plans') return [];
  const sections = entry.data.sections as { id: string; title: string; description: string }[];
  const activities = entry.data.activities as { activity: string; owner: string; section: string }[];
  return sections.map((s) => ({
    url: `${url}#${s.id}`,
    kind: entry.kind,
    title: `${title} › ${s.title}`,
    keywords: '',
    headings: s.title,
    body: [
      s.description,
      ...activities.filter((a) => a.section === s.id).map((a) => `${a.activity} (${a.owner})`),
    ].join(' '),
  }));
}
