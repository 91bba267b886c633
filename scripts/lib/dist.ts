/** The built site's folder: `dist`, or ASTRO_OUT_DIR when several builds run side by side. */
import { resolve } from 'node:path';

export const DIST = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
