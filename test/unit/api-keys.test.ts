import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { authenticate, generateKey, hashKey, parseApiKeys, Role } from '../../src/api-keys';
import { ConfigError, loadConfig } from '../../src/config';

const hex = (key: string) => hashKey(key).toString('hex');

describe('API keys', () => {
  const keys = parseApiKeys(`alice:editor:${hex('alice-key')}, bob:admin:${hex('bob-key')}`);

  it('finds the caller of a Bearer key by its hash', () => {
    expect(authenticate(keys, 'Bearer alice-key')).toEqual({ name: 'alice', role: Role.Editor });
    expect(authenticate(keys, 'bearer bob-key')).toEqual({ name: 'bob', role: Role.Admin });
  });

  it('finds no caller for no header, another scheme, an unknown key or a hash sent as the key', () => {
    for (const header of [undefined, '', 'alice-key', 'Basic alice-key', 'Bearer ', 'Bearer alice-keyx', `Bearer ${hex('alice-key')}`]) {
      expect(authenticate(keys, header)).toBeNull();
    }
  });

  it('compares every configured hash with timingSafeEqual, whichever key matches', () => {
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    try {
      authenticate(keys, 'Bearer alice-key');
      expect(spy).toHaveBeenCalledTimes(2);
      spy.mockClear();
      authenticate(keys, 'Bearer nobody');
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps only hashes, never the keys', () => {
    expect(JSON.stringify(keys)).not.toContain('alice-key');
    expect(keys[0].hash.equals(hashKey('alice-key'))).toBe(true);
  });

  it.each([
    ['alice:editor', /entry 1: expected name:role:sha256hex/],
    [`alice:owner:${hex('k')}`, /entry 1 \(alice\): the role must be one of editor, admin/],
    ['alice:editor:abc', /entry 1 \(alice\): the hash must be 64 hexadecimal digits/],
    [`al ice:editor:${hex('k')}`, /entry 1: the name must be/],
    [`a:editor:${hex('k')},a:admin:${hex('j')}`, /entry 2: the name "a" is used twice/],
  ])('rejects %s saying what is wrong', (text, message) => {
    expect(() => parseApiKeys(text)).toThrow(message);
  });

  it('skips blank lines and comments in a key file', () => {
    expect(parseApiKeys(`# curators\n\nalice:editor:${hex('a')} # Alice\n`)).toHaveLength(1);
  });

  it('generates a random key whose entry authenticates it with its role', () => {
    const made = generateKey('carol', Role.Admin);
    expect(made.key).toMatch(/^r2p_[A-Za-z0-9_-]{43}$/);
    expect(generateKey('carol', Role.Admin).key).not.toBe(made.key);
    expect(authenticate(parseApiKeys(made.entry), `Bearer ${made.key}`)).toEqual({ name: 'carol', role: Role.Admin });
  });
});

describe('loadConfig API keys', () => {
  it('reads no keys when none are configured: the API is read-only', () => {
    expect(loadConfig({}).apiKeys).toEqual([]);
  });

  it('reads keys from R2P_API_KEYS and from the file R2P_API_KEYS_FILE names', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'r2p-keys-')), 'keys');
    fs.writeFileSync(file, `bob:admin:${hex('b')}\n`);
    const config = loadConfig({ R2P_API_KEYS: `alice:editor:${hex('a')}`, R2P_API_KEYS_FILE: file });
    expect(config.apiKeys.map((key) => `${key.name}:${key.role}`)).toEqual(['alice:editor', 'bob:admin']);
  });

  it('names the variable of a bad entry, an unreadable file and a name configured twice', () => {
    expect(() => loadConfig({ R2P_API_KEYS: 'alice' })).toThrow(new ConfigError('R2P_API_KEYS', 'entry 1: expected name:role:sha256hex'));
    expect(() => loadConfig({ R2P_API_KEYS_FILE: path.join(os.tmpdir(), 'r2p-no-such-file') })).toThrow(/R2P_API_KEYS_FILE: cannot read the file \(ENOENT\)/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'r2p-keys-')), 'keys');
    fs.writeFileSync(file, `alice:admin:${hex('b')}\n`);
    expect(() => loadConfig({ R2P_API_KEYS: `alice:editor:${hex('a')}`, R2P_API_KEYS_FILE: file })).toThrow(
      /R2P_API_KEYS_FILE: the key name "alice" is configured twice/,
    );
  });
});
