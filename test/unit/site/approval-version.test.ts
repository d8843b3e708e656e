// The version the workspace approves: what its editors show, never a save by
// someone else that the page has not shown.
import { describe, expect, it } from 'vitest';
import { noteShownVersion, recordSavedVersion, seenVersion } from '../../../site/components/workspace/meeting/unsaved.ts';

describe('seenVersion', () => {
  it('follows the page’s own saves, in whatever order their answers come', () => {
    noteShownVersion('m1', 3);
    recordSavedVersion('m1', 5);
    expect(seenVersion('m1', 3)).toBe(3);
    recordSavedVersion('m1', 4);
    expect(seenVersion('m1', 3)).toBe(5);
  });

  it('stops before a save by someone else, so the server can refuse the approval', () => {
    noteShownVersion('m2', 2);
    // Version 3 was someone else's; this page's save became version 4.
    recordSavedVersion('m2', 4);
    expect(seenVersion('m2', 4)).toBe(2);
  });

  it('starts again from the version loaded after a reload, and falls back to it when no editor is mounted', () => {
    noteShownVersion('m2', 7);
    expect(seenVersion('m2', 0)).toBe(7);
    expect(seenVersion('unknown', 4)).toBe(4);
  });
});
