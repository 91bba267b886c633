/**
 * A page's `<title>`: the page's own, then the site's short name, unless the page is the site's
 * home (its title is the site's name) or the two would pass 70 characters, where results cut them.
 */
export function pageTitle(title: string, siteName: string, shortName: string): string {
  const withSite = `${title} — ${shortName}`;
  return title === siteName || withSite.length > 70 ? title : withSite;
}
