/** Where the content lives: ./content, or CONTENT_DIR (the benchmark and the failure fixtures build other folders). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? './content').replace(/\/+$/, '');
}
