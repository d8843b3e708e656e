// The one e-mail check (isWorkEmail) used for members, accounts, the CLI and
// MAIL_FROM: a plain addr-spec, nothing that could add a recipient or a name.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../../api/config.ts';
import { EMAIL_MAX, isWorkEmail } from '../../../../api/domain/members.ts';

describe('isWorkEmail', () => {
  it('takes real work addresses', () => {
    for (const ok of ['anna.andersson@polisen.example', 'o’brien@stad.example', "o'brien@stad.example", 'a+vbe@sub.stad.example', 'x@y.se', 'förnamn@stad.example']) {
      expect(isWorkEmail(ok), ok).toBe(true);
    }
  });

  it('refuses spaces, quotes, separators, angle brackets, a second @ and a domain without a dot', () => {
    for (const bad of [
      'anna andersson@stad.example',
      '"anna"@stad.example',
      'anna@stad.example,bertil@stad.example',
      'anna@stad.example;bertil@stad.example',
      'anna:x@stad.example',
      '<anna@stad.example>',
      'Anna <anna@stad.example>',
      'anna@@stad.example',
      'anna@b@stad.example',
      'anna@localhost',
      'anna@stad.',
      'anna@.stad.example',
      'anna@stad..example',
      '.anna@stad.example',
      'anna.@stad.example',
      '@stad.example',
      'anna@',
      'anna@stad.example\n',
      'anna\u0000@stad.example',
      '',
    ]) {
      expect(isWorkEmail(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it(`takes at most ${EMAIL_MAX} characters`, () => {
    const domain = '@stad.example';
    expect(isWorkEmail('a'.repeat(EMAIL_MAX - domain.length) + domain)).toBe(true);
    expect(isWorkEmail('a'.repeat(EMAIL_MAX - domain.length + 1) + domain)).toBe(false);
  });

  it('is what MAIL_FROM is checked with, named or plain', () => {
    expect(configFromEnv({ DATA_DIR: '/tmp/x', MAIL_FROM: 'VBE <vbe@stad.example>' }).mailFrom).toBe('VBE <vbe@stad.example>');
    for (const bad of ['vbe@stad.example, annan@stad.example', 'VBE <vbe@stad.example;x@y.example>', 'VBE <vbe@localhost>']) {
      expect(() => configFromEnv({ DATA_DIR: '/tmp/x', MAIL_FROM: bad }), bad).toThrow(/MAIL_FROM måste vara en e-postadress/);
    }
  });
});
