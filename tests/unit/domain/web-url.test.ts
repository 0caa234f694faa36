import { describe, expect, it } from 'vitest';
import { webUrl } from '../../../src/domain/web-url';

describe('webUrl', () => {
  it('keeps http and https addresses', () => {
    expect(webUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webUrl('http://example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme, junk and nothing', () => {
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(webUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(webUrl('not a url')).toBeNull();
    expect(webUrl(null)).toBeNull();
  });
});
