import { scryptSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../../../../api/auth/common-passwords.ts';
import {
  checkPasswordPolicy,
  countRuns,
  DUMMY_HASH,
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../../../api/auth/passwords.ts';

// Each scrypt at N=2^15 costs ~50–100 ms: hash once, verify a few times.
describe('hashPassword / verifyPassword', () => {
  const password = 'blåbärssoppa i november';
  let encoded: string;

  beforeAll(async () => {
    encoded = await hashPassword(password);
  });

  it('encodes the parameters, salt and hash', () => {
    const parts = encoded.split('$');
    expect(parts).toHaveLength(6);
    expect(parts.slice(0, 4)).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(parts[4]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(32);
    expect(needsRehash(encoded)).toBe(false);
  });

  it('accepts the right password, also in another Unicode normal form', async () => {
    expect(await verifyPassword(password, encoded)).toBe(true);
    expect(await verifyPassword(password.normalize('NFD'), encoded)).toBe(true);
  });

  it('rejects a wrong password', async () => {
    expect(await verifyPassword('Blåbärssoppa i november', encoded)).toBe(false);
  });

  it('reads the parameters from the encoding, so older hashes still verify', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const hash = scryptSync('gammalt lösenord', salt, 32, { N: 1024, r: 8, p: 1 });
    const old = `scrypt$1024$8$1$${salt.toString('base64')}$${hash.toString('base64')}`;
    expect(await verifyPassword('gammalt lösenord', old)).toBe(true);
    expect(await verifyPassword('annat lösenord', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it('returns false for malformed encodings', async () => {
    const [, , , , salt, hash] = encoded.split('$');
    const malformed = [
      '',
      'plaintext',
      encoded.replace('scrypt$', 'bcrypt$'),
      `${encoded}$extra`,
      `scrypt$32768$8$1$${salt}`,
      `scrypt$30000$8$1$${salt}$${hash}`, // N not a power of two
      `scrypt$1$8$1$${salt}$${hash}`,
      `scrypt$${2 ** 22}$8$1$${salt}$${hash}`, // would allocate gigabytes
      `scrypt$32768$64$1$${salt}$${hash}`,
      `scrypt$032768$8$1$${salt}$${hash}`,
      `scrypt$32768$8$1$$${hash}`,
      `scrypt$32768$8$1$${salt}$`,
      `scrypt$32768$8$1$${salt}$${hash!.slice(0, -1)}`, // bad padding
      `scrypt$32768$8$1$${salt}$${hash!.replace(/.$/, '*')}`,
      `scrypt$32768$8$1$${salt}$AAAA`, // hash too short
    ];
    for (const m of malformed) expect(await verifyPassword(password, m), m).toBe(false);
    expect(needsRehash('plaintext')).toBe(true);
  });

  it('has a dummy hash with the current parameters, which nothing matches', async () => {
    expect(DUMMY_HASH.split('$').slice(0, 4)).toEqual(encoded.split('$').slice(0, 4));
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    const started = performance.now();
    expect(await verifyAgainstDummy(password)).toBe(false);
    // Did real scrypt work rather than bail out early on a malformed hash.
    expect(performance.now() - started).toBeGreaterThan(5);
  });
});

describe('checkPasswordPolicy', () => {
  const TOO_SHORT = /minst 12 tecken/;
  const TOO_LONG = /högst 200 tecken/;
  const COMMON = /för vanligt/;
  const USERNAME = /användarnamn/;
  const PREDICTABLE = /upprepade tecken eller en enkel teckenföljd/;

  it('accepts good passphrases and random passwords', () => {
    for (const p of [
      'blåbärssoppa i november',
      'korv med bröd och senap',
      'Tåget går 07.42 från Farsta',
      'xK9#mQ2!vL7p',
      'vinterkräksjuka',
      'sommar8302-5519-77', // common word, but long unpredictable padding
      'å'.repeat(3) + 'xK9#mQ2!vL',
    ]) {
      expect(checkPasswordPolicy(p), p).toBeNull();
    }
  });

  it('counts Unicode code points, not UTF-16 units, for the length', () => {
    expect(checkPasswordPolicy('🐻🦊🐺🦉 skog 7x')).toBeNull(); // 12 code points
    expect(checkPasswordPolicy('🐻🦊🐺🦉 skog 7')).toMatch(TOO_SHORT); // 11 code points, 15 units
    // NFD "å" is two code points; the policy counts the NFC form.
    expect(checkPasswordPolicy('blåbär9#Qxz'.normalize('NFD'))).toMatch(TOO_SHORT);
  });

  it('refuses too short and too long passwords', () => {
    expect(checkPasswordPolicy('')).toMatch(TOO_SHORT);
    expect(checkPasswordPolicy('xK9#mQ2!vL7')).toMatch(TOO_SHORT);
    const long = 'blåbärssoppa i november '.repeat(9); // 216 characters
    expect(checkPasswordPolicy(long)).toMatch(TOO_LONG);
    expect(checkPasswordPolicy(long.slice(0, 200))).toBeNull();
  });

  it('refuses common global passwords and padded variants', () => {
    for (const p of ['password1234', 'Password1234', 'qwertyuiop123', 'P@ssw0rd1234', 'iloveyou!!!!!', 'I love you 12345', '1q2w3e4r5t6y']) {
      expect(checkPasswordPolicy(p), p).toMatch(/för vanligt|enkel teckenföljd/);
    }
    expect(checkPasswordPolicy('Password1234')).toMatch(COMMON);
  });

  it('refuses common Swedish passwords, with or without å/ä/ö, and with a year or symbols added', () => {
    for (const p of [
      'lösenord1234',
      'LOSENORD1234',
      'välkommen123',
      'valkommen123',
      'Stockholm123',
      'sommaren2024',
      'Sommar2024!!',
      '2024sommar!!',
      'Djurgården1891',
      'djurgarden2024!',
      'Hammarby1897!',
      'hösten2024!!',
      'Lösenord!839201',
      'Stockholm1234567890',
      'l0sen0rd2024',
    ]) {
      expect(checkPasswordPolicy(p), p).toMatch(COMMON);
    }
  });

  it('refuses a password containing the username', () => {
    expect(checkPasswordPolicy('Kalle.Nilsson-i-Farsta', { username: 'kalle.nilsson' })).toMatch(USERNAME);
    expect(checkPasswordPolicy('annasvensson99!x', { username: 'Anna.Svensson' })).toMatch(USERNAME);
    expect(checkPasswordPolicy('hej från anna.svensson', { username: 'anna.svensson@stockholm.se' })).toMatch(USERNAME);
    expect(checkPasswordPolicy('Pål åker till Öland', { username: 'pal' })).toMatch(USERNAME);
    // Too short a username to be meaningful, and an unrelated one.
    expect(checkPasswordPolicy('blåbärssoppa i november', { username: 'bl' })).toBeNull();
    expect(checkPasswordPolicy('blåbärssoppa i november', { username: 'kalle' })).toBeNull();
  });

  it('refuses repetitions and simple sequences', () => {
    for (const p of [
      'aaaaaaaaaaaa',
      '            ',
      '123456789012',
      '210987654321',
      'abcdefghijkl',
      'qwertyuiopåasdf',
      'qwerty123456',
      '1qaz2wsx3edc',
      'hejhejhejhej',
      'xqxqxqxqxqxq',
      'abababababab',
      'ABCDEFGHIJKLMNOP',
      'aaaabbbbccccdddd',
    ]) {
      expect(checkPasswordPolicy(p), p).toMatch(PREDICTABLE);
    }
    expect(checkPasswordPolicy('qwertyuiopå')).toMatch(TOO_SHORT);
  });

  it('counts runs of repeats and sequence steps', () => {
    expect(countRuns('')).toBe(0);
    expect(countRuns('aaaa')).toBe(1);
    expect(countRuns('abcdef')).toBe(1);
    expect(countRuns('fedcba')).toBe(1);
    expect(countRuns('qwerty123456')).toBe(2);
    expect(countRuns('2024!!')).toBe(5);
  });
});

describe('COMMON_PASSWORDS', () => {
  it('holds a few hundred lowercase NFC entries, global and Swedish', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(300);
    expect(COMMON_PASSWORDS.size).toBeLessThanOrEqual(500);
    for (const p of COMMON_PASSWORDS) expect(p, p).toBe(p.toLowerCase().normalize('NFC'));
    for (const p of ['123456', 'password', 'qwerty', 'iloveyou', 'lösenord', 'losenord', 'sommar', 'djurgården', 'hammarby', 'välkommen123']) {
      expect(COMMON_PASSWORDS.has(p), p).toBe(true);
    }
  });
});
