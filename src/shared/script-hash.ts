/** The CSP source (`sha256-…`) that allows exactly one inline script: Astro computes none for an inline script. */
import { createHash } from 'node:crypto';

export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
