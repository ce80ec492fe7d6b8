import crypto from 'node:crypto';

/** What a key may do: editors create and change records, admins also delete them. */
export enum Role {
  Editor = 'editor',
  Admin = 'admin',
}

/** A configured API key: who holds it, what it may do, and the SHA-256 of the key (never the key itself). */
export interface ApiKey {
  readonly name: string;
  readonly role: Role;
  readonly hash: Buffer;
}

/** Who sent a request: the key's name (written to the audit trail) and its role. */
export interface Caller {
  readonly name: string;
  readonly role: Role;
}

const KEY_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/i;
const ROLES: readonly string[] = Object.values(Role);

/** The SHA-256 of a key, as it is stored and compared. */
export function hashKey(key: string): Buffer {
  return crypto.createHash('sha256').update(key, 'utf8').digest();
}

/**
 * Parses key entries `name:role:sha256hex`, separated by commas or new lines (blank lines and `#` comments
 * are skipped). Throws an Error naming the entry's position and what is wrong, never echoing a hash.
 */
export function parseApiKeys(text: string): ApiKey[] {
  const keys: ApiKey[] = [];
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.replace(/#.*$/, '').trim())
    .filter(Boolean);
  entries.forEach((entry, index) => {
    const [name, role, hash, ...rest] = entry.split(':').map((part) => part.trim());
    const where = `entry ${index + 1}`;
    if (rest.length > 0 || hash === undefined) throw new Error(`${where}: expected name:role:sha256hex`);
    if (!KEY_NAME.test(name)) throw new Error(`${where}: the name must be 1-64 letters, digits, dots, dashes or underscores`);
    if (!ROLES.includes(role)) throw new Error(`${where} (${name}): the role must be one of ${ROLES.join(', ')}`);
    if (!SHA256_HEX.test(hash)) throw new Error(`${where} (${name}): the hash must be 64 hexadecimal digits (SHA-256)`);
    if (keys.some((key) => key.name === name)) throw new Error(`${where}: the name "${name}" is used twice`);
    keys.push({ name, role: role as Role, hash: Buffer.from(hash, 'hex') });
  });
  return keys;
}

/**
 * The caller a `Authorization: Bearer <key>` header identifies, or null for no header, another scheme or an
 * unknown key. Every configured hash is compared in constant time, with no early exit.
 */
export function authenticate(keys: readonly ApiKey[], authorization: string | undefined): Caller | null {
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(authorization ?? '');
  if (!match) return null;
  const presented = hashKey(match[1]);
  let found: ApiKey | null = null;
  for (const key of keys) {
    if (crypto.timingSafeEqual(presented, key.hash) && found === null) found = key;
  }
  return found ? { name: found.name, role: found.role } : null;
}

/** Whether a caller's role allows what `needed` allows: an admin may do everything an editor may. */
export function hasRole(caller: Caller, needed: Role): boolean {
  return needed === Role.Editor || caller.role === Role.Admin;
}

/** A new random key (256 bits, URL-safe) and the configuration line that grants it `role`. */
export function generateKey(name: string, role: Role): { key: string; entry: string } {
  if (!KEY_NAME.test(name)) throw new Error('the name must be 1-64 letters, digits, dots, dashes or underscores');
  if (!ROLES.includes(role)) throw new Error(`the role must be one of ${ROLES.join(', ')}`);
  const key = `r2p_${crypto.randomBytes(32).toString('base64url')}`;
  return { key, entry: `${name}:${role}:${hashKey(key).toString('hex')}` };
}
