// Its own module: the reading pages' share tools need only this, not the rest of format.ts.

/** The reader's calendar day as `YYYY-MM-DD`: a citation's date of access is the day the reader cites. */
export function localDay(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
    .join('-');
}
