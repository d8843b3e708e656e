// E-mail addresses, also disguised: "namn at exempel dot se", "namn [at]
// exempel.se", "namn (snabel-a) exempel punkt se", spaces around "@" and ".".
// ("%40" and "&#64;" are already "@" in the canonical text.) From each "@" or
// at-word the scan looks a bounded distance left for the local part and right
// for the domain, so the cost stays linear.
import type { Finding } from './finding.ts';

const AT = /@|[[({<] ?(?:at|snabel-?a) ?[\])}>]|(?<![\p{L}\p{N}])(?:at|snabel-?a)(?![\p{L}\p{N}])/giu;
// A dot between domain labels: "." (spaced or not), or "dot"/"punkt", bare or in brackets.
const DOT = / \. ?|\. |\.| ?[[({<] ?(?:dot|punkt) ?[\])}>] ?| (?:dot|punkt) /iy;
const LABEL = /[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?/uy;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
// Top-level domains that disguised addresses are checked against: "anna @ exempel. se" is an address, "@ Husby.Vi ses" is not.
const COMMON_TLDS = new Set(['se', 'nu', 'com', 'net', 'org', 'eu', 'info', 'io', 'fi', 'no', 'dk', 'de', 'uk', 'fr', 'es', 'it', 'nl', 'pl', 'me', 'biz', 'edu', 'gov', 'app', 'email', 'tr', 'so', 'ir', 'iq', 'sy']);
const MAX_LOCAL = 64;
const MAX_LABELS = 6;

function localPartStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_LOCAL && LOCAL_CHAR.test(text[i - 1]!)) i--;
  // The local part must hold a letter or digit and start at a word boundary.
  if (i === end || !/[\p{L}\p{N}]/u.test(text.slice(i, end))) return -1;
  if (i > 0 && LOCAL_CHAR.test(text[i - 1]!)) return -1;
  return i;
}

/** End of "label(.label)+" from `from`, or -1. Disguised dots and spaces are accepted only before a common TLD. */
function domainEnd(text: string, from: number, disguised: boolean): number {
  let i = from;
  let labels = 0;
  let plainDots = true;
  let lastLabel = '';
  let end = -1;
  while (labels < MAX_LABELS) {
    LABEL.lastIndex = i;
    const label = LABEL.exec(text);
    if (!label) break;
    labels++;
    i += label[0].length;
    lastLabel = label[0];
    if (labels >= 2) {
      const tldOk = plainDots && !disguised ? /^\p{L}{2,}$/u.test(lastLabel) : COMMON_TLDS.has(lastLabel) || (plainDots && /^[a-z]{2,}$/.test(lastLabel));
      if (tldOk && !/[\p{L}\p{N}]/u.test(text[i] ?? '')) end = i;
    }
    DOT.lastIndex = i;
    const dot = DOT.exec(text);
    if (!dot) break;
    if (dot[0] !== '.') plainDots = false;
    i += dot[0].length;
  }
  return end;
}

export function findEmail(text: string): Finding | null {
  const at = new RegExp(AT.source, AT.flags);
  for (let m = at.exec(text); m; m = at.exec(text)) {
    const marker = m[0];
    let left = m.index;
    let right = m.index + marker.length;
    const spacedLeft = text[left - 1] === ' ';
    const spacedRight = text[right] === ' ';
    if (spacedLeft) left--;
    if (spacedRight) right++;
    // "at" as a bare word needs spaces on both sides; "@" and "[at]" may touch.
    if (/^[a-z]/i.test(marker) && !(spacedLeft && spacedRight)) continue;
    const from = localPartStart(text, left);
    if (from === -1) continue;
    const disguised = marker !== '@' || spacedLeft || spacedRight;
    const end = domainEnd(text, right, disguised);
    if (end !== -1) return { kind: 'e-post', index: from, length: end - from };
  }
  return null;
}
