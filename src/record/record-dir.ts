/**
 * The folder of the record a build or an import uses: `RECORD_DIR`, laid out as `content/` is
 * (`source/<print copy>.txt` with `SHA256SUMS`, `speakers.json`, optional `documents.json` and
 * `record.json`; the importer writes `record.mdx` and `speeches/` there). Unset: `content`.
 */
export const RECORD_DIR = (process.env.RECORD_DIR ?? 'content').replace(/\/+$/, '');
