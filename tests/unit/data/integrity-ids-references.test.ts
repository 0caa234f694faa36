// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { checkReferences, checkUniqueIds } from '../../../src/data/check-references';
import { byId, checkMini, lines, miniDataset } from './mini';

describe('the valid mini fixture', () => {
  it('passes every check, verbatim included', () => {
    expect(checkMini(miniDataset())).toEqual([]);
  });
});

describe('checkUniqueIds', () => {
  it('names both positions of a duplicate id', () => {
    const data = miniDataset();
    const copy = { ...byId(data.people, 'anna-sample') };
    data.people.push(copy);
    expect(lines(checkUniqueIds(data))).toEqual([
      'error people.json › record "anna-sample" (#2) › id: duplicate id "anna-sample": used by records #0 and #2',
    ]);
  });
});

describe('checkReferences', () => {
  it('catches an evidence source that does not exist, in events and venues', () => {
    const data = miniDataset();
    const [first] = byId(data.events, 'exchange-stage-1').evidence.slice(1);
    if (first) first.sourceId = 'src-missing';
    const [venueEvidence] = byId(data.venues, 'example-city').evidence;
    if (venueEvidence) venueEvidence.sourceId = 'src-gone';
    expect(lines(checkReferences(data))).toEqual([
      'error venues.json › record "example-city" (#0) › evidence[0].sourceId: unknown source "src-gone" (not in sources.json)',
      'error events.json › record "exchange-stage-1" (#2) › evidence[1].sourceId: unknown source "src-missing" (not in sources.json)',
    ]);
  });

  it('catches a quote whose speaker, source or event does not exist', () => {
    const data = miniDataset();
    const quote = byId(data.quotes, 'q-sample-stage');
    quote.speakerId = 'zelenskyy';
    quote.sourceId = 'src-nowhere';
    quote.eventId = 'exchange-stage-9';
    expect(lines(checkReferences(data))).toEqual([
      'error quotes.json › record "q-sample-stage" (#1) › speakerId: unknown person "zelenskyy" (not in people.json)',
      'error quotes.json › record "q-sample-stage" (#1) › sourceId: unknown source "src-nowhere" (not in sources.json)',
      'error quotes.json › record "q-sample-stage" (#1) › eventId: unknown event "exchange-stage-9" (not in events.json)',
    ]);
  });

  it('catches a variantOf that is missing or points at the quote itself', () => {
    const data = miniDataset();
    byId(data.quotes, 'q-sample-home').variantOf = 'q-sample-home';
    byId(data.quotes, 'q-sample-stage').variantOf = 'q-never-said';
    expect(lines(checkReferences(data))).toEqual([
      'error quotes.json › record "q-sample-home" (#0) › variantOf: a quote cannot be a variant of itself',
      'error quotes.json › record "q-sample-stage" (#1) › variantOf: unknown quote "q-never-said" (not in quotes.json)',
    ]);
  });

  it('catches an event venue that does not exist', () => {
    const data = miniDataset();
    const event = byId(data.events, 'talks-example-city');
    event.venueIds = ['example-city', 'atlantis'];
    expect(lines(checkReferences(data))).toEqual([
      'error events.json › record "talks-example-city" (#0) › venueIds[1]: unknown venue "atlantis" (not in venues.json)',
    ]);
  });

  it('catches an agreementId or talksId that is missing or of the wrong type', () => {
    const data = miniDataset();
    byId(data.events, 'exchange-stage-1').agreementId = 'talks-example-city';
    byId(data.events, 'exchange-stage-2').agreementId = 'agreement-lost';
    byId(data.events, 'agreement-example-city').talksId = 'exchange-stage-1';
    expect(lines(checkReferences(data))).toEqual([
      'error events.json › record "agreement-example-city" (#1) › talksId: event "exchange-stage-1" is of type exchange, not talks',
      'error events.json › record "exchange-stage-1" (#2) › agreementId: event "talks-example-city" is of type talks, not agreement',
      'error events.json › record "exchange-stage-2" (#3) › agreementId: unknown event "agreement-lost" (not in events.json)',
    ]);
  });

  it('catches a venue fact key for a missing venue or one the event does not list', () => {
    const data = miniDataset();
    const [evidence] = byId(data.events, 'talks-example-city').evidence;
    if (evidence) evidence.supports.push('venue:sample-border-point', 'venue:atlantis');
    byId(data.events, 'talks-example-city').inferred.push(
      { field: 'date', basis: 'inferred', reasoning: 'From the weekday.' },
      { field: 'venue:atlantis', basis: 'inferred', reasoning: 'From the dateline.' },
    );
    expect(lines(checkReferences(data))).toEqual([
      'error events.json › record "talks-example-city" (#0) › evidence[0].supports[4]: "venue:sample-border-point" names a venue this event does not list in venueIds',
      'error events.json › record "talks-example-city" (#0) › evidence[0].supports[5]: unknown venue "atlantis" (not in venues.json)',
      `error events.json › record "talks-example-city" (#0) › inferred[${byId(data.events, 'talks-example-city').inferred.length - 1}].field: unknown venue "atlantis" (not in venues.json)`,
    ]);
  });

  it('checks a partly loaded dataset without reporting ids in files it does not have', () => {
    const { quotes, people } = miniDataset();
    const quote = byId(quotes, 'q-sample-home');
    quote.speakerId = 'nobody';
    quote.sourceId = 'src-elsewhere';
    quote.eventId = 'event-elsewhere';
    expect(lines(checkReferences({ quotes, people }))).toEqual([
      'error quotes.json › record "q-sample-home" (#0) › speakerId: unknown person "nobody" (not in people.json)',
    ]);
  });
});
