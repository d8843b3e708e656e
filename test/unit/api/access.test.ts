import { describe, expect, it } from 'vitest';
import {
  type Actor,
  assertCanManageDistrict,
  assertCanReadForum,
  canManageDistrict,
  canReadForum,
  canWriteForum,
} from '../../../api/domain/access.ts';
import type { Forum } from '../../../api/domain/types.ts';
import { expectDomainError } from '../../fixtures/domain-helpers.ts';

const forum = (id: string, districtId: string): Pick<Forum, 'id' | 'districtId'> => ({ id, districtId });

// Two districts, two forums each.
const RINKEBY_BRA = forum('f-rinkeby-bra', 'd-rinkeby');
const RINKEBY_SSPF = forum('f-rinkeby-sspf', 'd-rinkeby');
const SKARHOLMEN_BRA = forum('f-skarholmen-bra', 'd-skarholmen');
const SKARHOLMEN_SAM = forum('f-skarholmen-sam', 'd-skarholmen');
const ALL = [RINKEBY_BRA, RINKEBY_SSPF, SKARHOLMEN_BRA, SKARHOLMEN_SAM];

const admin: Actor = { id: 'acc-admin', role: 'admin', districtId: 'd-rinkeby', forumIds: [] };
const coordinator: Actor = { id: 'acc-coord', role: 'coordinator', districtId: 'd-rinkeby', forumIds: [] };
/** Convenes one forum in Rinkeby and, unusually, one in Skärholmen; district does not matter to a convener. */
const convener: Actor = { id: 'acc-conv', role: 'convener', districtId: 'd-rinkeby', forumIds: [RINKEBY_BRA.id, SKARHOLMEN_SAM.id] };

const readable = (actor: Actor) => ALL.filter((f) => canReadForum(actor, f)).map((f) => f.id);

describe('canReadForum', () => {
  it('lets an admin read every forum', () => {
    expect(readable(admin)).toEqual(ALL.map((f) => f.id));
  });

  it('lets a coordinator read only the forums of their own district', () => {
    expect(readable(coordinator)).toEqual([RINKEBY_BRA.id, RINKEBY_SSPF.id]);
    // Even a forum id listed on the account does not widen a coordinator's access.
    expect(canReadForum({ ...coordinator, forumIds: [SKARHOLMEN_BRA.id] }, SKARHOLMEN_BRA)).toBe(false);
  });

  it('lets a convener read only the forums they convene, whatever the district', () => {
    expect(readable(convener)).toEqual([RINKEBY_BRA.id, SKARHOLMEN_SAM.id]);
    expect(canReadForum(convener, RINKEBY_SSPF)).toBe(false);
    expect(readable({ ...convener, forumIds: [] })).toEqual([]);
  });

  it('canWriteForum follows the same rule', () => {
    for (const actor of [admin, coordinator, convener]) {
      for (const f of ALL) expect(canWriteForum(actor, f)).toBe(canReadForum(actor, f));
    }
  });
});

describe('assertCanReadForum', () => {
  it('passes for readable forums', () => {
    expect(() => assertCanReadForum(admin, SKARHOLMEN_BRA)).not.toThrow();
    expect(() => assertCanReadForum(coordinator, RINKEBY_SSPF)).not.toThrow();
    expect(() => assertCanReadForum(convener, SKARHOLMEN_SAM)).not.toThrow();
  });

  it.each([
    ['a coordinator, another district’s forum', coordinator, SKARHOLMEN_BRA],
    ['a convener, a forum they do not convene', convener, RINKEBY_SSPF],
  ])('answers NOT_FOUND, not FORBIDDEN, for %s', (_case, actor, f) => {
    const error = expectDomainError(() => assertCanReadForum(actor, f), 'NOT_FOUND');
    expect(error.code).not.toBe('FORBIDDEN');
    expect(error.message).toBe('Forumet finns inte eller så har du inte behörighet till det.');
  });

  it('answers NOT_FOUND for a forum that does not exist, even to an admin, with the same message', () => {
    const missing = expectDomainError(() => assertCanReadForum(admin, undefined), 'NOT_FOUND');
    const denied = expectDomainError(() => assertCanReadForum(coordinator, SKARHOLMEN_BRA), 'NOT_FOUND');
    expect(missing.message).toBe(denied.message);
  });

  it('names the record in the message', () => {
    expect(expectDomainError(() => assertCanReadForum(convener, undefined, 'Mötet'), 'NOT_FOUND').message).toMatch(/^Mötet finns inte/);
  });
});

describe('canManageDistrict and assertCanManageDistrict', () => {
  it('lets an admin manage every district and a coordinator only their own', () => {
    expect(canManageDistrict(admin, 'd-skarholmen')).toBe(true);
    expect(canManageDistrict(coordinator, 'd-rinkeby')).toBe(true);
    expect(canManageDistrict(coordinator, 'd-skarholmen')).toBe(false);
    expect(canManageDistrict(convener, 'd-rinkeby')).toBe(false);
    expect(() => assertCanManageDistrict(admin, 'd-skarholmen')).not.toThrow();
    expect(() => assertCanManageDistrict(coordinator, 'd-rinkeby')).not.toThrow();
  });

  it('refuses a convener, even in their own district, with FORBIDDEN', () => {
    const error = expectDomainError(() => assertCanManageDistrict(convener, 'd-rinkeby'), 'FORBIDDEN');
    expect(error.message).toMatch(/lokala samordnaren/);
  });

  it('refuses another district’s coordinator with FORBIDDEN', () => {
    expectDomainError(() => assertCanManageDistrict(coordinator, 'd-skarholmen'), 'FORBIDDEN');
  });
});
