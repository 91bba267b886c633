/**
 * A metric-matched fallback face, as Capsize and Astro's Fonts API compute it:
 * a local font scaled (`size-adjust`) to the web font's average character width,
 * with the web font's ascent, descent and line gap, so that text set in the
 * fallback takes the lines the web font will take and nothing moves on `swap`.
 */

/** What a font's metrics need to say (the fields of @capsizecss/unpack). */
export interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average width of lowercase letters, weighted by their frequency. */
  xWidthAvg: number;
}

/**
 * Times New Roman (Capsize's metrics, as Astro ships them). Liberation Serif and
 * Tinos are metric-compatible with it, so the same overrides serve all three.
 */
export const TIMES_NEW_ROMAN: Record<400 | 700, FontMetrics> = {
  400: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 },
  700: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 886 },
};
/** Local fonts with Times New Roman's metrics, by their full names (Windows and macOS, Linux, ChromeOS). */
export const TIMES_LOCAL = {
  400: ['Times New Roman', 'Liberation Serif', 'Tinos'],
  700: ['Times New Roman Bold', 'Liberation Serif Bold', 'Tinos Bold'],
} as const;

const percent = (n: number) => `${Number.parseFloat((n * 100).toFixed(4))}%`;

/** The overrides that make `fallback` take the room of `font`. */
export function fallbackOverrides(
  font: FontMetrics,
  fallback: FontMetrics,
): Record<string, string> {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(font.ascent / em),
    'descent-override': percent(Math.abs(font.descent) / em),
    'line-gap-override': percent(font.lineGap / em),
  };
}

/** An `@font-face` rule: `family`, from the first of `locals` the reader has, with the overrides. */
export function fallbackFace(
  family: string,
  weight: number,
  locals: readonly string[],
  overrides: Record<string, string>,
): string {
  const lines = [
    `font-family: "${family}";`,
    `font-weight: ${weight};`,
    `src: ${locals.map((name) => `local("${name}")`).join(', ')};`,
    ...Object.entries(overrides).map(([k, v]) => `${k}: ${v};`),
  ];
  return `@font-face {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
}
