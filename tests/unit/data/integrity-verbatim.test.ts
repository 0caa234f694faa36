// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { checkDataset } from '../../../src/data/integrity';
import { checkVerbatim } from '../../../src/data/check-verbatim';
import { byId, lines, miniDataset, miniSourceText } from './mini';

describe('checkVerbatim', () => {
  it('errors on an event excerpt that was paraphrased, showing where it departs', () => {
    const data = miniDataset();
    const [evidence] = byId(data.events, 'agreement-example-city').evidence;
    if (evidence)
      evidence.excerpt = 'The two sides agreed to swap 100 prisoners each in two stages.';
    expect(lines(checkVerbatim(data, miniSourceText))).toEqual([
      'error events.json › record "agreement-example-city" (#1) › evidence[0].excerpt: excerpt not found verbatim in source "src-talks" (001_mini-talks.txt); it matches up to "…The two sides agreed to " and then differs at "swap 100 prisoners each in two stages."',
    ]);
  });

  it('checks venue excerpts too', () => {
    const data = miniDataset();
    const [evidence] = byId(data.venues, 'sample-border-point').evidence;
    if (evidence) evidence.excerpt = 'Crossing point near the border.';
    expect(lines(checkVerbatim(data, miniSourceText))).toEqual([
      'error venues.json › record "sample-border-point" (#1) › evidence[0].excerpt: excerpt not found verbatim in source "src-exchange" (002_mini-exchange.txt); no part of its start occurs: "Crossing point near the border."',
    ]);
  });

  it('errors on quote text and context that are not in the article', () => {
    const data = miniDataset();
    const quote = byId(data.quotes, 'q-sample-home');
    quote.text = 'We agreed to bring everyone home, and we will';
    quote.context = 'said Anna Sample, who led the delegation.';
    expect(lines(checkVerbatim(data, miniSourceText))).toEqual([
      'error quotes.json › record "q-sample-home" (#0) › text: quote text not found verbatim in source "src-talks" (001_mini-talks.txt); it matches up to "…We agreed to bring everyone home," and then differs at " and we will"',
      'error quotes.json › record "q-sample-home" (#0) › context: context not found verbatim in source "src-talks" (001_mini-talks.txt); it matches up to "…said Anna Sample, who led " and then differs at "the delegation."',
    ]);
  });

  it('treats a quote as belonging to its own source, not any article', () => {
    const data = miniDataset();
    // The text exists, but in the other article.
    byId(data.quotes, 'q-sample-stage').sourceId = 'src-talks';
    const found = lines(checkVerbatim(data, miniSourceText));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'quotes.json › record "q-sample-stage" (#1) › text: quote text not found verbatim in source "src-talks" (001_mini-talks.txt)',
    );
  });

  it('ignores whitespace differences and accepts the date prefix as article text', () => {
    const data = miniDataset();
    const [evidence] = byId(data.events, 'talks-example-city').evidence;
    if (evidence)
      evidence.excerpt = 'date 2026-01-10 Delegations meet in   Example City\n\nDelegations';
    byId(data.quotes, 'q-sample-home').context = 'who led one of the\n   delegations.';
    expect(lines(checkVerbatim(data, miniSourceText))).toEqual([]);
  });

  it('reports a missing article once per source, naming its file', () => {
    const data = miniDataset();
    const read = (file: string) => (file === '002_mini-exchange.txt' ? null : miniSourceText(file));
    expect(lines(checkVerbatim(data, read))).toEqual([
      'error sources.json › record "src-exchange" (#1) › file: article text "002_mini-exchange.txt" not found, so its excerpts and quotes cannot be checked',
    ]);
  });
});

describe('checkDataset', () => {
  it('runs the verbatim step only when it is given article text', () => {
    const data = miniDataset();
    const quote = byId(data.quotes, 'q-sample-home');
    quote.text = 'Words never said';
    expect(lines(checkDataset(data))).toEqual([]);
    expect(lines(checkDataset(data, miniSourceText))).toEqual([
      'error quotes.json › record "q-sample-home" (#0) › text: quote text not found verbatim in source "src-talks" (001_mini-talks.txt); no part of its start occurs: "Words never said"',
    ]);
  });
});
