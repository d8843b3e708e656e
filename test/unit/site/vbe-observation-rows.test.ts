// The observation rows as a screen reader meets them: the long shared hint
// read once (with the first description), and each description with its
// "tecken kvar" count, since maxLength cuts pasted text silently.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_TEXT_MAX, type ObservationRow } from '../../../site/components/workspace/meeting/MinutesForm.ts';
import { VbeForm } from '../../../site/components/workspace/meeting/VbeForm.tsx';

const row = (key: string, text: string): ObservationRow => ({ key, milieu: 'vit-makt', category: 'klotter', source: 'polis', area: 'Husby', count: '1', date: '2026-03-03', text });

function render(observations: ObservationRow[]): string {
  return renderToStaticMarkup(
    createElement(VbeForm, {
      vbe: { status: 'discussed', observations, actions: [] },
      errors: {},
      idFor: (k: string) => k.replace(/\./g, '-'),
      areas: [],
      defaultDate: '2026-03-03',
      districtId: 'farsta',
      onChange: () => {},
      onSaveNow: () => {},
    }),
  );
}

/** The ids an element's aria-describedby names, found by the element's id. */
function describedBy(html: string, id: string): string[] {
  const tag = html.match(new RegExp(`<(?:input|select)[^>]*id="${id}"[^>]*>`))?.[0] ?? '';
  return tag.match(/aria-describedby="([^"]*)"/)?.[1]?.split(' ') ?? [];
}

describe('the observation rows', () => {
  const html = render([row('a', 'Klistermärken vid centrum.'), row('b', '')]);
  const hintId = html.match(/<p class="ws-hint" id="([^"]+)">En rad per observation/)?.[1];

  it('read the shared hint once, with the first row’s description, and never with the areas', () => {
    expect(hintId).toBeTruthy();
    expect(describedBy(html, 'obs-a-text')).toContain(hintId);
    expect(describedBy(html, 'obs-b-text')).not.toContain(hintId);
    expect(describedBy(html, 'obs-a-area')).not.toContain(hintId);
    expect(html.split(`${hintId}`).length - 1).toBe(2); // its own id and one reference
  });

  it('count the characters left in each description and tie the count to it', () => {
    const left = OBSERVATION_TEXT_MAX - 'Klistermärken vid centrum.'.length;
    expect(html).toContain(`<p class="ws-hint" id="obs-a-text-kvar">${left} tecken kvar</p>`);
    expect(html).toContain(`<p class="ws-hint" id="obs-b-text-kvar">${OBSERVATION_TEXT_MAX} tecken kvar</p>`);
    expect(describedBy(html, 'obs-a-text')).toContain('obs-a-text-kvar');
    expect(describedBy(html, 'obs-b-text')).toContain('obs-b-text-kvar');
  });
});
