// The read-only city role (issue 12): reads every district's figures and lägesbilder, writes nothing.
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  assertCanReadDistrictFigures,
  assertMayWrite,
  canManageDistrict,
  canReadCity,
  canReadDistrictFigures,
  canReadForum,
  canWriteForum,
  mayWrite,
  READ_ONLY_MESSAGE,
} from '../../../api/domain/access.ts';
import { ROLE_LABELS } from '../../../api/domain/codes.ts';

const city: Actor = { id: 'acc-city', role: 'city', districtId: 'd-rinkeby', forumIds: [] };
const coordinator: Actor = { id: 'acc-coord', role: 'coordinator', districtId: 'd-rinkeby', forumIds: [] };
const convener: Actor = { id: 'acc-conv', role: 'convener', districtId: 'd-rinkeby', forumIds: ['f1'] };
const admin: Actor = { id: 'acc-admin', role: 'admin', districtId: 'd-rinkeby', forumIds: [] };

describe('the city role', () => {
  it('is labelled as read-only', () => {
    expect(ROLE_LABELS.city).toBe('Stadens samordnare (läsbehörighet)');
  });

  it('reads every district’s figures and the city picture', () => {
    for (const d of ['d-rinkeby', 'd-skarholmen']) expect(canReadDistrictFigures(city, d)).toBe(true);
    expect(() => assertCanReadDistrictFigures(city, 'd-skarholmen')).not.toThrow();
    expect(canReadCity(city)).toBe(true);
  });

  it('manages no district and reads or writes no forum', () => {
    expect(canManageDistrict(city, 'd-rinkeby')).toBe(false);
    expect(canReadForum(city, { id: 'f1', districtId: 'd-rinkeby' })).toBe(false);
    expect(canWriteForum(city, { id: 'f1', districtId: 'd-rinkeby' })).toBe(false);
  });

  it('may not write; every other role may', () => {
    expect(mayWrite(city)).toBe(false);
    expect(() => assertMayWrite(city)).toThrow(READ_ONLY_MESSAGE);
    for (const actor of [coordinator, convener, admin]) expect(mayWrite(actor)).toBe(true);
  });

  it('leaves the other roles’ reach as it was', () => {
    expect(canReadDistrictFigures(coordinator, 'd-rinkeby')).toBe(true);
    expect(canReadDistrictFigures(coordinator, 'd-skarholmen')).toBe(false);
    expect(canReadDistrictFigures(convener, 'd-rinkeby')).toBe(false);
    expect(canReadDistrictFigures(admin, 'd-skarholmen')).toBe(true);
    expect(canReadCity(coordinator)).toBe(false);
    expect(canReadCity(admin)).toBe(true);
  });
});
