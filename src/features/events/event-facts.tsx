/** Every figure of an event, each with the excerpts that support it and any inference behind it. */
import { claimRange, returnKindOf } from '../../domain/return-kind';
import { sourceByline } from '../../domain/source-byline';
import { webUrl } from '../../domain/web-url';
import type { ReactNode } from 'react';
import type { EventRecord, Mediator, Source, Venue } from '../../data/schemas';
import type { Relations } from './event-relations';
import { EventDate } from './event-date';
import { StatusBadge } from './event-status';
import { EvidenceItem, InferenceNote } from '../../components/evidence-item';
import { precisionNotes, sideText } from './event-text';
import { evidenceByFact } from '../../domain/evidence-by-fact';
import { formatCount } from '../../domain/format-number';

interface Fact {
  label: string;
  /** The fact keys (evidence `supports`, inference `field`) this figure stands for. */
  keys: string[];
  value: ReactNode;
}

function factsOf(
  event: EventRecord,
  venues: ReadonlyMap<string, Venue>,
  mediators: ReadonlyMap<string, Mediator>,
  sources: ReadonlyMap<string, Source>,
  relations: Relations,
): Fact[] {
  const kind = returnKindOf(event);
  const note = precisionNotes[event.datePrecision];
  const facts: Fact[] = [
    {
      label: 'Date',
      keys: ['date', 'endDate'],
      value: (
        <>
          <EventDate event={event} />
          {note && <span className="event-fact__note"> ({note})</span>}
        </>
      ),
    },
    { label: 'Status', keys: ['status'], value: <StatusBadge status={event.status} /> },
  ];
  if (event.type !== 'talks' || event.toUkraine || event.toRussia) {
    facts.push({
      label: event.type === 'agreement' ? 'To be returned' : 'Returned',
      keys: ['toUkraine', 'toRussia'],
      value: (
        <>
          <span className="event-fact__line">{sideText(event.toUkraine, 'Ukraine')}</span>
          <span className="event-fact__line">{sideText(event.toRussia, 'Russia')}</span>
          {kind === 'bodies' && (
            <span className="event-fact__note">
              Bodies repatriated: not counted as people returned.
            </span>
          )}
          {kind === 'release' && (
            <span className="event-fact__note">A one-way release, not a two-way swap.</span>
          )}
        </>
      ),
    });
  }
  // Where the parties' figures differ, each claim with who stated it and where: the totals use the
  // receiving side's own count (docs/data.md).
  (event.claims ?? []).forEach((claim, i) => {
    const source = sources.get(claim.sourceId);
    const href = source ? webUrl(source.url) : null;
    facts.push({
      // "More than 100" beside Kyiv's 130 is another statement of the figure, not a dispute.
      label: claimRange(event, claim.counts) ? 'Figure in dispute' : 'Figure also stated',
      keys: [`claim-${i}`],
      value: (
        <span className="event-fact__line">
          {claim.statedBy}: {claim.moreThan ? 'more than ' : ''}
          {formatCount(claim.total)} {claim.counts === 'toUkraine' ? 'to Ukraine' : 'to Russia'} —{' '}
          {claim.note}
          {source && (
            <span className="evidence__byline">
              {' '}
              (
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {sourceByline(source)}
                </a>
              ) : (
                sourceByline(source)
              )}
              )
            </span>
          )}
        </span>
      ),
    });
  });
  if (event.stage !== undefined)
    facts.push({ label: 'Stage', keys: ['stage'], value: `stage ${event.stage}` });
  for (const id of event.venueIds) {
    const venue = venues.get(id);
    facts.push({ label: 'Place', keys: [`venue:${id}`], value: venue ? venue.name : id });
  }
  facts.push({
    label: 'Mediators',
    keys: ['mediators'],
    value:
      event.mediators.length > 0
        ? event.mediators.map((id) => mediators.get(id)?.name ?? id).join(', ')
        : 'none named in the sources',
  });
  if (event.agreementId) {
    const title = relations.agreement?.title ?? event.agreementId;
    facts.push({ label: 'Agreement', keys: ['agreementId'], value: title });
  }
  if (event.talksId) {
    facts.push({
      label: 'Talks',
      keys: ['talksId'],
      value: relations.talks?.title ?? event.talksId,
    });
  }
  return facts;
}

interface Props {
  event: EventRecord;
  venues: ReadonlyMap<string, Venue>;
  mediators: ReadonlyMap<string, Mediator>;
  sources: ReadonlyMap<string, Source>;
  relations: Relations;
}

/** The figures as a description list; evidence supporting no listed figure is kept at the end. */
export function EventFacts({ event, venues, mediators, sources, relations }: Props) {
  const facts = factsOf(event, venues, mediators, sources, relations);
  const covered = new Set(facts.flatMap((f) => f.keys));
  const rest = event.evidence.filter((e) => !e.supports.some((k) => covered.has(k)));
  const restInferred = event.inferred.filter((i) => !covered.has(i.field));
  const layout = evidenceByFact(
    event.evidence,
    facts.map((f) => f.keys),
  );
  // A report cited again is named by its outlet: its excerpt is under the figure it first backs.
  // One whose outlet is not named is counted, not named by our description of it.
  const againText = (items: number[]) => {
    const named = new Set<string>();
    for (const i of items) {
      const publisher = sources.get(event.evidence[i]!.sourceId)?.publisher;
      if (publisher) named.add(publisher);
    }
    if (items.length === 1) return named.size === 1 ? `the ${[...named][0]} report` : 'a report';
    const outlets = named.size > 0 ? ` (${[...named].join(', ')})` : '';
    return `the ${items.length} reports${outlets}`;
  };
  return (
    <>
      <dl className="event-facts">
        {facts.map((fact, f) => {
          const { shown, again } = layout[f]!;
          const inferred = event.inferred.filter((i) => fact.keys.includes(i.field));
          return (
            <div key={fact.keys.join(' ')} className="event-fact">
              <dt>{fact.label}</dt>
              <dd>
                <div className="event-fact__value">{fact.value}</div>
                {inferred.map((i, n) => (
                  <InferenceNote key={n} inference={i} />
                ))}
                {shown.length > 0 && (
                  <ul className="evidence-list" aria-label={`Evidence: ${fact.label}`}>
                    {shown.map((i) => (
                      <EvidenceItem
                        key={i}
                        evidence={event.evidence[i]!}
                        source={sources.get(event.evidence[i]!.sourceId)}
                      />
                    ))}
                  </ul>
                )}
                {again.map(({ fact: earlier, items }) => (
                  <p key={earlier} className="event-fact__again">
                    Also backed by {againText(items)} listed under {facts[earlier]!.label}.
                  </p>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
      {rest.length + restInferred.length > 0 && (
        <>
          <h4 className="event-detail__subheading">Other evidence</h4>
          {restInferred.map((i, n) => (
            <InferenceNote key={n} inference={i} />
          ))}
          <ul className="evidence-list">
            {rest.map((e) => (
              <EvidenceItem
                key={event.evidence.indexOf(e)}
                evidence={e}
                source={sources.get(e.sourceId)}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
