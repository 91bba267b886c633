/** Text fragments (`#id:~:text=…`), as the search results and the quote links write them. */

/**
 * Percent-encodes a term: `-`, `,` and `&` are syntax in a text directive, and
 * `!'()*` are encoded too, so that chat apps that end a link at a bracket keep it whole.
 */
const encodeTerm = (s: string) =>
  encodeURIComponent(s).replace(
    /[-!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** `:~:text=[prefix-,]start[,end][,-suffix]`; empty parts are left out. */
export function textDirectiveOf({
  prefix = '',
  start,
  end = '',
  suffix = '',
}: {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}): string {
  const terms = [
    prefix && `${encodeTerm(prefix)}-`,
    encodeTerm(start),
    end && encodeTerm(end),
    suffix && `-${encodeTerm(suffix)}`,
  ];
  return `:~:text=${terms.filter(Boolean).join(',')}`;
}
