// Download names: "dagordning-brå-rinkeby-kista-2026-03-03.docx", with an
// ASCII twin for clients that ignore `filename*` (RFC 6266, RFC 8187).

/** Lower-case words joined by hyphens; keeps å, ä, ö unless `ascii`. */
export function slugify(text: string, opts: { ascii?: boolean } = {}): string {
  let s = text.toLowerCase().normalize('NFC');
  if (opts.ascii) {
    s = s
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  }
  const allowed = opts.ascii ? /[^a-z0-9]+/g : /[^a-z0-9åäö]+/g;
  // Capped so a long forum name cannot make an unwieldy file name.
  return s.replace(allowed, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

export interface DownloadName {
  /** Only [a-z0-9.-]: safe inside the quoted `filename` parameter. */
  ascii: string;
  utf8: string;
}

/** `<what>-<name>-<suffix>.<ext>`, e.g. ("dagordning", "BRÅ Rinkeby-Kista", "2026-03-03", "docx"). */
export function downloadName(what: string, name: string, suffix: string, ext: string): DownloadName {
  const build = (ascii: boolean) =>
    [slugify(what, { ascii }), slugify(name, { ascii }), slugify(suffix, { ascii })].filter(Boolean).join('-') + `.${ext}`;
  return { ascii: build(true), utf8: build(false) };
}

// encodeURIComponent leaves '()*!~ as they are; RFC 8187's attr-char excludes ' ( ) *.
function rfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function attachmentDisposition(name: DownloadName): string {
  const fallback = name.ascii.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc8187(name.utf8)}`;
}

/**
 * The minutes' Word file: approved minutes are the protocol, drafts are notes
 * ("minnesanteckningar-…"), so a draft is never filed under the protocol's name.
 * The URL stays …/protokoll.docx either way.
 */
export function minutesDownloadName(view: { approved: boolean; forumName: string; day: string }): DownloadName {
  return downloadName(view.approved ? 'protokoll' : 'minnesanteckningar', view.forumName, view.day, 'docx');
}
