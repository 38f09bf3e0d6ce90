import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SecretUnreadable, secretBox } from './secret-box.ts';
import { KEY_FILE, loadSecretKey } from './secret-key.ts';

describe('secretBox', () => {
  const box = secretBox(randomBytes(32));

  it('seals a secret so that it does not show, and opens it again', () => {
    const sealed = box.seal('sk-live-0123456789');
    expect(sealed).toMatch(/^enc:v1:/);
    expect(sealed).not.toContain('0123456789');
    expect(box.open(sealed)).toBe('sk-live-0123456789');
    // A fresh nonce each time: two seals of one secret do not tell that they are equal.
    expect(box.seal('sk-live-0123456789')).not.toBe(sealed);
  });

  it('refuses a value sealed with another key, or tampered with', () => {
    const sealed = box.seal('secret');
    expect(() => secretBox(randomBytes(32)).open(sealed)).toThrow(SecretUnreadable);
    const bytes = Buffer.from(sealed.slice('enc:v1:'.length), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => box.open(`enc:v1:${bytes.toString('base64')}`)).toThrow(SecretUnreadable);
  });

  it('reads a value stored before encryption as it is (the start-up migration then seals it)', () => {
    expect(box.open('plain-old-key')).toBe('plain-old-key');
    expect(box.isSealed('plain-old-key')).toBe(false);
  });
});

describe('loadSecretKey', () => {
  it('generates a key once into the data directory, readable by its owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ai-tables-key-'));
    const key = loadSecretKey(undefined, dir);
    expect(key).toHaveLength(32);
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(undefined, dir).equals(key)).toBe(true);
    expect(readFileSync(join(dir, KEY_FILE), 'utf8').trim()).toBe(key.toString('base64'));
  });

  it('derives the key from AI_TABLES_SECRET_KEY, the same on every server, and makes no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ai-tables-key-'));
    const key = loadSecretKey('a shared secret for all servers', dir);
    expect(loadSecretKey('a shared secret for all servers', '/nonexistent').equals(key)).toBe(true);
    expect(() => statSync(join(dir, KEY_FILE))).toThrow();
    expect(() => loadSecretKey('short', dir)).toThrow(/at least 16/);
  });
});
