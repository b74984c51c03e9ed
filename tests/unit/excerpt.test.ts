import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/excerpt.ts';

describe('search excerpts', () => {
  it('splits the text at each <mark>, marked words apart', () => {
    expect(excerptParts('Armenian forces take <mark>Agdam</mark> / Akna. The <mark>Agdam</mark> district')).toEqual([
      { text: 'Armenian forces take ', marked: false },
      { text: 'Agdam', marked: true },
      { text: ' / Akna. The ', marked: false },
      { text: 'Agdam', marked: true },
      { text: ' district', marked: false },
    ]);
  });

  it('decodes what the escaper wrote, so "&lt;" reads as "<" and never becomes a tag', () => {
    expect(excerptParts('Azerbaijan&#39;s &amp; Armenia&#x27;s &lt;img src=x onerror=alert(1)&gt;')).toEqual([
      { text: "Azerbaijan's & Armenia's <img src=x onerror=alert(1)>", marked: false },
    ]);
  });

  it('keeps any tag other than <mark> as literal text', () => {
    expect(excerptParts('a <b>bold</b> <mark>word</mark>')).toEqual([
      { text: 'a <b>bold</b> ', marked: false },
      { text: 'word', marked: true },
    ]);
  });

  it('joins neighbouring marks and drops empty pieces', () => {
    expect(excerptParts('<mark>Shusha</mark><mark> / Shushi</mark>')).toEqual([
      { text: 'Shusha / Shushi', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });

  it('leaves an unknown or impossible entity as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &nbsp;')).toBe('&bogus; &#0; &#x110000; \u00a0');
  });
});
