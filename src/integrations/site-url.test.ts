import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import siteUrl, { siteUrlWarning } from './site-url.ts';

const DEFAULT = 'https://forum-2017.example.org';

/** The warnings one build logs. */
async function warnings(given: string | undefined): Promise<string[]> {
  const said: string[] = [];
  const logger = { warn: (m: string) => said.push(m) } as unknown as AstroIntegrationLogger;
  const hook = siteUrl(given, DEFAULT).hooks['astro:build:start'];
  await hook?.({ logger } as Parameters<NonNullable<typeof hook>>[0]);
  return said;
}

describe('a build without SITE_URL', () => {
  it('warns once, naming the origin it used and how to set it', async () => {
    const said = await warnings(undefined);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`SITE_URL is not set`);
    expect(said[0]).toContain(DEFAULT);
    expect(said[0]).toContain('SITE_URL=https://');
    expect(await warnings('  ')).toHaveLength(1);
  });

  it('says nothing when SITE_URL is given', async () => {
    expect(await warnings('https://forum.example.org')).toEqual([]);
    expect(siteUrlWarning('https://forum.example.org', DEFAULT)).toBeUndefined();
  });
});
