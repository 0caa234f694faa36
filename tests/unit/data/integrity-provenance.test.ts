// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { checkProvenance } from '../../../src/data/check-provenance';
import { byId, lines, miniDataset } from './mini';

describe('checkProvenance', () => {
  it('flags each stated fact that no evidence or inference supports', () => {
    const data = miniDataset();
    const event = byId(data.events, 'exchange-stage-1');
    // Drop the first excerpt: status, counts, stage and agreement lose their only support.
    event.evidence = event.evidence.slice(2);
    expect(lines(checkProvenance(data))).toEqual([
      'error events.json › record "exchange-stage-1" (#2) › status: fact "status" has no evidence: add it to an evidence item\'s supports or to inferred',
      'error events.json › record "exchange-stage-1" (#2) › toUkraine: fact "toUkraine" has no evidence: add it to an evidence item\'s supports or to inferred',
      'error events.json › record "exchange-stage-1" (#2) › toRussia: fact "toRussia" has no evidence: add it to an evidence item\'s supports or to inferred',
      'error events.json › record "exchange-stage-1" (#2) › agreementId: fact "agreementId" has no evidence: add it to an evidence item\'s supports or to inferred',
      'error events.json › record "exchange-stage-1" (#2) › stage: fact "stage" has no evidence: add it to an evidence item\'s supports or to inferred',
    ]);
  });

  it('requires each venue link and non-empty mediators to be supported', () => {
    const data = miniDataset();
    const event = byId(data.events, 'talks-example-city');
    const [evidence] = event.evidence;
    if (evidence) evidence.supports = ['date', 'status'];
    expect(lines(checkProvenance(data))).toEqual([
      'error events.json › record "talks-example-city" (#0) › mediators: fact "mediators" has no evidence: add it to an evidence item\'s supports or to inferred',
      'error events.json › record "talks-example-city" (#0) › venueIds: fact "venue:example-city" has no evidence: add it to an evidence item\'s supports or to inferred',
    ]);
  });

  it('accepts an inference in place of evidence', () => {
    const data = miniDataset();
    const event = byId(data.events, 'exchange-stage-1');
    event.inferred = [];
    expect(lines(checkProvenance(data))).toEqual([
      'error events.json › record "exchange-stage-1" (#2) › date: fact "date" has no evidence: add it to an evidence item\'s supports or to inferred',
    ]);
  });

  it('warns about support claimed for a fact the event does not have', () => {
    const data = miniDataset();
    const [evidence] = byId(data.events, 'agreement-example-city').evidence;
    if (evidence) evidence.supports.push('stage', 'mediators');
    expect(lines(checkProvenance(data))).toEqual([
      'warning events.json › record "agreement-example-city" (#1) › evidence[0].supports[4]: claims support for "stage", which this event does not have',
      'warning events.json › record "agreement-example-city" (#1) › evidence[0].supports[5]: claims support for "mediators", which this event does not have',
    ]);
  });

  it('rejects a quote inference about a field the quote does not have', () => {
    const data = miniDataset();
    byId(data.quotes, 'q-sample-stage').eventId = null;
    expect(lines(checkProvenance(data))).toEqual([
      'error quotes.json › record "q-sample-stage" (#1) › inferred[0].field: infers "eventId", which this quote does not have',
    ]);
  });
});
