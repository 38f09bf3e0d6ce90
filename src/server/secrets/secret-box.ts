import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks a sealed value, with the format's version so a later format can tell old values apart. */
const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A secret that could not be opened: the key changed, or the value was tampered with. */
export class SecretUnreadable extends Error {
  constructor() {
    super(
      'A stored secret cannot be decrypted: AI_TABLES_SECRET_KEY (or DATA_DIR/secret.key) is not the key it was stored with. Enter the secret again, or start with the old key.',
    );
    this.name = 'SecretUnreadable';
  }
}

/**
 * Encrypts secrets for the store (AES-256-GCM, a fresh nonce per value): provider keys and webhook
 * headers. A sealed value reads `enc:v1:<base64 nonce|tag|ciphertext>`.
 */
export interface SecretBox {
  seal(plain: string): string;
  /** The plain text of a sealed value; a value stored before encryption existed is returned as is. */
  open(stored: string): string;
  isSealed(stored: string): boolean;
}

/** A SecretBox with a 32-byte key. */
export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes');
  const isSealed = (stored: string) => stored.startsWith(PREFIX);
  return {
    isSealed,
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');
    },
    open(stored) {
      if (!isSealed(stored)) return stored;
      const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
        decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretUnreadable();
      }
    },
  };
}
