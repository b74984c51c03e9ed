/** Which built pages Pagefind is given: pure, over paths relative to the output folder. */

/**
 * A Pagefind glob naming only the pages that may carry `data-pagefind-body`: a folder whose every page
 * may carry it as `folder/**\/*.html`, the others page by page. Pagefind itself ignores a page without
 * that element once one has it, so the index is the same; it just no longer parses the paged lists' later
 * pages (a third of its time at 10,000 events). Undefined (Pagefind's own glob) when no page has it or a
 * path needs escaping.
 */
export function searchableGlob(pages: readonly string[], searchable: (page: string) => boolean): string | undefined {
  const byFolder = new Map<string, { all: string[]; kept: string[] }>();
  for (const page of pages) {
    const folder = page.includes('/') ? page.slice(0, page.indexOf('/')) : '';
    const group = byFolder.get(folder) ?? { all: [], kept: [] };
    group.all.push(page);
    if (searchable(page)) group.kept.push(page);
    byFolder.set(folder, group);
  }
  const parts: string[] = [];
  for (const [folder, { all, kept }] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (kept.length === 0) continue;
    if (folder && kept.length === all.length) parts.push(`${folder}/**/*.html`);
    else parts.push(...kept.toSorted());
  }
  if (parts.length === 0 || parts.some((p) => !/^[\w./*-]+$/.test(p))) return undefined;
  return parts.length === 1 ? parts[0] : `{${parts.join(',')}}`;
}
