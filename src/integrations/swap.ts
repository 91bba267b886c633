/**
 * A build never leaves a half-written site: `astro build` writes into a fresh folder beside the
 * site (`dist.next/`, `dist.next-host/`), and only when every other hook is done is it swapped in
 * for the site a server may be serving (`dist/`, `dist-host/`). A build that fails leaves the
 * previous site whole; its half-written folder is emptied by the next build.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostDir } from './host-config.ts';

/** Where a build of the site in `out` is written before it is swapped in. */
export function stagingDir(out: string): string {
  return `${out.replace(/[\\/]+$/, '')}.next`;
}

/** Puts folder `from` where `to` is, the old one moved aside and removed after. */
export function swapIn(from: string, to: string): void {
  const old = `${to}.old`;
  rmSync(old, { recursive: true, force: true });
  // Two renames: the site is absent for the instant between them, never half there.
  if (existsSync(to)) renameSync(to, old);
  renameSync(from, to);
  rmSync(old, { recursive: true, force: true });
}

/** Last of the integrations: swaps the finished build in for the site in `out`. */
export default function swap(out: string): AstroIntegration {
  return {
    name: 'swap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const staged = fileURLToPath(dir).replace(/[\\/]+$/, '');
        const site = resolve(out);
        if (staged === site) return;
        swapIn(staged, site);
        if (existsSync(hostDir(staged))) swapIn(hostDir(staged), hostDir(site));
        logger.info(`swapped in: ${site}`);
      },
    },
  };
}
