/** Place names as the site shows them: both local names where they differ, in one fixed order. */
export interface Names {
  en: string;
  alt?: string | undefined;
}

/** "Shusha / Shushi": the recognised state's usage first, then the other side's (explained on /about/). */
export function placeLabel(names: Names): string {
  return names.alt && names.alt !== names.en ? `${names.en} / ${names.alt}` : names.en;
}
