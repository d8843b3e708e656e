import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../api/config.ts';

describe('REPORT_RETENTION_DAYS', () => {
  it('defaults to two years and takes whole days', () => {
    expect(configFromEnv({}).reportRetentionDays).toBe(730);
    expect(configFromEnv({ REPORT_RETENTION_DAYS: '365' }).reportRetentionDays).toBe(365);
  });

  it('refuses anything but a whole number of days from 1 to 3650, in Swedish', () => {
    for (const value of ['0', '-3', '1.5', 'två år', '3651']) {
      expect(() => configFromEnv({ REPORT_RETENTION_DAYS: value })).toThrow(/REPORT_RETENTION_DAYS måste vara ett heltal/);
    }
  });
});
