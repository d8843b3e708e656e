import { describe, expect, it } from 'vitest';
import { SMALL_COUNT_TEXT, smallCount } from '../../../api/domain/small-numbers.ts';

describe('smallCount', () => {
  it('shows 1 and 2 as "färre än 3" and every other count exactly', () => {
    expect(SMALL_COUNT_TEXT).toBe('färre än 3');
    expect(smallCount(1)).toBe('färre än 3');
    expect(smallCount(2)).toBe('färre än 3');
    expect(smallCount(3)).toBe(3);
    expect(smallCount(17)).toBe(17);
  });

  it('keeps 0 as 0: nothing there is nobody to recognise', () => {
    expect(smallCount(0)).toBe(0);
  });
});
