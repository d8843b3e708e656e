// SMTP_URL and MAIL_FROM checked at start, in Swedish, never repeating a password.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../../api/config.ts';

const BASE = { DATA_DIR: '/tmp/vbe-config-test' };

describe('mail configuration', () => {
  it('is optional: without SMTP_URL nothing is sent, and MAIL_FROM alone is kept as the organiser of last resort', () => {
    expect(configFromEnv(BASE).smtpUrl).toBeUndefined();
    expect(configFromEnv({ ...BASE, MAIL_FROM: 'vbe@stad.example' })).toMatchObject({ smtpUrl: undefined, mailFrom: 'vbe@stad.example' });
  });

  it('takes smtp:// and smtps:// with a sender, plain or with a name', () => {
    expect(configFromEnv({ ...BASE, SMTP_URL: 'smtp://relay.stad.example:25', MAIL_FROM: 'vbe@stad.example' })).toMatchObject({
      smtpUrl: 'smtp://relay.stad.example:25',
      mailFrom: 'vbe@stad.example',
    });
    expect(configFromEnv({ ...BASE, SMTP_URL: 'smtps://u:p@relay.stad.example:465', MAIL_FROM: 'Kunskapsbanken VBE <vbe@stad.example>' }).mailFrom).toBe(
      'Kunskapsbanken VBE <vbe@stad.example>',
    );
  });

  it('requires MAIL_FROM with SMTP_URL', () => {
    expect(() => configFromEnv({ ...BASE, SMTP_URL: 'smtp://relay.stad.example:25' })).toThrow(/MAIL_FROM måste vara satt när SMTP_URL är satt/);
  });

  it('refuses another scheme or a malformed URL without repeating it (it may hold a password)', () => {
    for (const value of ['https://hemligt-lösenord@relay.stad.example', 'inte en adress hemligt-lösenord']) {
      let message = '';
      try {
        configFromEnv({ ...BASE, SMTP_URL: value, MAIL_FROM: 'vbe@stad.example' });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/^SMTP_URL måste/);
      expect(message).not.toContain('hemligt');
    }
  });

  it('refuses a MAIL_FROM that is not an address', () => {
    expect(() => configFromEnv({ ...BASE, MAIL_FROM: 'Kunskapsbanken' })).toThrow(/MAIL_FROM måste vara en e-postadress/);
    expect(() => configFromEnv({ ...BASE, MAIL_FROM: 'Namn <inte-adress>' })).toThrow(/MAIL_FROM/);
  });
});
