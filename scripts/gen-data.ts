/**
 * Deterministic synthetic dataset for the benchmark: talks rounds, agreements and their exchange
 * stages clustered in waves over 2022-03..2026-11, venues, speakers, quotes and sources that pass the
 * data contract (src/data/schemas.ts) and the cross-record checks (src/data/integrity.ts), except the
 * verbatim one: the excerpts quote no real article.
 *
 *   npx tsx scripts/gen-data.ts --events 100000 --quotes 100000 [--seed 1] [--out DIR]
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Mediator,
  Dataset,
  EventRecord,
  Evidence,
  Headcount,
  Inference,
  Person,
  Quote,
  Side,
  Source,
  Venue,
  VenueKind,
} from '../src/data/schemas';
import { dataFileNames } from '../src/data/file-names';

/** What to generate. */
export interface GenerateOptions {
  events: number;
  quotes: number;
  seed?: number;
}

/** A small, fast, seeded PRNG (mulberry32): the same seed always gives the same dataset. */
export function mulberry32(seed: number): () => number {
  // The state lives in a typed array: a plain 32-bit closure variable would be boxed as a heap
  // number on most calls, and millions of calls would then be mostly garbage collection.
  const state = new Int32Array([seed | 0]);
  return () => {
    state[0] = ((state[0] ?? 0) + 0x6d2b79f5) | 0;
    let t = state[0];
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (s: string) => s.trim().split(/\s+/);
// Place name | lat | lon | country, per venue kind.
const places: Record<VenueKind, string> = {
  talks:
    'Geneva|46.20|6.14|Switzerland;Istanbul|41.01|28.98|Turkey;Abu Dhabi|24.45|54.38|United Arab Emirates;Riyadh|24.71|46.68|Saudi Arabia;Jeddah|21.49|39.19|Saudi Arabia;Doha|25.29|51.53|Qatar;Ankara|39.93|32.86|Turkey;Antalya|36.90|30.71|Turkey;Vienna|48.21|16.37|Austria;Minsk|53.90|27.56|Belarus;Budapest|47.50|19.04|Hungary;Vatican City|41.90|12.45|Vatican City;Oslo|59.91|10.75|Norway;Helsinki|60.17|24.94|Finland;Baku|40.41|49.87|Azerbaijan;Muscat|23.59|58.41|Oman;Dubai|25.20|55.27|United Arab Emirates;Bern|46.95|7.45|Switzerland',
  handover:
    'Belarus handover|53.71|27.95|Belarus;Gomel border crossing|52.44|30.99|Belarus;Brest transit|52.10|23.73|Belarus;Sumy border|51.32|34.90|Ukraine;Belgorod crossing|50.60|36.59|Russia;Kharkiv border|50.25|36.30|Ukraine;Bryansk transit|53.24|34.36|Russia;Chernihiv border|51.74|31.29|Ukraine',
  reception:
    'Chernihiv region|51.50|31.29|Ukraine;Kyiv region|50.45|30.52|Ukraine;Sumy region|50.91|34.80|Ukraine;Kharkiv region|49.99|36.23|Ukraine;Poltava region|49.59|34.55|Ukraine;Zhytomyr region|50.25|28.66|Ukraine;Vinnytsia region|49.23|28.47|Ukraine;Lviv region|49.84|24.03|Ukraine;Dnipro region|48.46|35.05|Ukraine;Moscow region|55.75|37.62|Russia;Kursk reception|51.73|36.19|Russia;Rostov reception|47.24|39.70|Russia',
  other:
    'Mariupol|47.10|37.55|Ukraine;Bakhmut|48.60|38.00|Ukraine;Kherson front|46.64|32.62|Ukraine;Zaporizhzhia front|47.84|35.14|Ukraine;Donetsk front|48.02|37.80|Ukraine;Luhansk front|48.57|39.31|Ukraine;Kursk region|51.50|35.50|Russia;Avdiivka|48.14|37.75|Ukraine;Sievierodonetsk|48.95|38.49|Ukraine;Pokrovsk|48.28|37.18|Ukraine',
};
const names: Record<Side, { first: string[]; last: string[]; roles: string[] }> = {
  ukraine: {
    first: words(
      'Volodymyr Olena Andriy Oksana Dmytro Iryna Serhiy Yulia Mykola Kateryna Oleksandr Natalia Taras Halyna Petro Viktoria Bohdan Larysa Yurii Maryna',
    ),
    last: words(
      'Kovalenko Bondarenko Shevchenko Tkachenko Kravchenko Lubinsky Melnyk Boyko Moroz Lysenko Marchenko Rudenko Savchenko Petrenko Zelensky Umerov Tykhyi Yermak Budanov Sybiha',
    ),
    roles: [
      'Ukrainian official',
      'Ombudsman',
      'Head of the Coordination HQ for POWs',
      'Ukrainian negotiator',
      'Ukrainian minister',
      'Freed serviceman',
    ],
  },
  russia: {
    first: words(
      'Vladimir Dmitry Sergei Maria Tatiana Alexei Yuri Nikolai Olga Anna Mikhail Igor Elena Pavel Grigory Svetlana Kirill Vadim Irina Roman',
    ),
    last: words(
      'Ivanov Petrov Sidorov Medinsky Peskov Lavrov Moskalkova Volkov Sokolov Popov Lebedev Kozlov Novikov Morozov Orlov Zakharov Belov Gusev Karpov Fedorov',
    ),
    roles: [
      'Kremlin spokesman',
      'Russian negotiator',
      'Russian foreign minister',
      'Human rights commissioner',
      'Russian defence official',
    ],
  },
  'united-states': {
    first: words('Donald Steve Marco Keith Mike John Karen Susan Robert James Laura Emily'),
    last: words('Trump Witkoff Rubio Kellogg Waltz Smith Johnson Miller Davis Brown Wilson Taylor'),
    roles: ['U.S. special envoy', 'U.S. secretary of state', 'U.S. president', 'U.S. official'],
  },
  other: {
    first: words(
      'Mohammed Recep Hakan Sheikh Antonio Pietro Emmanuel Alexander Ahmed Khalid Fatima Leila',
    ),
    last: words(
      'Al Nahyan Erdogan Fidan Guterres Parolin Macron Stubb Al Thani Bin Salman Aliyev Grossi',
    ),
    roles: ['Mediator', 'Foreign minister', 'UN official', 'Vatican envoy', 'Head of state'],
  },
};
const vocabulary = words(`
  prisoners prisoner exchange exchanges swap swaps returned return returning home homeland families family
  soldiers servicemen civilians defenders heroes captivity captured freed release released releases wounded
  sick hospital medical border delegation delegations talks negotiations negotiated agreement agreements deal
  deals ceasefire peace war front frontline humanitarian mediation mediated mediator brokered stage stages first
  second third next another remaining expected confirmed promised all for each side sides both our their his
  her my we they you it this that these those today tomorrow yesterday week weeks month months year years again
  more still must cannot will would should could may might continue continues continued work working process
  steps step important good news message awaited loved ones coming back safe alive every single one people
  nation country countries state president minister ministry envoy official officials spokesman representative
  army military troops brigade battalion commander guard national marines units city region regions village
  children mothers wives fathers sons daughters names lists list verified verification identified bodies
  remains dead missing search truth justice law international red cross committee observers access conditions
  torture treatment rights human violation violations crimes evidence documents process procedure schedule
  date dates days hours minutes quickly slowly finally already never always soon now later before after
  during between without within under over across through against toward about around behind beyond despite
  the a an and or but not no yes is are was were be been being have has had do does did done make made
  say said says tell told ask asked call called thank thanks grateful gratitude support supported partners
  united states emirates turkey qatar saudi arabia vatican switzerland belarus russia ukraine kyiv moscow
  washington geneva istanbul abu dhabi riyadh doha minsk talks round rounds direct trilateral bilateral
  progress results tangible concrete empty words root causes security guarantees territory occupation
  occupied liberated liberation pressure sanctions economy energy strikes drones missiles shelling attack
  attacks defence defense resilience courage strength faith hope victory dignity freedom independence
  sovereignty memory honour honor glory everyone nobody someone something nothing everything together
  alone ready prepared open closed clear difficult hard easy possible impossible necessary needed enough
  more less most least many much few several dozens hundreds thousands large small big new old long short
  full partial complete completed begin began begun start started end ended finish finished plan planned
`);
const sideAdjective: Record<Side, string> = {
  ukraine: 'Ukrainian',
  russia: 'Russian',
  'united-states': 'U.S.',
  other: 'mediating',
};
const mediatorNames = [
  'United Arab Emirates',
  'Turkey',
  'Qatar',
  'Saudi Arabia',
  'United States',
  'Vatican',
  'Switzerland',
];

const publishers = [
  'The Example Courier',
  'Northern Ledger',
  'Daily Sample',
  'Synthetic Wire',
  'Meridian Post',
  'Harbour Times',
];
const agencies = ['Wire A', 'Wire B', 'Agency C', 'Press D'];

const msPerDay = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / msPerDay);
const firstDay = dayOf('2022-03-01');
const lastDay = dayOf('2026-11-30');
const recentDay = dayOf('2026-03-01');
// Every generated date lies in this window: formatting each day once saves millions of Dates.
const isoCache = Array.from({ length: lastDay - firstDay + 60 }, (_, i) =>
  new Date((firstDay - 10 + i) * msPerDay).toISOString().slice(0, 10),
);
const isoOf = (day: number) =>
  isoCache[day - firstDay + 10] ?? new Date(day * msPerDay).toISOString().slice(0, 10);
// Word frequencies fall off like natural text: a table maps a uniform draw to a skewed word index.
const wordTable = Array.from(
  { length: 8192 },
  (_, i) => vocabulary[Math.floor(vocabulary.length * (i / 8192) ** 1.6)] ?? 'and',
);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The mediators as records: events name them by id. */
const generatedMediators: Mediator[] = mediatorNames.map((name) => ({
  id: slug(name),
  name,
  kind: name === 'Vatican' ? 'organisation' : 'state',
}));

/** Generates the whole dataset in memory (plain records, in the files' order). */
export function generateDataset(opts: GenerateOptions): Dataset {
  const rnd = mulberry32(opts.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const chance = (p: number) => rnd() < p;
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(rnd() * list.length)] as T;
  };
  // A bell-ish offset (sum of three uniforms) for dates clustered around a wave's centre.
  const bell = () => rnd() + rnd() + rnd() - 1.5;
  const clampDay = (d: number) => Math.min(lastDay, Math.max(firstDay, Math.round(d)));

  const sources = makeSources(Math.min(400, 10 + Math.floor(opts.events / 250)));
  function makeSources(count: number): Source[] {
    return Array.from({ length: count }, (_, i) => {
      const day = firstDay + Math.floor(((i + rnd()) / count) * (lastDay - firstDay));
      const dated = chance(0.85);
      const topic = pick(vocabulary);
      return {
        id: `src-${dated ? `${isoOf(day)}-` : ''}${slug(topic)}-${i}`,
        file: `${String(i).padStart(3, '0')}_${Math.floor(rnd() * 2 ** 32)
          .toString(16)
          .padStart(8, '0')}.txt`,
        title: chance(0.9) ? `Synthetic report ${i} on the ${topic} of prisoners` : null,
        label: `Synthetic report ${i}${dated ? ` (${isoOf(day)})` : ''}`,
        publisher: chance(0.5) ? pick(publishers) : null,
        agencies: chance(0.4) ? [pick(agencies)] : [],
        publishedDate: dated ? isoOf(day) : null,
        url: chance(0.3) ? `https://news.example.org/${i}` : null,
      };
    });
  }
  const excerpt = (min: number, max: number) => sentence(int(min, max));
  function sentence(n: number): string {
    let text = '';
    for (let i = 0; i < n; i++) text += (i ? ' ' : '') + wordTable[(rnd() * 8192) | 0];
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  const evidence = (keys: string[]): Evidence[] => {
    // One to three excerpts sharing the facts out between them; the first always backs something.
    const parts = Math.min(keys.length, int(1, 3));
    const items: Evidence[] = Array.from({ length: parts }, () => ({
      sourceId: pick(sources).id,
      excerpt: excerpt(6, 28),
      supports: [],
    }));
    keys.forEach((key, i) => items[i < parts ? i : int(0, parts - 1)]?.supports.push(key));
    return items;
  };
  const inference = (field: string): Inference => ({
    field,
    basis: 'inferred',
    reasoning: `Synthetic: the ${field} follows from a weekday and the article's publication date.`,
  });

  // Venues: min(500, 20 + events/200), every kind present, jittered around real places.
  const kindOrder: VenueKind[] = ['talks', 'handover', 'reception', 'other'];
  const venues: Venue[] = [];
  const byKind: Record<VenueKind, Venue[]> = { talks: [], handover: [], reception: [], other: [] };
  const venueCount = Math.min(500, 20 + Math.floor(opts.events / 200));
  const used = new Map<string, number>();
  for (let i = 0; i < venueCount; i++) {
    const r = rnd();
    const kind =
      i < 4
        ? (kindOrder[i] ?? 'other')
        : r < 0.25
          ? 'talks'
          : r < 0.45
            ? 'handover'
            : r < 0.8
              ? 'reception'
              : 'other';
    const [base = 'Place', lat = '50', lon = '30', country = 'Ukraine'] = pick(
      places[kind].split(';'),
    ).split('|');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base} site ${n}`;
    const precision = pick(['exact', 'city', 'region', 'country'] as const);
    const venue: Venue = {
      id: slug(name),
      name,
      kind,
      lat: Math.round((Number(lat) + bell() * (n === 1 ? 0 : 0.6)) * 1e4) / 1e4,
      lon: Math.round((Number(lon) + bell() * (n === 1 ? 0 : 0.9)) * 1e4) / 1e4,
      country,
      coordinatePrecision: precision,
      description: `Synthetic ${kind} place near ${base}, ${country}; the point is a ${precision}-level stand-in.`,
      evidence: chance(0.8) ? evidence(chance(0.5) ? ['name', 'kind'] : ['name']) : [],
      inferred: chance(0.15) ? [inference('coordinates')] : [],
    };
    venues.push(venue);
    byKind[kind].push(venue);
  }

  // Waves of activity: later years busier, each wave a few days to a few weeks wide.
  const waves = Array.from({ length: Math.max(6, Math.round(opts.events / 300)) }, () => ({
    centre: firstDay + rnd() ** 0.6 * (lastDay - firstDay),
    width: int(3, 30),
    weight: rnd() ** 2 + 0.02,
  }));
  const totalWeight = waves.reduce((n, w) => n + w.weight, 0);
  const waveDay = () => {
    let r = rnd() * totalWeight;
    for (const w of waves)
      if ((r -= w.weight) <= 0) return clampDay(w.centre + bell() * 2 * w.width);
    return clampDay(firstDay + rnd() * (lastDay - firstDay));
  };
  // A date of some precision; `date` is the first day of the period (weeks start on Monday).
  const dated = (day: number, weights: [number, number, number]) => {
    const r = rnd();
    if (r < weights[0]) return { date: isoOf(day), datePrecision: 'day' as const };
    if (r < weights[0] + weights[1])
      return {
        date: isoOf(day - ((new Date(day * msPerDay).getUTCDay() + 6) % 7)),
        datePrecision: 'week' as const,
      };
    return { date: `${isoOf(day).slice(0, 8)}01`, datePrecision: 'month' as const };
  };
  const headcount = (total: number): Headcount => {
    const r = rnd();
    if (r < 0.5) return { total };
    const soldiers = r < 0.8 ? Math.round(total * (0.6 + rnd() * 0.4)) : total;
    return r < 0.8 ? { total, soldiers, civilians: total - soldiers } : { total, soldiers };
  };
  const size = () => (chance(0.7) ? int(5, 100) * 10 : int(20, 1200));

  const events: EventRecord[] = [];
  const talksRounds: EventRecord[] = [];
  let seq = 0;
  function addEvent(
    e: Omit<EventRecord, 'id' | 'evidence' | 'inferred'>,
    place: string,
    day: number,
  ): EventRecord {
    const keys = ['date', 'status'];
    if (e.toUkraine) keys.push('toUkraine');
    if (e.toRussia) keys.push('toRussia');
    if (e.mediators.length > 0) keys.push('mediators');
    if (e.agreementId) keys.push('agreementId');
    if (e.talksId) keys.push('talksId');
    if (e.stage !== undefined) keys.push('stage');
    e.venueIds.forEach((v) => keys.push(`venue:${v}`));
    const inferDate = e.datePrecision !== 'day' || chance(0.2);
    const record = {
      id: `${e.type}-${isoOf(day)}-${slug(place)}-${(seq++).toString(36)}`,
      ...e,
      evidence: evidence(inferDate && chance(0.5) ? keys.slice(1) : keys),
      inferred: inferDate ? [inference('date')] : [],
    };
    events.push(record);
    if (record.type === 'talks') talksRounds.push(record);
    return record;
  }
  const mediators = () =>
    chance(0.6)
      ? [
          ...new Set([
            pick(generatedMediators).id,
            ...(chance(0.3) ? [pick(generatedMediators).id] : []),
          ]),
        ]
      : [];
  const exchangeVenues = () => {
    const ids = new Set<string>();
    if (chance(0.8)) ids.add(pick(byKind.handover).id);
    if (chance(0.7)) ids.add(pick(byKind.reception).id);
    if (chance(0.3)) ids.add(pick(byKind.other).id);
    return [...ids];
  };
  // Announced exchanges are mostly in the last months; earlier ones are nearly all confirmed.
  const expectedLikely = (day: number) => (day > recentDay ? 0.5 : 0.02);

  while (events.length < opts.events) {
    const left = opts.events - events.length;
    const day = waveDay();
    if (left < 3 || chance(0.25)) {
      // Sometimes an exchange with no recorded agreement follows from earlier talks.
      const candidate = chance(0.2) && talksRounds.length > 0 ? pick(talksRounds) : undefined;
      const talks =
        candidate && dayOf(candidate.endDate ?? candidate.date) <= day ? candidate : undefined;
      addEvent(
        {
          type: 'exchange',
          status: chance(expectedLikely(day)) ? 'expected' : 'confirmed',
          title: `Prisoner swap ${seq}`,
          ...dated(day, [0.9, 0.05, 0.05]),
          venueIds: exchangeVenues(),
          mediators: mediators(),
          ...(chance(0.85) ? { toUkraine: headcount(size()), toRussia: headcount(size()) } : {}),
          agreementId: null,
          talksId: talks?.id ?? null,
          summary: `A synthetic exchange of prisoners outside any recorded agreement.`,
        },
        'swap',
        day,
      );
      continue;
    }
    const venue = pick(byKind.talks);
    const span = chance(0.3) ? int(1, 3) : 0;
    const talksDate = dated(day, [0.75, 0.1, 0.15]);
    const talks = addEvent(
      {
        type: 'talks',
        status: 'confirmed',
        title: `${venue.name} talks, round ${seq}`,
        ...talksDate,
        ...(span > 0 && talksDate.datePrecision === 'day'
          ? { endDate: isoOf(clampDay(day + span)) }
          : {}),
        venueIds: [venue.id],
        mediators: mediators(),
        summary: `Synthetic negotiations held in ${venue.name}.`,
      },
      venue.name,
      day,
    );
    let budget = left - 1;
    for (let a = chance(0.15) ? 0 : int(1, 2); a > 0 && budget >= 2; a--) {
      const agreedDay = clampDay(day + span + int(0, 3));
      const each = size();
      const promised = {
        toUkraine: headcount(each),
        toRussia: headcount(chance(0.8) ? each : size()),
      };
      const agreement = addEvent(
        {
          type: 'agreement',
          status: chance(0.05) ? 'expected' : 'confirmed',
          title: `${venue.name} deal: ${each} for ${each}`,
          ...dated(agreedDay, [0.8, 0.1, 0.1]),
          venueIds: [],
          mediators: [...talks.mediators],
          ...promised,
          talksId: talks.id,
          summary: `A synthetic agreement to exchange prisoners, reached in ${venue.name}.`,
        },
        `${venue.name}-deal`,
        agreedDay,
      );
      budget -= 1;
      const stages = Math.min(budget, int(1, 5));
      const parts = {
        toUkraine: splitTotal(promised.toUkraine.total, stages),
        toRussia: splitTotal(promised.toRussia.total, stages),
      };
      let stageDay = clampDay(agreedDay + int(1, 20));
      let expected = false;
      for (let s = 0; s < stages; s++) {
        expected ||= chance(expectedLikely(stageDay));
        addEvent(
          {
            type: 'exchange',
            status: expected ? 'expected' : 'confirmed',
            title: `${venue.name} deal, stage ${s + 1}`,
            ...dated(stageDay, [0.95, 0.05, 0]),
            venueIds: exchangeVenues(),
            mediators: [...agreement.mediators],
            toUkraine: headcount(parts.toUkraine[s] ?? 0),
            toRussia: headcount(parts.toRussia[s] ?? 0),
            agreementId: agreement.id,
            talksId: null,
            ...(stages > 1 ? { stage: s + 1 } : {}),
            summary: `Stage ${s + 1} of a synthetic agreement reached in ${venue.name}.`,
          },
          `${venue.name}-stage-${s + 1}`,
          stageDay,
        );
        stageDay = clampDay(stageDay + int(1, 6));
      }
      budget -= stages;
    }
  }
  function splitTotal(total: number, parts: number): number[] {
    const cuts = Array.from({ length: parts - 1 }, () => Math.floor(rnd() * (total + 1))).sort(
      (x, y) => x - y,
    );
    return [...cuts, total].map((c, i) => c - (i === 0 ? 0 : (cuts[i - 1] ?? 0)));
  }
  // In the order they happened; the sort is stable, so same-day events keep their generation order.
  const eventRecords = events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  // People: min(5000, 50 + quotes/20), most sides Ukrainian or Russian, a few unnamed speakers.
  const people: Person[] = [];
  const ids = new Set<string>();
  const peopleCount = Math.min(5000, 50 + Math.floor(opts.quotes / 20));
  for (let i = 0; i < peopleCount; i++) {
    const r = rnd();
    const side: Side =
      r < 0.4 ? 'ukraine' : r < 0.75 ? 'russia' : r < 0.88 ? 'united-states' : 'other';
    const pool = names[side];
    if (chance(0.03)) {
      const id = `${side}-delegation-member-${i}`;
      people.push({
        id,
        name: `A member of the ${sideAdjective[side]} delegation`,
        aliases: [],
        role: pick(pool.roles),
        side,
        unnamed: true,
      });
      ids.add(id);
      continue;
    }
    const first = pick(pool.first);
    const last = pick(pool.last);
    let id = slug(`${first} ${last}`);
    for (let n = 2; ids.has(id); n++) id = slug(`${first} ${last} ${n}`);
    ids.add(id);
    const variants = /sky$/.test(last)
      ? [`${last}y`, last.replace(/sky$/, 'skiy')]
      : /ov$/.test(last)
        ? [last.replace(/ov$/, 'off')]
        : [];
    people.push({
      id,
      name: `${first} ${last}`,
      aliases: [last, ...variants, ...variants.map((v) => `${first} ${v}`)],
      role: pick(pool.roles),
      side,
    });
  }

  // Quotes: a heavy-tailed few speakers say most; two in three are about an event.
  const quotes: Quote[] = [];
  for (let i = 0; i < opts.quotes; i++) {
    const speaker = people[Math.floor(people.length * rnd() ** 2.5)] ?? pick(people);
    const event = chance(0.65) && eventRecords.length > 0 ? pick(eventRecords) : null;
    const day = event ? Math.min(lastDay, dayOf(event.date) + int(0, 3)) : waveDay();
    const when = dated(day, [0.9, 0.03, 0.07]);
    const surname = speaker.unnamed ? 'delegation' : (speaker.aliases[0] ?? speaker.name);
    let text = sentence(5 + Math.floor(75 * rnd() ** 1.7));
    if (chance(0.15))
      text = text.replace(/ \S+ /, ` ${pick(people).name.split(' ').pop() ?? 'Kyiv'} `);
    if (chance(0.5)) text += '.';
    quotes.push({
      id: `q-${when.date}-${slug(surname)}-${i.toString(36)}`,
      text,
      speakerId: speaker.id,
      ...when,
      sourceId: pick(sources).id,
      eventId: event?.id ?? null,
      partial: chance(0.25),
      variantOf: i > 0 && chance(0.03) ? (quotes[int(0, i - 1)]?.id ?? null) : null,
      ...(chance(0.6) ? { context: `${speaker.name} said in a statement.` } : {}),
      inferred: when.datePrecision !== 'day' || chance(0.15) ? [inference('date')] : [],
    });
  }
  return {
    sources,
    people,
    mediators: generatedMediators,
    venues,
    events: eventRecords,
    quotes,
    tallies: [],
  };
}

/**
 * Writes the dataset's files into `dir`, a chunk of records at a time: as the curated files are
 * written (a 2-space indented array), or `compact` as the build ships them (scripts/compact-data.ts).
 */
export function writeDataset(
  dataset: Dataset,
  dir: string,
  { compact = false }: { compact?: boolean } = {},
): void {
  mkdirSync(dir, { recursive: true });
  // After each chunk: a comma before the next one, and for people a new line.
  const [open, between, last, close] = compact ? ['[', ',', '', ']'] : ['[\n', ',\n', '\n', ']\n'];
  for (const name of dataFileNames) {
    const fd = openSync(join(dir, `${name}.json`), 'w');
    const records: readonly object[] = dataset[name];
    writeSync(fd, open);
    // Chunks keep memory flat and stay far below V8's maximum string length at a million records.
    for (let i = 0; i < records.length; i += 2000) {
      // Stringifying the chunk as an array writes its records exactly as in the whole file.
      const chunk = compact
        ? JSON.stringify(records.slice(i, i + 2000)).slice(1, -1)
        : JSON.stringify(records.slice(i, i + 2000), null, 2).slice(2, -2);
      writeSync(fd, chunk + (i + 2000 < records.length ? between : last));
    }
    writeSync(fd, close);
    closeSync(fd);
  }
}

function cli(argv: string[]): void {
  const arg = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? String(argv[at + 1]) : fallback;
  };
  const opts = {
    events: Number(arg('events', '1000')),
    quotes: Number(arg('quotes', '1000')),
    seed: Number(arg('seed', '1')),
  };
  if (
    ![opts.events, opts.quotes, opts.seed].every(Number.isInteger) ||
    opts.events < 0 ||
    opts.quotes < 0
  ) {
    console.error('usage: tsx scripts/gen-data.ts --events N --quotes M [--seed S] [--out DIR]');
    process.exit(2);
  }
  const out = resolve(arg('out', 'generated-data'));
  const started = performance.now();
  const dataset = generateDataset(opts);
  writeDataset(dataset, out);
  const counts = Object.entries(dataset)
    .map(([k, v]: [string, unknown[]]) => `${v.length} ${k}`)
    .join(', ');
  console.log(
    `wrote ${counts} to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  cli(process.argv.slice(2));
