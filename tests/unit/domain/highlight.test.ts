// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../src/domain/highlight';

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, terms)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlightSegments', () => {
  it('returns the whole text unmarked when there is nothing to mark', () => {
    expect(highlightSegments('Glory to Ukraine!', [])).toEqual([
      { text: 'Glory to Ukraine!', match: false },
    ]);
    expect(highlightSegments('Glory to Ukraine!', ['', '  '])).toEqual([
      { text: 'Glory to Ukraine!', match: false },
    ]);
    expect(highlightSegments('Glory', ['peace'])).toEqual([{ text: 'Glory', match: false }]);
  });

  it('ignores spaces around the terms (a blank term never marks the gaps between words)', () => {
    expect(marked('Coming  home', ['  ', ' home '])).toEqual(['home']);
  });

  it('gives one empty plain piece for empty text', () => {
    expect(highlightSegments('', ['home'])).toEqual([{ text: '', match: false }]);
  });

  it('splits text into plain and marked pieces that join back to the text', () => {
    const text = 'Our people are coming home, home at last';
    const segments = highlightSegments(text, ['home']);
    expect(segments).toEqual([
      { text: 'Our people are coming ', match: false },
      { text: 'home', match: true },
      { text: ', ', match: false },
      { text: 'home', match: true },
      { text: ' at last', match: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('matches case-insensitively and keeps the text as written', () => {
    expect(marked('Zelenskyy met ZELENSKIY fans', ['zelenskyy', 'zelenskiy'])).toEqual([
      'Zelenskyy',
      'ZELENSKIY',
    ]);
  });

  it('prefers the longest term where terms overlap', () => {
    expect(marked('Zelenskyy said', ['zelensky', 'zelenskyy'])).toEqual(['Zelenskyy']);
  });

  it('treats regular-expression characters in terms as plain text', () => {
    expect(
      marked('Is it (1+1)? Yes [a] $5 a.b ^x | y \\z', [
        '(1+1)?',
        '[a]',
        '$5',
        'a.b',
        '^x',
        '|',
        '\\z',
      ]),
    ).toEqual(['(1+1)?', '[a]', '$5', 'a.b', '^x', '|', '\\z']);
    expect(marked('axb', ['a.b'])).toEqual([]);
    expect(marked('anything', ['.*'])).toEqual([]);
  });

  it('marks at the start and the end, and non-Latin text', () => {
    expect(highlightSegments('war and war', ['war']).map((s) => s.match)).toEqual([
      true,
      false,
      true,
    ]);
    expect(marked('Слава Україні', ['україні'])).toEqual(['Україні']);
  });

  it('leaves markup in the text as text (segments are plain strings)', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(highlightSegments(text, ['img'])).toEqual([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x onerror=alert(1)>', match: false },
    ]);
  });
});
