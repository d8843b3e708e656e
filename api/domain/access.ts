// Who may do what, per record. Denials of reading answer "not found" so
// that ids of other forums' records reveal nothing.
import type { Role } from './codes.ts';
import { forbidden, notFound } from './errors.ts';
import type { Forum } from './types.ts';

export interface Actor {
  id: string;
  role: Role;
  districtId: string;
  forumIds: readonly string[];
}

/** The part of an account that access decisions need. */
export function actorOf(account: Pick<Actor, 'id' | 'role' | 'districtId' | 'forumIds'>): Actor {
  return { id: account.id, role: account.role, districtId: account.districtId, forumIds: account.forumIds };
}

export function canReadForum(actor: Actor, forum: Pick<Forum, 'id' | 'districtId'>): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return forum.districtId === actor.districtId;
    case 'convener':
      return actor.forumIds.includes(forum.id);
    // The city reads figures and lägesbilder, not the forums' minutes.
    case 'city':
      return false;
  }
}

/** Conveners run their own forums' meetings; coordinators their district's. */
export const canWriteForum = canReadForum;

/** The district's figures and lägesbilder: its coordinator, admins, and the city's read-only coordinator. */
export function canReadDistrictFigures(actor: Actor, districtId: string): boolean {
  return actor.role === 'city' || canManageDistrict(actor, districtId);
}

/** The city's picture across all districts. */
export function canReadCity(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'city';
}

/** `city` writes nothing anywhere; the signed-in procedure refuses its mutations before any router runs. */
export function mayWrite(actor: Pick<Actor, 'role'>): boolean {
  return actor.role !== 'city';
}

export const READ_ONLY_MESSAGE = 'Ditt konto har bara läsbehörighet och kan inte ändra något.';

export function assertMayWrite(actor: Pick<Actor, 'role'>): void {
  if (!mayWrite(actor)) throw forbidden(READ_ONLY_MESSAGE);
}

export function canManageDistrict(actor: Actor, districtId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'coordinator' && actor.districtId === districtId);
}

export function assertCanReadForum(actor: Actor, forum: Pick<Forum, 'id' | 'districtId'> | undefined, what = 'Forumet'): asserts forum {
  if (!forum || !canReadForum(actor, forum)) throw notFound(`${what} finns inte eller så har du inte behörighet till det.`);
}

export function assertCanReadDistrictFigures(actor: Actor, districtId: string): void {
  if (!canReadDistrictFigures(actor, districtId)) {
    throw forbidden('Det här får bara den lokala samordnaren för stadsdelen, stadens samordnare eller en administratör se.');
  }
}

export function assertCanManageDistrict(actor: Actor, districtId: string): void {
  if (!canManageDistrict(actor, districtId)) {
    throw forbidden('Det här får bara den lokala samordnaren för stadsdelen eller en administratör göra.');
  }
}
