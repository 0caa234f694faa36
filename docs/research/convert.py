#!/usr/bin/env python3
"""Convert the research notes in /work/research/*.json into Swapwatch's public/data/*.json.

Reads the current public/data (seed records are kept as they are and enriched), merges the
per-year research files with tallies.json (same day + same kind = same event) and writes
sources, people, mediators, venues, events, quotes and tallies. Re-runnable: it always starts
from the seed records (records whose sources are seed files), so running it twice gives the
same output.
"""
import copy
import datetime as dt
import json
import re
import sys
from collections import OrderedDict, defaultdict

RESEARCH = '/work/research'
DATA = '/work/main/public/data'
SEED_BACKUP = '/work/research/seed-data'  # pristine copy of the seed-only data, made on first run

LOG = []


def log(*a):
    LOG.append(' '.join(str(x) for x in a))


def load(name):
    with open(f'{RESEARCH}/{name}.json', encoding='utf-8') as f:
        return json.load(f)


def load_seed(name):
    import os
    os.makedirs(SEED_BACKUP, exist_ok=True)
    path = f'{SEED_BACKUP}/{name}.json'
    if not os.path.exists(path):
        with open(f'{DATA}/{name}.json', encoding='utf-8') as f:
            text = f.read()
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def write(name, records):
    with open(f'{DATA}/{name}.json', 'w', encoding='utf-8') as f:
        json.dump(records, f, ensure_ascii=False, indent=2)
        f.write('\n')


def slug(text, maxlen=40):
    import unicodedata
    t = unicodedata.normalize('NFKD', text)
    t = ''.join(c for c in t if not unicodedata.combining(c))
    t = t.lower().replace('&', ' and ')
    t = re.sub(r'[^a-z0-9]+', '-', t).strip('-')
    if len(t) > maxlen:
        t = t[:maxlen].rsplit('-', 1)[0]
    return t or 'x'


MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def human_date(iso):
    if not iso:
        return 'undated'
    y, m, d = iso.split('-')
    return f'{int(d)} {MONTHS[int(m) - 1]} {y}'


def clip(text, n):
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[: n - 1].rsplit(' ', 1)[0].rstrip(',;:')
    return cut + '…'


def fmt(n):
    return f'{n:,}'


def nums_in(text):
    t = re.sub(r'(?<=\d)[,\u202f\u00a0 ](?=\d{3}\b)', '', text)
    return {int(x) for x in re.findall(r'(?<![\d.])\d+(?![\d.]*\d)', t)}


ORD_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
             'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
             'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first',
             'twenty-second', 'twenty-third', 'twenty-fourth']


def has_ordinal(text, n):
    if re.search(rf'(?<!\d){n}(st|nd|rd|th)\b', text, re.I):
        return True
    if re.search(rf'\bno\.? ?{n}\b|#{n}\b', text, re.I):
        return True
    if n <= len(ORD_WORDS) and re.search(rf'\b{ORD_WORDS[n - 1]}\b', text, re.I):
        return True
    return False


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suf}'


# ---------------------------------------------------------------------------------------------
# Mediators and venues
# ---------------------------------------------------------------------------------------------

MEDIATORS = OrderedDict([
    ('united-states', ('United States', 'state')),
    ('united-arab-emirates', ('United Arab Emirates', 'state')),
    ('turkey', ('Türkiye', 'state')),
    ('saudi-arabia', ('Saudi Arabia', 'state')),
    ('qatar', ('Qatar', 'state')),
    ('vatican', ('Holy See (Vatican)', 'state')),
    ('belarus', ('Belarus', 'state')),
    ('international-committee-of-the-red-cross', ('International Committee of the Red Cross', 'organisation')),
])

MEDIATOR_KW = {
    'united-arab-emirates': r'\bUAE\b|Emirat',
    'international-committee-of-the-red-cross': r'\bICRC\b|Red Cross',
    'turkey': r'Turk|Türk|Erdo[gğ]an|Ankara',
    'saudi-arabia': r'Saudi|\bMBS\b',
    'qatar': r'Qatar',
    'vatican': r'Vatican|Holy See|\bPope\b|Zuppi|papal',
    'united-states': r'United States|\bU\.S\.|\bUS\b(?! (citizen|volunteer|national|vet))|Washington|Witkoff|Trump',
    'belarus': r'Belarus',
}


def mediator_id(s):
    l = s.lower()
    if 'arab emirates' in l or l.startswith('uae'):
        return 'united-arab-emirates'
    if 'red cross' in l or 'icrc' in l:
        return 'international-committee-of-the-red-cross'
    if 'türkiye' in l or 'turkey' in l:
        return 'turkey'
    if 'saudi' in l:
        return 'saudi-arabia'
    if 'qatar' in l:
        return 'qatar'
    if 'holy see' in l or 'vatican' in l:
        return 'vatican'
    if 'united states' in l:
        return 'united-states'
    if 'belarus' in l:
        return 'belarus'
    if 'hungary' in l:
        return None  # Hungary received the two men; not a mediator between the parties
    log('unmapped mediator', s)
    return None


BORDER_RE = r'(Belarus(ian)?(\s*[-–]\s*Ukrain\w*)?\s+(border|line))|(Ukrain\w*\s*[-–]\s*Belarus\w*\s+(border|line))'

# new venues: id -> (name, kind, lat, lon, country, precision, description, keyword regex)
NEW_VENUES = OrderedDict([
    ('belarus-ukraine-border', ('Belarus–Ukraine border', 'handover', 51.9, 31.1, 'Ukraine', 'region',
      'The Belarus–Ukraine border, where many exchanges since 2024 have been carried out; sources do not name the crossing, so the point stands in on the border north of Chernihiv.',
      BORDER_RE)),
    ('novaya-guta', ('Novaya Guta border post', 'handover', 51.92, 31.08, 'Belarus', 'city',
      'Belarusian border post on the Gomel–Chernihiv road where Kursk-region civilians were handed to Russia in March 2025.',
      r'Novaya Guta')),
    ('chernihiv-region-border', ('Exchange point in the Chernihiv region', 'handover', 51.75, 31.6, 'Ukraine', 'region',
      'Exchange point on Ukraine’s northern border in the Chernihiv region used in September 2022; the point is a stand-in inside the region.',
      r'Chernihiv')),
    ('chernihiv', ('Chernihiv', 'reception', 51.4982, 31.2893, 'Ukraine', 'city',
      'City in northern Ukraine where freed prisoners were met after the March 2026 exchanges; the point is the city centre.',
      r'Chernihiv')),
    ('zaporizhzhia-region', ('Zaporizhzhia region', 'handover', 47.6, 35.6, 'Ukraine', 'region',
      'Front-line region in south-eastern Ukraine where bodies and prisoners were handed over or arrived in 2022; the point is the region’s centre.',
      r'Zaporizhzhia')),
    ('vasylivka', ('Vasylivka', 'handover', 47.4397, 35.2786, 'Ukraine', 'city',
      'Town in the Zaporizhzhia region just north of which a handover took place under a short ceasefire in October 2022.',
      r'Vasylivka')),
    ('krasnopillia', ('Krasnopillia', 'handover', 50.7751, 35.2653, 'Ukraine', 'city',
      'Settlement in the Sumy region where one of the first local swaps took place on 1 March 2022.',
      r'Krasnopillia')),
    ('posad-pokrovske', ('Posad-Pokrovske', 'handover', 46.83, 32.93, 'Ukraine', 'city',
      'Village in the Kherson region near which a local swap of servicemen took place in April 2022.',
      r'Posad-Pokrovske')),
    ('sumy-region', ('Sumy region', 'handover', 50.9, 34.8, 'Ukraine', 'region',
      'Border region in north-eastern Ukraine named as the place of a May 2024 swap; the point is the region’s centre.',
      r'Sumy')),
    ('poland-handover', ('Poland', 'handover', 51.92, 19.13, 'Poland', 'country',
      'One of the places where stages of the September 2022 exchange ran simultaneously; sources name only the country, so the point is its centre.',
      r'Poland')),
    ('ankara', ('Ankara', 'handover', 39.9334, 32.8597, 'Türkiye', 'city',
      'Turkish capital to which the five Azovstal commanders freed in September 2022 were sent, to stay in Türkiye.',
      r'Ankara|Türkiye|Turkey')),
    ('riyadh', ('Riyadh', 'reception', 24.7136, 46.6753, 'Saudi Arabia', 'city',
      'Saudi capital to which ten foreign fighters freed by Russia in September 2022 were flown.',
      r'Riyadh|Saudi')),
    ('belgorod', ('Belgorod', 'reception', 50.5956, 36.5873, 'Russia', 'city',
      'Russian border city where freed Russian servicemen arrived after the January 2024 exchange.',
      r'Belgorod')),
    ('moscow-reception', ('Moscow', 'reception', 55.7558, 37.6173, 'Russia', 'city',
      'Russian capital to which freed Russian servicemen were flown for treatment after some exchanges; the point is the city centre.',
      r'Moscow')),
    ('kyiv', ('Kyiv', 'reception', 50.4501, 30.5234, 'Ukraine', 'city',
      'Ukraine’s capital, where civilians freed in June 2024 arrived.',
      r'Kyiv')),
    ('hungary', ('Hungary', 'reception', 47.16, 19.5, 'Hungary', 'country',
      'Country to which Russia released two Ukrainian prisoners of war with Hungarian citizenship in March 2026; the point is the country’s centre.',
      r'Hungar')),
])

EXISTING_VENUE_KW = {
    'belarus-handover': r'Belarus',
    'chernihiv-region': r'Chernihiv',
    'istanbul': r'Istanbul',
}


def venue_of_place(p):
    """Maps a research place string to a venue id, or None to skip it."""
    l = p.lower()
    if 'reportedly' in l or '(reported)' in l:
        return None
    if re.search(r'border|belarus[–-]ukraine', l) and 'belarus' in l:
        return 'belarus-ukraine-border'
    if 'novaya guta' in l:
        return 'novaya-guta'
    if l.startswith('belarus') or l == 'via belarus':
        return 'belarus-handover'
    if l.startswith('chernihiv region (ukraine'):
        return 'chernihiv-region-border'
    if l.startswith('chernihiv region'):
        return 'chernihiv-region'
    if l.startswith('chernihiv ('):
        return 'chernihiv'
    if 'vasylivka' in l:
        return 'vasylivka'
    if l.startswith('zaporizhzhia'):
        return 'zaporizhzhia-region'
    if 'krasnopillia' in l:
        return 'krasnopillia'
    if 'posad-pokrovske' in l:
        return 'posad-pokrovske'
    if l.startswith('sumy region'):
        return 'sumy-region'
    if l.startswith('poland'):
        return 'poland-handover'
    if 'ankara' in l:
        return 'ankara'
    if l.startswith('saudi arabia'):
        return 'riyadh'
    if l.startswith('belgorod'):
        return 'belgorod'
    if l.startswith('moscow (russian side'):
        return 'moscow-reception'
    if l.startswith('kyiv'):
        return 'kyiv'
    if l.startswith('hungary'):
        return 'hungary'
    log('skipped place', p)
    return None


def venue_kw(vid):
    if vid in NEW_VENUES:
        return NEW_VENUES[vid][7]
    return EXISTING_VENUE_KW.get(vid, re.escape(vid))


# ---------------------------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------------------------

SIDE_TOTAL_COUNTS = {
    'toukraine': 'toUkraine', 'torussia': 'toRussia',
    'toukraine (total)': 'toUkraine',
    'toukraine (175 + 22 wounded as goodwill)': 'toUkraine',
    'torussia (246 + 15 wounded)': 'toRussia',
    'torussia (55 pows + medvedchuk)': 'toRussia',
    'torussiainclmedvedchuk': 'toRussia', 'torussiaplusmedvedchuk': 'toRussia',
    'torussia (185 pows + 20 civilians)': 'toRussia',
    'torussia/dpr': 'toRussia',
    "torussia (says 'exactly' the same number handed over)": 'toRussia',
}
BODIES_COUNTS = {'bodiestoukraine': 'toUkraine', 'bodiestorussia': 'toRussia',
                 'toukraine': 'toUkraine', 'torussia': 'toRussia'}
FILL_COUNTS = {
    'toukraine (ukrainian pows transferred)': ['toUkraine'],
    'toukraine (ukrainian pows handed over)': ['toUkraine'],
    'captives released by each side': ['toUkraine', 'toRussia'],
}


def claim_side(c, kind):
    k = c['counts'].strip().lower()
    if kind == 'bodies':
        return BODIES_COUNTS.get(k)
    return SIDE_TOTAL_COUNTS.get(k)


def party_side(party):
    p = party.strip()
    if re.match(r'(Ukrain|Kyiv|Zelensk|Yermak|Lubinets)', p):
        return 'ukraine'
    if re.match(r'(Russia|DPR|LPR|Kremlin|Chechen|Wagner|Moskalkova|Medinsky)', p):
        return 'russia'
    if re.match(r'(White House|US )', p):
        return 'united-states'
    if re.match(r'(UAE|Saudi|Qatar|Türkiye|President of Türkiye|Hungary)', p):
        return 'other'
    return None  # a media outlet's own figure: not a party's claim


# ---------------------------------------------------------------------------------------------
# Load
# ---------------------------------------------------------------------------------------------

YEARS = ['2022', '2023', '2024', '2025', '2026']
research = {y: load(y) for y in YEARS}
tallies_research = load('tallies')

seed_sources = load_seed('sources')
seed_people = load_seed('people')
seed_mediators = load_seed('mediators')
seed_venues = load_seed('venues')
seed_events = load_seed('events')
seed_quotes = load_seed('quotes')

# Skips (judgement calls; see the report)
SKIP = {
    ('2022-11-10', 'exchange'): 'LPR-only claim of 35 returned; research says it may be part of the 11 Nov swap',
    ('2023-03-04', 'bodies'): 'Wagner coffin shipment; research says it may overlap the 3 Mar 17-body return and gives no count',
    ('2023-07-08', 'release'): 'Azovstal commanders brought home from Türkiye: not a release by Russia (they were freed in Sept 2022)',
    ('2023-10-16', 'release'): 'deported children returned via Qatar: not prisoners (research for 2024/2025 leaves such returns out too)',
    ('2023-12-05', 'release'): 'deported children returned via Qatar: not prisoners',
    ('2025-11-22', 'release'): 'Belarus–Ukraine release, not Russia–Ukraine',
    ('2025-12-13', 'release'): 'Belarus–Ukraine release, not Russia–Ukraine',
}

# ---------------------------------------------------------------------------------------------
# Merge research events (yearly + tallies.json)
# ---------------------------------------------------------------------------------------------


def period_contains(date, precision, day):
    d = dt.date.fromisoformat(date)
    x = dt.date.fromisoformat(day)
    if precision == 'month':
        return d.year == x.year and d.month == x.month
    if precision == 'week':
        return d <= x <= d + dt.timedelta(days=6)
    return date == day


merged = []  # list of dicts: research event + 'origin'
for y in YEARS:
    for e in research[y]['events']:
        e = copy.deepcopy(e)
        e['origin'] = [y]
        merged.append(e)


def same_event(a, b):
    if a['kind'] != b['kind']:
        return False
    if a['date'] == b['date']:
        return True
    ta = (a.get('toUkraine') or {}).get('total')
    tb = (b.get('toUkraine') or {}).get('total')
    if ta is None or ta != tb:
        return False
    if a['datePrecision'] == 'day' and b['datePrecision'] != 'day':
        return period_contains(b['date'], b['datePrecision'], a['date'])
    if b['datePrecision'] == 'day' and a['datePrecision'] != 'day':
        return period_contains(a['date'], a['datePrecision'], b['date'])
    return False


def merge_into(base, extra):
    base['origin'].append('tallies')
    urls = {s['url']: s for s in base['sources']}
    for s in extra['sources']:
        if s['url'] in urls:
            b = urls[s['url']]
            # the per-year note is kept; missing sequence numbers and figures are added later
            for k in ('publisher', 'title', 'publishedDate'):
                if not b.get(k) and s.get(k):
                    b[k] = s[k]
        else:
            base['sources'].append(s)
            urls[s['url']] = s
    for side in ('toUkraine', 'toRussia'):
        if not base.get(side) and extra.get(side):
            base[side] = extra[side]
            base.setdefault('filledFromTallies', []).append(side)
        elif base.get(side) and extra.get(side) and base[side]['total'] != extra[side]['total']:
            log(f"figure mismatch {base['date']} {side}: yearly {base[side]['total']} vs tallies {extra[side]['total']}")
    seen = {(c['party'], c['counts'], c['figure'], c.get('url')) for c in base.get('claims') or []}
    for c in extra.get('claims') or []:
        if (c['party'], c['counts'], c['figure'], c.get('url')) not in seen:
            base.setdefault('claims', []).append(c)
    ms = set(base.get('mediators') or [])
    for m in extra.get('mediators') or []:
        if m not in ms:
            base.setdefault('mediators', []).append(m)
    for k in ('sequence', 'mediatorSequence'):
        bs, es = base.get(k), extra.get(k)
        if es and not es.get('inferred'):
            if not bs or bs.get('inferred'):
                base[k] = es
            elif bs['number'] != es['number']:
                log(f"sequence conflict {base['date']} {k}: {bs['number']} vs {es['number']}")
    pl = base.get('places') or []
    for p in extra.get('places') or []:
        if p not in pl:
            pl.append(p)
    base['places'] = pl
    qs = {q['text'] for q in base.get('quotes') or []}
    for q in extra.get('quotes') or []:
        if q['text'] not in qs:
            base.setdefault('quotes', []).append(q)
    if base['datePrecision'] != 'day' and extra['datePrecision'] == 'day':
        base['date'], base['datePrecision'], base['dateReasoning'] = extra['date'], 'day', extra.get('dateReasoning')


for t in tallies_research['events']:
    t = copy.deepcopy(t)
    t['origin'] = ['tallies']
    # Special cases
    if t['date'] == '2025-05-23' and t['kind'] == 'exchange':
        # The whole 1,000-for-1,000 deal as one record: split its sources over the three days.
        parts = {'2025-05-23': [], '2025-05-24': [], '2025-05-25': []}
        for s in t['sources']:
            n = nums_in(s['note'])
            if 303 in n and 390 not in n:
                parts['2025-05-25'].append(s)
            elif 307 in n and 390 not in n:
                parts['2025-05-24'].append(s)
            else:
                parts['2025-05-23'].append(s)
        for day, srcs in parts.items():
            piece = dict(t, date=day, sources=srcs, toUkraine=None, toRussia=None, claims=[], quotes=[],
                         sequence=t['sequence'] if day == '2025-05-23' else None,
                         places=t['places'] if day == '2025-05-23' else [])
            for b in merged:
                if b['date'] == day and b['kind'] == 'exchange':
                    merge_into(b, piece)
        continue
    if t['date'] == '2024-06-25' and t['kind'] == 'exchange':
        # 100 = 90 on 25 June + 10 civilians on 28 June (recorded as its own release event)
        t['toUkraine'] = None
    for b in merged:
        if same_event(b, t):
            merge_into(b, t)
            break
    else:
        merged.append(t)
        log('tallies-only event', t['date'], t['kind'], t['title'])

merged = [e for e in merged if (e['date'], e['kind']) not in SKIP]
merged.sort(key=lambda e: (e['date'], {'exchange': 0, 'release': 1, 'bodies': 2}[e['kind']]))

# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------

url_meta = {}


def note_meta(url, publisher, title, date):
    if date and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', date):
        log('non-day publishedDate dropped', url, date)
        date = None
    m = url_meta.setdefault(url, {'publisher': None, 'title': None, 'publishedDate': None})
    for k, v in (('publisher', publisher), ('title', title), ('publishedDate', date)):
        if not m[k] and v:
            m[k] = v


for e in merged:
    for s in e['sources']:
        note_meta(s['url'], s.get('publisher'), s.get('title'), s.get('publishedDate'))
for y in YEARS + ['tallies']:
    d = research[y] if y in research else tallies_research
    for ev in d['events']:
        for s in ev['sources']:
            note_meta(s['url'], s.get('publisher'), s.get('title'), s.get('publishedDate'))
    for t in d['tallies']:
        note_meta(t['url'], t.get('publisher'), None, None)

web_sources = {}  # url -> record
used_ids = {s['id'] for s in seed_sources}
source_gist = {}


gist_candidates = defaultdict(list)


def source_for(url, gist, when=None):
    if gist:
        gist_candidates[url].append((when, gist))
    if url in web_sources:
        return web_sources[url]['id']
    m = url_meta.get(url) or {'publisher': None, 'title': None, 'publishedDate': None}
    publisher = m['publisher']
    if not publisher:
        host = re.sub(r'^https?://(www\.)?', '', url).split('/')[0]
        publisher = host
    base = f"src-{m['publishedDate'] or 'undated'}-{slug(publisher, 30)}"
    sid, n = base, 2
    while sid in used_ids:
        sid = f'{base}-{n}'
        n += 1
    used_ids.add(sid)
    label = f"{publisher}: {gist} ({human_date(m['publishedDate'])})"
    web_sources[url] = {
        'id': sid, 'file': None, 'title': m['title'], 'label': label, 'publisher': publisher,
        'agencies': [], 'publishedDate': m['publishedDate'], 'url': url,
    }
    return sid


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------

SEED_MATCH = {
    ('2025-02-05', 'exchange'): 'exchange-2025-02-05-uae-150-for-150',
    ('2025-05-23', 'exchange'): 'exchange-2025-05-23-istanbul-stage-1',
    ('2025-05-24', 'exchange'): 'exchange-2025-05-24-istanbul-stage-2',
    ('2025-05-25', 'exchange'): 'exchange-2025-05-25-istanbul-stage-3',
    ('2025-10-02', 'exchange'): 'exchange-2025-10-02',
    ('2026-02-05', 'exchange'): 'exchange-2026-02-05-abu-dhabi-157-for-157',
    ('2026-03-05', 'exchange'): 'exchange-2026-03-05-geneva-stage-1',
    ('2026-03-06', 'exchange'): 'exchange-2026-03-06-geneva-stage-2',
}

seed_by_id = {e['id']: copy.deepcopy(e) for e in seed_events}

ISTANBUL2_AGR = 'agreement-2025-06-02-istanbul-prisoners-and-bodies'
ISTANBUL2_TALKS = 'talks-2025-06-02-istanbul'
ISTANBUL3_AGR = 'agreement-2025-07-23-istanbul-1200-for-1200'
ISTANBUL3_TALKS = 'talks-2025-07-23-istanbul'
ISTANBUL2_STAGES = ['2025-06-09', '2025-06-10', '2025-06-12', '2025-06-14', '2025-06-19', '2025-06-20',
                    '2025-06-26', '2025-07-04', '2025-07-23']
ISTANBUL2_BODIES = ['2025-06-11', '2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16']


def headcount(h):
    if not h:
        return None
    out = {'total': h['total']}
    s, c = h.get('soldiers'), h.get('civilians')
    if s is not None and c is not None and s + c != h['total']:
        log('breakdown does not add up; dropped', h)
        return out
    if s is not None and s <= h['total']:
        out['soldiers'] = s
    if c is not None and c <= h['total']:
        out['civilians'] = c
    return out


def supports_count(note, h):
    if not h:
        return False
    n = nums_in(note)
    if h['total'] in n:
        return True
    if 'soldiers' in h and 'civilians' in h and h['soldiers'] in n and h['civilians'] in n:
        return True
    return False


def party_label(party):
    return re.sub(r'\s*\(([^)]*)\)', r' (\1)', party).strip()


used_event_ids = set(seed_by_id)
new_events = []
event_id_of = {}  # id(research event) -> event id
kind_suffix = {'exchange': '', 'release': '-release', 'bodies': '-bodies'}
return_kind = {'exchange': 'swap', 'release': 'release', 'bodies': 'bodies'}


def summary_for(e, ev):
    kind = e['kind']
    tu, tr = ev.get('toUkraine'), ev.get('toRussia')
    unit = 'bodies' if kind == 'bodies' else 'people'
    bits = []
    if tu:
        extra = ''
        if 'soldiers' in tu and 'civilians' in tu:
            extra = f" ({fmt(tu['soldiers'])} military, {fmt(tu['civilians'])} civilians)"
        bits.append(f"{fmt(tu['total'])} {unit} returned to Ukraine{extra}")
    if tr:
        extra = ''
        if 'soldiers' in tr and 'civilians' in tr:
            extra = f" ({fmt(tr['soldiers'])} military, {fmt(tr['civilians'])} civilians)"
        bits.append(f"{fmt(tr['total'])} to Russia{extra}")
    lead = {'exchange': 'Prisoner swap', 'release': 'One-way release', 'bodies': 'Repatriation of the dead'}[kind]
    s = lead + ': ' + (' and '.join(bits) if bits else 'the sources give no figures')
    if ev['mediators']:
        names = [MEDIATORS[m][0] for m in ev['mediators']]
        s += '; mediated or facilitated by ' + ', '.join(names)
    if ev.get('claims'):
        s += '; the parties’ figures differ'
    return s + '.'


def build_web_evidence(ev, e, seed=False):
    """Evidence items (notes) for one research event, plus facts kept/dropped."""
    notes = []  # [url, note]
    for s in e['sources']:
        notes.append([s['url'], clip(s['note'], 300)])
    url_index = {u: i for i, (u, _) in enumerate(notes)}

    def append_to(url, text):
        if url not in url_index:
            notes.append([url, text.lstrip('; ')])
            url_index[url] = len(notes) - 1
            return
        i = url_index[url]
        base = notes[i][1]
        room = 300 - len(text)
        notes[i][1] = clip(base, room).rstrip('.') + text

    # headcounts: make sure some note states the figure; else borrow a party claim on that url
    for side in ('toUkraine', 'toRussia'):
        h = ev.get(side)
        if not h:
            continue
        if any(supports_count(n, h) for _, n in notes):
            continue
        for c in e.get('claims') or []:
            if c.get('figure') == h['total'] and c.get('url') and not c.get('moreThan'):
                cs = claim_side(c, e['kind']) or ({'toUkraine': 'toUkraine', 'toRussia': 'toRussia'}.get(
                    FILL_COUNTS.get(c['counts'].lower(), [None])[0]) if c['counts'].lower() in FILL_COUNTS else None)
                if cs == side or (c['counts'].lower() in FILL_COUNTS and side in FILL_COUNTS[c['counts'].lower()]):
                    where = 'Ukraine' if side == 'toUkraine' else 'Russia'
                    append_to(c['url'], f"; {party_label(c['party'])}: {fmt(c['figure'])} to {where}")
                    break

    # sequences
    seqs = []
    for key, series in (('sequence', 'ukraine'), ('mediatorSequence', 'united-arab-emirates')):
        s = e.get(key)
        if not s or s.get('inferred'):
            continue
        if key == 'mediatorSequence' and mediator_id(s['mediator']) != 'united-arab-emirates':
            continue
        n = s['number']
        if not any(has_ordinal(t, n) for u, t in notes if u == s['url']):
            label = f"; Kyiv’s {ordinal(n)} exchange" if series == 'ukraine' else f"; the UAE’s {ordinal(n)} mediation"
            append_to(s['url'], label)
        seqs.append({'series': series, 'number': n, 'url': s['url']})
    return notes, seqs


for e in merged:
    key = (e['date'], e['kind'])
    seed_id = SEED_MATCH.get(key)
    if seed_id:
        ev = seed_by_id[seed_id]
    else:
        base = f"exchange-{e['date']}{kind_suffix[e['kind']]}"
        eid, n = base, 2
        while eid in used_event_ids:
            eid = f'{base}-{n}'
            n += 1
        used_event_ids.add(eid)
        ev = {'id': eid, 'type': 'exchange', 'status': 'confirmed', 'title': e['title'],
              'date': e['date'], 'datePrecision': e['datePrecision'], 'venueIds': [], 'mediators': [],
              'returnKind': return_kind[e['kind']], 'agreementId': None, 'talksId': None,
              'summary': '', 'evidence': [], 'inferred': []}
        new_events.append(ev)
    event_id_of[id(e)] = ev['id']
    e['eventId'] = ev['id']
    is_seed = seed_id is not None

    # --- headcounts ---
    tu, tr = headcount(e.get('toUkraine')), headcount(e.get('toRussia'))
    filled = []
    for side, cur in (('toUkraine', tu), ('toRussia', tr)):
        if cur:
            continue
        for c in e.get('claims') or []:
            k = c['counts'].strip().lower()
            if k in FILL_COUNTS and side in FILL_COUNTS[k] and 'approx' not in c['party'].lower() and not c.get('moreThan'):
                h = {'total': c['figure']}
                if side == 'toUkraine':
                    tu = h
                else:
                    tr = h
                filled.append((side, c))
                break
    if is_seed:
        # Seed figures stand unless the research reports the confirmed figures for this stage.
        if ev['status'] == 'expected' or 'toUkraine' not in ev:
            if tu:
                ev['toUkraine'] = tu
            if tr:
                ev['toRussia'] = tr
        elif ev['id'] == 'exchange-2026-02-05-abu-dhabi-157-for-157' and tr:
            ev['toRussia'] = tr  # Moscow: 157 servicemen plus 3 Kursk civilians
        elif ev['id'] == 'exchange-2025-05-23-istanbul-stage-1':
            pass
    else:
        if tu:
            ev['toUkraine'] = tu
        if tr:
            ev['toRussia'] = tr

    if ev['status'] == 'expected':
        ev['status'] = 'confirmed'
        # seed excerpts announced the stage; they back its date and place in the deal, not its status
        for item in ev['evidence']:
            item['supports'] = [k for k in item['supports'] if k not in ('status', 'toUkraine')]
            if not item['supports']:
                item['supports'] = ['date']
        log('expected -> confirmed', ev['id'])

    # --- mediators ---
    med_ids = []
    for m in e.get('mediators') or []:
        mid = mediator_id(m)
        if mid and mid not in med_ids:
            med_ids.append(mid)

    notes, seqs = build_web_evidence(ev, e)

    # --- venues ---
    venue_ids = []
    for p in e.get('places') or []:
        vid = venue_of_place(p)
        if vid and vid not in venue_ids:
            venue_ids.append(vid)

    # --- evidence items ---
    gist = ev['title'] if not is_seed else e['title']
    items = []
    for url, note in notes:
        sid = source_for(url, clip(e['title'], 70), e['date'])
        sup = ['date', 'status']
        for side in ('toUkraine', 'toRussia'):
            if ev.get(side) and supports_count(note, ev[side]):
                sup.append(side)
        for mid in med_ids + list(ev['mediators']):
            if re.search(MEDIATOR_KW.get(mid, 'zzz'), note):
                if 'mediators' not in sup:
                    sup.append('mediators')
        for vid in venue_ids + list(ev['venueIds']):
            if re.search(venue_kw(vid), note, re.I):
                k = f'venue:{vid}'
                if k not in sup:
                    sup.append(k)
        for s in seqs:
            if s['url'] == url and has_ordinal(note, s['number']):
                sup.append(f"sequence:{s['series']}")
            elif has_ordinal(note, s['number']) and re.search(r'exchange|swap|mediation|UAE', note, re.I):
                if f"sequence:{s['series']}" not in sup:
                    sup.append(f"sequence:{s['series']}")
        items.append({'sourceId': sid, 'note': note, 'supports': sup, '_url': url})

    # keep only mediators and venues some note names
    named_meds = [m for m in med_ids if any(re.search(MEDIATOR_KW[m], it['note']) for it in items)]
    for m in med_ids:
        if m not in named_meds:
            log(f"{ev['id']}: mediator {m} dropped (no note names it)")
    for m in named_meds:
        if m not in ev['mediators']:
            ev['mediators'].append(m)
    for vid in venue_ids:
        if any(f'venue:{vid}' in it['supports'] for it in items):
            if vid not in ev['venueIds']:
                ev['venueIds'].append(vid)
        else:
            log(f"{ev['id']}: venue {vid} dropped (no note names it)")
    # tidy supports to facts the record has
    for it in items:
        it['supports'] = [k for k in it['supports']
                          if not k.startswith('venue:') or k[6:] in ev['venueIds']]
        if 'mediators' in it['supports'] and not ev['mediators']:
            it['supports'].remove('mediators')
    # sequences
    if seqs:
        ev.setdefault('sequences', [])
        for s in seqs:
            if not any(x['series'] == s['series'] for x in ev['sequences']):
                ev['sequences'].append({'series': s['series'], 'number': s['number']})
    # headcount provenance
    inferred = ev['inferred']
    for side in ('toUkraine', 'toRussia'):
        if ev.get(side) and not any(side in it['supports'] for it in items) \
                and not any(side in x['supports'] for x in ev['evidence']):
            if 'filledFromTallies' in e and side in e['filledFromTallies'] and ev['id'] == 'exchange-2025-08-24':
                continue
            log(f"{ev['id']}: {side} {ev[side]} has no supporting note -> dropped")
            del ev[side]

    for it in items:
        del it['_url']
    ev['evidence'].extend(items)

    # date inference
    if e.get('dateReasoning'):
        inferred.append({'field': 'date', 'basis': 'inferred', 'reasoning': clip(e['dateReasoning'], 400)})
    e['_ev'] = ev

# --- special cases after the general pass ---
ev_by_id = {**seed_by_id, **{e['id']: e for e in new_events}}

# 25 June 2024: the Holy See mediated the 28 June civilians, not the 90-for-90 swap
if e625 := ev_by_id.get('exchange-2024-06-25'):
    if 'vatican' in e625['mediators']:
        e625['mediators'].remove('vatican')
        log('exchange-2024-06-25: vatican removed (it mediated the 28 June release)')

# 24 Aug 2025: Kyiv never gave a total
e824 = ev_by_id.get('exchange-2025-08-24')
if e824:
    e824['toUkraine'] = {'total': 154, 'soldiers': 146, 'civilians': 8}
    e824['inferred'].append({'field': 'toUkraine', 'basis': 'inferred', 'reasoning':
        'Kyiv gave no total: Russia’s defence ministry and the UAE reported 146 prisoners of war handed over each way, and the Coordination HQ 8 civilians returned; the total is their sum.'})
    for it in e824['evidence']:
        if 'toUkraine' in it['supports'] and not supports_count(it['note'], e824['toUkraine']):
            it['supports'].remove('toUkraine')

# 25 Nov 2025 week -> two days
e1127 = ev_by_id.get('exchange-2025-11-27-release')
if e1127:
    e1127['datePrecision'] = 'day'
    e1127['endDate'] = '2025-11-28'
    e1127['inferred'] = [x for x in e1127['inferred'] if x['field'] != 'date']
    e1127['inferred'].append({'field': 'date', 'basis': 'inferred', 'reasoning':
        'Two handovers per the “I Want to Live” project: 14 people on 27 Nov and 16 on 28 Nov 2025, so the event spans those two days.'})
    e1127['inferred'].append({'field': 'endDate', 'basis': 'inferred', 'reasoning':
        'The second group of 16 was handed over on 28 Nov 2025 (RBC-Ukraine), the day after the first.'})

# 28 June 2024 release: the 53rd exchange's number stays on its first part (25 June)
e628 = ev_by_id.get('exchange-2024-06-28-release')
e625 = ev_by_id.get('exchange-2024-06-25')
if e628 and e625 and any(s['series'] == 'ukraine' for s in e625.get('sequences', [])):
    e628['sequences'] = [s for s in e628.get('sequences', []) if s['series'] != 'ukraine']
    for it in e628['evidence']:
        if 'sequence:ukraine' in it['supports']:
            it['supports'].remove('sequence:ukraine')
    if not e628['sequences']:
        del e628['sequences']
    log('53rd exchange number kept on 25 June only (28 June civilians were its completion)')


def move_sequence(stage_ids, series='ukraine'):
    """Puts a deal-wide sequence number on the first stage only."""
    first = ev_by_id[stage_ids[0]]
    for sid in stage_ids[1:]:
        ev = ev_by_id.get(sid)
        if not ev:
            continue
        seq = [s for s in ev.get('sequences', []) if s['series'] == series]
        if not seq:
            continue
        ev['sequences'] = [s for s in ev['sequences'] if s['series'] != series]
        if not ev['sequences']:
            del ev['sequences']
        moved = []
        for it in ev['evidence']:
            if f'sequence:{series}' in it['supports']:
                it['supports'].remove(f'sequence:{series}')
                moved.append(it)
        if not any(s['series'] == series for s in first.get('sequences', [])):
            first.setdefault('sequences', []).append(seq[0])
        if not any(f'sequence:{series}' in it['supports'] for it in first['evidence']):
            for it in moved[:1]:
                first['evidence'].append({'sourceId': it['sourceId'], 'note': it['note'],
                                          'supports': ['status', f'sequence:{series}']})
        log(f'sequence {series} {seq[0]["number"]} moved from {sid} to {first["id"]}')


move_sequence(['exchange-2025-05-23-istanbul-stage-1', 'exchange-2025-05-24-istanbul-stage-2',
               'exchange-2025-05-25-istanbul-stage-3'])
move_sequence([f'exchange-{d}' for d in ISTANBUL2_STAGES])

# May 2025 stages: titles and summaries now that they happened
for sid, day, n in (('exchange-2025-05-24-istanbul-stage-2', 'Saturday', 307),
                    ('exchange-2025-05-25-istanbul-stage-3', 'Sunday', 303)):
    ev = ev_by_id[sid]
    stage = ev['stage']
    ev['title'] = f'Direct-talks deal, stage {stage}: {n} for {n}'
    ev['summary'] = (f'On {day} each side freed {n} more prisoners under the 1,000-for-1,000 deal'
                     + (', completing it.' if stage == 3 else '.'))
s1 = ev_by_id['exchange-2025-05-23-istanbul-stage-1']
for it in s1['evidence']:
    pass

# 2 Oct 2025 (seed record) and the Geneva stage 2
e1002 = ev_by_id['exchange-2025-10-02']
if e1002.get('toUkraine'):
    e1002['title'] = f"{e1002['toUkraine']['total']} for {e1002.get('toRussia', e1002['toUkraine'])['total']}: 185 prisoners of war plus 20 civilians each way"
    e1002['summary'] = ('The last exchange before a four-month pause: 185 prisoners of war and 20 civilians returned '
                        'to each side; Moscow said it was carried out under the 23 July Istanbul agreements.')
g2 = ev_by_id['exchange-2026-03-06-geneva-stage-2']
g2['title'] = 'Geneva deal, stage 2: 300 for 300, plus 2 civilians to Ukraine'
g2['summary'] = ('The remaining 300 prisoners of war from each side were freed on Friday, completing the Geneva deal; '
                 'Kyiv said two civilians came home with them.')
e0205 = ev_by_id['exchange-2026-02-05-abu-dhabi-157-for-157']
e0205['summary'] = ('The first exchange in months after a pause since October 2025: 157 prisoners of war from each side, '
                    'plus 7 civilians counted by Kyiv and 3 Kursk civilians returned to Russia; the freed Russians were '
                    'filmed boarding a bus in Belarus.')
g1 = ev_by_id['exchange-2026-03-05-geneva-stage-1']

# --- Istanbul-2 (2 June 2025) talks, agreement, stages; Istanbul-3 (23 July 2025) ---


def find_note(pattern, days, kinds=('exchange', 'bodies', 'release')):
    out = []
    for e in merged:
        if e['date'] in days and e['kind'] in kinds:
            for s in e['sources']:
                if re.search(pattern, s['note']):
                    out.append(s)
    return out


talks_evid = []
for s in find_note(r'Istanbul 2 June|2 June deal|June 2 Istanbul', ISTANBUL2_STAGES + ISTANBUL2_BODIES + ['2025-08-14']):
    talks_evid.append(s)
assert talks_evid, 'no note for the 2 June talks'


def ev_item(s, supports):
    return {'sourceId': source_for(s['url'], 'Istanbul talks'), 'note': clip(s['note'], 300), 'supports': supports}


talks2 = {
    'id': ISTANBUL2_TALKS, 'type': 'talks', 'status': 'confirmed',
    'title': 'Direct Russia–Ukraine talks, second Istanbul round', 'date': '2025-06-02', 'datePrecision': 'day',
    'venueIds': ['istanbul'], 'mediators': [],
    'summary': 'The second round of direct talks in Istanbul agreed to return all severely wounded and sick prisoners and those under 25, and 6,000 bodies from each side.',
    'evidence': [ev_item(s, ['date', 'status', 'venue:istanbul']) for s in talks_evid[:2]],
    'inferred': [],
}
agr2_evid = [s for s in talks_evid if re.search(r'6,?000|all-for-all|1,200|1,000', s['note'])]
agr2 = {
    'id': ISTANBUL2_AGR, 'type': 'agreement', 'status': 'confirmed',
    'title': 'Second Istanbul deal: wounded, sick and young prisoners; 6,000 bodies each',
    'date': '2025-06-02', 'datePrecision': 'day', 'venueIds': [], 'mediators': [],
    'talksId': ISTANBUL2_TALKS,
    'summary': 'Agreed at the 2 June Istanbul round: both sides would free all severely wounded and sick prisoners and those aged 18–25, in stages, and hand back 6,000 bodies each; no fixed headcount of prisoners was published.',
    'evidence': [ev_item(s, ['date', 'status', 'talksId']) for s in agr2_evid[:3]],
    'inferred': [],
}
# the third round, 23 July
r3 = find_note(r'third (Istanbul )?round|Third round|new 1,200|1,200-each|over 1,200', ['2025-07-23'])
r3_1200 = [s for s in r3 if re.search(r'1,200', s['note'])]
talks3 = {
    'id': ISTANBUL3_TALKS, 'type': 'talks', 'status': 'confirmed',
    'title': 'Direct Russia–Ukraine talks, third Istanbul round', 'date': '2025-07-23', 'datePrecision': 'day',
    'venueIds': ['istanbul'], 'mediators': [],
    'summary': 'A short third round of direct talks that agreed a further exchange of at least 1,200 prisoners each, while the last stage of the June deal was carried out.',
    'evidence': [ev_item(s, ['date', 'status'] + (['venue:istanbul'] if 'Istanbul' in s['note'] else [])) for s in r3[:3]],
    'inferred': [],
}
if not any('venue:istanbul' in it['supports'] for it in talks3['evidence']):
    talks3['inferred'].append({'field': 'venue:istanbul', 'basis': 'inferred', 'reasoning':
        'The notes call it the third round of the direct talks whose first two rounds met in Istanbul; public record puts the 23 July 2025 round in Istanbul too.'})
agr3 = {
    'id': ISTANBUL3_AGR, 'type': 'agreement', 'status': 'confirmed',
    'title': 'Third Istanbul deal: at least 1,200 for 1,200',
    'date': '2025-07-23', 'datePrecision': 'day', 'venueIds': [], 'mediators': [],
    'toUkraine': {'total': 1200}, 'toRussia': {'total': 1200},
    'talksId': ISTANBUL3_TALKS,
    'summary': 'Agreed at the third Istanbul round: a further exchange of at least 1,200 prisoners from each side; by the end of 2025 only the October swap was said to fall under it.',
    'evidence': [ev_item(s, ['date', 'status', 'toUkraine', 'toRussia', 'talksId']) for s in r3_1200[:3]],
    'inferred': [],
}
new_events.extend([talks2, agr2, talks3, agr3])
ev_by_id.update({x['id']: x for x in (talks2, agr2, talks3, agr3)})

# stages of the 2 June deal
for i, day in enumerate(ISTANBUL2_STAGES, start=1):
    ev = ev_by_id.get(f'exchange-{day}')
    if not ev:
        log('missing Istanbul-2 stage', day)
        continue
    ev['agreementId'] = ISTANBUL2_AGR
    ev['talksId'] = None
    ev['stage'] = i
    for it in ev['evidence']:
        n = it['note']
        if re.search(r'Istanbul|2 June|June 2', n):
            it['supports'].append('agreementId')
        if re.search(rf'(stage|phase) {i}\b|{ordinal(i)} (stage|phase)|\b{ORD_WORDS[i - 1]} (stage|phase|group)', n, re.I):
            it['supports'].append('stage')
    if not any('agreementId' in it['supports'] for it in ev['evidence']):
        ev['inferred'].append({'field': 'agreementId', 'basis': 'inferred', 'reasoning':
            'Babel (23 Jul 2025) lists the handovers of 9, 10, 12, 14, 19, 20, 26 June and 4 July as stages of the 2 June Istanbul deal, completed on 23 July; this is one of them.'})
    if not any('stage' in it['supports'] for it in ev['evidence']):
        ev['inferred'].append({'field': 'stage', 'basis': 'inferred', 'reasoning':
            f'Counting the handover days Babel lists for the 2 June deal (9, 10, 12, 14, 19, 20, 26 June, 4 July), with 23 July called the ninth stage by Kyiv, this day is stage {i}.'})
    ev['title'] = f"Second Istanbul deal, stage {i}" + (f": {ev['title']}" if False else '') + {
        1: ': under-25s and wounded (numbers not disclosed)',
    }.get(i, ' (numbers not disclosed)' if not ev.get('toUkraine') else '')
    if not ev.get('toUkraine'):
        ev['summary'] = (f'Stage {i} of the 2 June Istanbul deal: wounded, sick or young prisoners returned to each side; '
                         'neither side disclosed how many.')

for day in ISTANBUL2_BODIES:
    ev = ev_by_id.get(f'exchange-{day}-bodies')
    if not ev:
        log('missing Istanbul-2 bodies', day)
        continue
    ev['agreementId'] = ISTANBUL2_AGR
    ev['talksId'] = None
    for it in ev['evidence']:
        if re.search(r'Istanbul', it['note']):
            it['supports'].append('agreementId')
    if not any('agreementId' in it['supports'] for it in ev['evidence']):
        ev['inferred'].append({'field': 'agreementId', 'basis': 'inferred', 'reasoning':
            'The Coordination HQ counts the 11–16 June 2025 handovers (1,212 + 3 × 1,200 + 1,245 = 6,057 bodies) as the repatriation agreed in Istanbul on 2 June.'})

# 2 Oct 2025: under the 23 July agreements (Russian MoD)
for it in e1002['evidence']:
    if re.search(r'23 July|July 23', it.get('note', '')):
        it['supports'].append('agreementId')
if any('agreementId' in it['supports'] for it in e1002['evidence']):
    e1002['agreementId'] = ISTANBUL3_AGR
    e1002['talksId'] = None

# Titles/summaries for new events
for e in merged:
    ev = e['_ev']
    if ev['id'] in SEED_MATCH.values():
        continue
    if ev.get('agreementId') == ISTANBUL2_AGR and ev.get('stage'):
        continue
    ev['summary'] = summary_for(e, ev)

# Claims
for e in merged:
    ev = e['_ev']
    claims = []
    for side in ('toUkraine', 'toRussia'):
        cands = []
        for c in e.get('claims') or []:
            if claim_side(c, e['kind']) != side:
                continue
            p = party_side(c['party'])
            if p is None or not c.get('url'):
                continue
            if any(x['statedBy'] == c['party'] and x['total'] == c['figure'] for x in cands):
                continue
            where = 'Ukraine' if side == 'toUkraine' else 'Russia'
            what = 'bodies returned to' if e['kind'] == 'bodies' else 'returned to'
            cands.append({'counts': side, 'statedBy': c['party'], 'party': p, 'total': c['figure'],
                          'moreThan': bool(c.get('moreThan')),
                          'sourceId': source_for(c['url'], clip(e['title'], 70), e['date']),
                          'note': clip(f"{party_label(c['party'])}: {'more than ' if c.get('moreThan') else ''}{fmt(c['figure'])} {what} {where}", 300)})
        h = ev.get(side)
        if h:
            parts = {h.get('soldiers'), h.get('civilians')} - {None, h['total']}
            cands = [x for x in cands if x['total'] not in parts]
        dedup = []
        for x in cands:
            if not any(y['party'] == x['party'] and y['total'] == x['total'] and y['moreThan'] == x['moreThan'] for y in dedup):
                dedup.append(x)
        cands = dedup
        figures = {x['total'] for x in cands}
        if h:
            figures_all = figures | {h['total']}
        else:
            figures_all = figures
        if len(figures_all) > 1 and cands:
            claims.extend(cands)
    if claims:
        ev['claims'] = claims
        ev['summary'] = summary_for(e, ev)

# Add UAE-sequence/series facts and sort keys. Also the mediator series must exist.
for ev in list(ev_by_id.values()):
    for s in ev.get('sequences', []):
        if s['series'] != 'ukraine' and s['series'] not in MEDIATORS:
            log('unknown series', s)

# ---------------------------------------------------------------------------------------------
# Venues
# ---------------------------------------------------------------------------------------------
venues = copy.deepcopy(seed_venues)
used_venues = set()
all_events = list(seed_by_id.values()) + new_events
for ev in all_events:
    used_venues.update(ev['venueIds'])
for vid, (name, kind, lat, lon, country, prec, desc, kw) in NEW_VENUES.items():
    if vid not in used_venues:
        continue
    evid = []
    for e in merged:
        if vid not in e['_ev']['venueIds']:
            continue
        strict = {'riyadh': r'Riyadh', 'ankara': r'Ankara', 'sumy-region': r'Sumy region'}.get(vid, kw)
        for s in sorted(e['sources'], key=lambda s: not re.search(strict, s['note'], re.I)):
            if re.search(kw, s['note'], re.I) and len(evid) < 2 and not re.search(r'reportedly|apparently', s['note']):
                if not any(x['sourceId'] == source_for(s['url'], '') for x in evid):
                    sup = ['name', 'kind'] if re.search(strict, s['note'], re.I) else ['kind']
                    evid.append({'sourceId': source_for(s['url'], clip(e['title'], 70), e['date']), 'note': clip(s['note'], 300),
                                 'supports': sup})
    rec = {'id': vid, 'name': name, 'kind': kind, 'lat': lat, 'lon': lon, 'country': country,
           'coordinatePrecision': prec, 'description': desc, 'evidence': evid, 'inferred': []}
    if vid == 'belarus-ukraine-border':
        rec['inferred'].append({'field': 'coordinates', 'basis': 'inferred', 'reasoning':
            'Sources name only the Belarus–Ukraine border, never the crossing; the point is a stand-in on the border north of Chernihiv.'})
    venues.append(rec)
# Istanbul: add web evidence naming it
ist = next(v for v in venues if v['id'] == 'istanbul')
if not any(x.get('note') for x in ist['evidence']):
    for s in talks_evid[:1]:
        ist['evidence'].append({'sourceId': source_for(s['url'], ''), 'note': clip(s['note'], 300), 'supports': ['name', 'kind']})

# ---------------------------------------------------------------------------------------------
# Event order: seed order kept; new events merged in by date
# ---------------------------------------------------------------------------------------------
TYPE_RANK = {'talks': 0, 'agreement': 1, 'exchange': 2}
RK = {'swap': 0, 'release': 1, 'bodies': 2}
seed_order = [seed_by_id[e['id']] for e in seed_events]
eff = []
prev = '0000-00-00'
for ev in seed_order:
    d = ev['date'] if ev['datePrecision'] == 'day' else max(ev['date'], prev)
    eff.append(d)
    prev = d
new_sorted = sorted(new_events, key=lambda x: (x['date'], TYPE_RANK[x['type']], RK.get(x.get('returnKind', 'swap'), 0), x['id']))
events_out = []
i = 0
for ev, d in zip(seed_order, eff):
    while i < len(new_sorted) and (new_sorted[i]['date'], TYPE_RANK[new_sorted[i]['type']]) < (d, TYPE_RANK[ev['type']]):
        events_out.append(new_sorted[i])
        i += 1
    events_out.append(ev)
events_out.extend(new_sorted[i:])

# key order like the seeds
KEY_ORDER = ['id', 'type', 'status', 'title', 'date', 'datePrecision', 'endDate', 'venueIds', 'mediators',
             'returnKind', 'claims', 'sequences', 'toUkraine', 'toRussia', 'agreementId', 'talksId', 'stage',
             'summary', 'evidence', 'inferred']


def ordered(ev):
    out = OrderedDict()
    for k in KEY_ORDER:
        if k in ev:
            out[k] = ev[k]
    for k in ev:
        if k not in out:
            raise SystemExit(f'unknown key {k} in {ev["id"]}')
    # dedupe supports
    for it in out['evidence']:
        seen = []
        for k in it['supports']:
            if k not in seen:
                seen.append(k)
        it['supports'] = seen
    return out


events_out = [ordered(ev) for ev in events_out]

# ---------------------------------------------------------------------------------------------
# People and quotes
# ---------------------------------------------------------------------------------------------
people = copy.deepcopy(seed_people)
EXTRA_ALIASES = {'Lolwah Al-Khater': 'lolwah-al-khater', 'Andrii Yusov': 'andriy-yusov'}


def person_for(name, role, side):
    for p in people:
        if name == p['name'] or name in p['aliases']:
            return p['id']
    pid = EXTRA_ALIASES.get(name) or slug(name, 40)
    for p in people:
        if p['id'] == pid:
            if name not in p['aliases'] and name != p['name']:
                p['aliases'].append(name)
            return pid
    surname = name.split()[-1]
    aliases = [surname] if surname != name and name != 'Pope Francis' else []
    people.append({'id': pid, 'name': name, 'aliases': aliases, 'role': role, 'side': side})
    return pid


quotes = copy.deepcopy(seed_quotes)
quote_ids = {q['id'] for q in quotes}
seen_text = set()
for e in merged:
    for q in e.get('quotes') or []:
        text = q['text'].strip().strip('"“”‘’\'').strip().rstrip(',').strip()
        if text in seen_text or len(text.split()) > 30 or not q.get('url'):
            continue
        seen_text.add(text)
        spk = person_for(q['speaker'], q['role'], q['side'])
        words = [w for w in re.findall(r"[A-Za-z0-9']+", text.lower()) if w not in
                 {'the', 'a', 'an', 'of', 'to', 'and', 'is', 'are', 'we', 'our', 'in', 'for', 'this', 'that', 'it', 'i', 'on', 'with', 'be', 'have', 'has', 'will', 'all', 'was'}]
        gist = slug(' '.join(words[:3]) or 'statement', 30)
        surname = slug(q['speaker'].split()[-1], 20)
        qid_base = f"q-{q['date']}-{surname}-{gist}"
        qid, n = qid_base, 2
        while qid in quote_ids:
            qid = f'{qid_base}-{n}'
            n += 1
        quote_ids.add(qid)
        partial = bool(re.match(r'[a-z]', text))
        first = lambda t: re.findall(r"[a-z0-9]+", t.lower())[:3]
        variant = next((x['id'] for x in quotes if x['speakerId'] == spk and x['date'] == q['date']
                        and x['variantOf'] is None and first(x['text']) == first(text)), None)
        quotes.append({'id': qid, 'text': text, 'speakerId': spk, 'date': q['date'], 'datePrecision': 'day',
                       'sourceId': source_for(q['url'], clip(e['title'], 70), e['date']), 'eventId': e['eventId'],
                       'partial': partial, 'variantOf': variant, 'inferred': []})
        if variant:
            log('quote variant', qid, '->', variant)

# ---------------------------------------------------------------------------------------------
# Tallies
# ---------------------------------------------------------------------------------------------
MEDIA = re.compile(r'^(Press|Slovo i Dilo|Euromaidan Press \(compilation\)|Ukrainian media summary|Ukrainska Pravda$|Russian media|NDTV|LIGA\.net \(summary\)|Novy Den)')


def canon_stated_by(s):
    if MEDIA.search(s):
        return None
    if 'UAE' in s:
        return ('UAE Ministry of Foreign Affairs', 'other', 'uae-mfa')
    if 'Lubinets' in s or 'Parliament Commissioner for Human' in s:
        return ('Ukrainian Parliament Commissioner for Human Rights Dmytro Lubinets', 'ukraine', 'lubinets')
    if 'Coordination Headquarters' in s:
        return ('Coordination Headquarters for the Treatment of Prisoners of War', 'ukraine', 'coordination-hq')
    if 'Budanov' in s and 'Presidential Office' in s or 'Head of the Office of the Pre' in s:
        return ('Head of the Office of the President Kyrylo Budanov', 'ukraine', 'budanov')
    if 'President of Ukraine' in s or 'Zelensky' in s:
        return ('President of Ukraine', 'ukraine', 'president-of-ukraine')
    if 'Vereshchuk' in s:
        return ('Deputy Prime Minister Iryna Vereshchuk', 'ukraine', 'vereshchuk')
    if 'Maliar' in s or 'Malyar' in s:
        return ('Deputy Defence Minister Hanna Maliar', 'ukraine', 'maliar')
    if 'Yusov' in s:
        return ('Defence Intelligence of Ukraine (Andriy Yusov)', 'ukraine', 'defence-intelligence')
    if 'Defence Intelligence' in s or 'military intelligence' in s:
        return ('Defence Intelligence of Ukraine', 'ukraine', 'defence-intelligence')
    if 'Security Service of Ukraine' in s:
        return ('Security Service of Ukraine', 'ukraine', 'sbu')
    if 'Reintegration' in s:
        return ('Ministry for Reintegration of the Temporarily Occupied Territories', 'ukraine', 'reintegration-ministry')
    if 'Kotenko' in s:
        return ('Commissioner for Missing Persons Oleh Kotenko', 'ukraine', 'kotenko')
    if 'Ukrainian News Agency' in s:
        return ('Ukrainian officials (via Ukrainian News Agency)', 'ukraine', 'ukrainian-officials')
    if s.startswith('Kyiv') or s.startswith('Ukraine (per') or s.startswith('Ukrainian officials') or s.startswith('Ukrainian military'):
        return ('Ukrainian officials', 'ukraine', 'ukrainian-officials')
    return None


def measure_of(counts, stated):
    c = counts.lower()
    if re.search(r'^(prisoner |official )?(exchanges|swaps|prisoner swaps)( held)?( since 11 march 2022| since the coordination hq was set up| since the hq was set up| before 6 may)?$', c) \
            or c.startswith('exchanges held by the coordination headquarters'):
        return 'exchanges'
    if c.startswith("bodies returned since the missing persons commissioner"):
        return 'bodies-returned-to-ukraine' if stated and stated[1] == 'ukraine' else None
    if re.search(r'\bin 20(23|24|25)\b|during 20|since start of 2025|past week|last two weeks|istanbul|outside|since july|still|held|missing|hostage|ratio|identified|azov|civilians (returned|among|released)|^civilians|kursk|wounded|servicemen returned|service members|military personnel|military returned|confirmed captives|rounds of exchange|stages', c):
        if not re.search(r'in 2022', c):
            return None
    if re.search(r'lpr|russian servicemen|russians returned|russian pows', c):
        return None
    if 'uae' in c or 'emirat' in c:
        if re.search(r'mediations|exchanges mediated|uae-mediated exchanges', c):
            return 'mediations'
        if re.search(r'people exchanged|captives exchanged', c):
            return 'people-exchanged-via-mediator'
        return None
    if re.search(r'bod(y|ies)|remains', c):
        if re.search(r'repatriations of bodies', c):
            return None
        if stated and stated[1] == 'ukraine':
            return 'bodies-returned-to-ukraine'
        return None
    if re.search(r'exchanges|swaps', c) and not re.search(r'people|ukrainians|prisoners of war|freed|returned', c):
        return 'exchanges'
    if re.search(r'returned|released|freed|retrieved|brought|liberated|back|citizens', c):
        return 'people-returned-to-ukraine'
    return None


tallies = []
tally_keys = {}
all_t = []
for y in YEARS:
    all_t.extend(research[y]['tallies'])
all_t.extend(tallies_research['tallies'])
skipped_t = []
for t in all_t:
    stated = canon_stated_by(t['statedBy'])
    m = measure_of(t['counts'], stated)
    if not stated or not m:
        skipped_t.append((t['asOf'], t['statedBy'], t['counts'], t['figure']))
        continue
    if m in ('people-exchanged-via-mediator', 'mediations') and stated[2] != 'uae-mfa':
        skipped_t.append((t['asOf'], t['statedBy'], t['counts'], t['figure']))
        continue
    if re.search(r"\bnearly\b", t['note'], re.I):
        skipped_t.append((t['asOf'], t['statedBy'], t['counts'], t['figure'], 'nearly'))
        continue
    prec = 'day'
    tinf = []
    if re.search(r'month only|day in \w+ not given|item dated \w+ \d{4}', t['note'], re.I):
        prec = 'month'
    if prec == 'month' or re.search(r'date inferred|asOf approximate|page undated|article date not shown|stated end of', t['note'], re.I):
        tinf.append({'field': 'figure', 'basis': 'inferred', 'reasoning': clip('As-of date worked out by the research, not stated with the figure: ' + t['note'], 400)})
    asof = t['asOf'][:8] + '01' if prec == 'month' else t['asOf']
    t = dict(t, asOf=asof)
    key = (t['asOf'], stated[0], m, t['figure'])
    note = clip(t['note'], 300)
    if t['figure'] not in nums_in(note):
        note = clip(note, 300 - 20) + f" ({fmt(t['figure'])})"
    sid = source_for(t['url'], clip(f"official tally, {t['counts']}", 80))
    if key in tally_keys:
        rec = tally_keys[key]
        if not any(x['sourceId'] == sid for x in rec['evidence']):
            rec['evidence'].append({'sourceId': sid, 'note': note, 'supports': ['figure']})
        rec['moreThan'] = rec['moreThan'] and bool(t.get('moreThan'))
        continue
    base = f"tally-{t['asOf']}-{stated[2]}-{m}"
    tid, n = base, 2
    while any(x['id'] == tid for x in tallies):
        tid = f'{base}-{n}'
        n += 1
    rec = {'id': tid, 'asOf': t['asOf'], 'datePrecision': prec, 'statedBy': stated[0], 'side': stated[1],
           'measure': m, 'mediatorId': 'united-arab-emirates' if stated[2] == 'uae-mfa' else None,
           'figure': t['figure'], 'moreThan': bool(t.get('moreThan')),
           'evidence': [{'sourceId': sid, 'note': note, 'supports': ['figure']}], 'inferred': tinf}
    tally_keys[key] = rec
    tallies.append(rec)
tallies.sort(key=lambda r: (r['asOf'], r['measure'], r['id']))

# ---------------------------------------------------------------------------------------------
# Write
# ---------------------------------------------------------------------------------------------
mediators = copy.deepcopy(seed_mediators)
used_meds = {m for ev in events_out for m in ev['mediators']} | {s['series'] for ev in events_out for s in ev.get('sequences', []) if s['series'] != 'ukraine'} | {t['mediatorId'] for t in tallies if t['mediatorId']}
for mid, (name, kind) in MEDIATORS.items():
    if mid in used_meds and not any(m['id'] == mid for m in mediators):
        mediators.append({'id': mid, 'name': name, 'kind': kind})

for url, rec in web_sources.items():
    cands = gist_candidates.get(url) or []
    pub = rec['publishedDate']
    best = None
    if cands:
        def dist(c):
            when = c[0]
            if not when or not pub:
                return (2, 0)
            d = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(when)).days
            return (0 if d >= 0 else 1, abs(d))
        dated = [c for c in cands if c[0]]
        best = min(dated, key=dist)[1] if dated else cands[0][1]
    if best:
        rec['label'] = f"{rec['publisher']}: {best} ({human_date(pub)})"

web = sorted(web_sources.values(), key=lambda s: (s['publishedDate'] or '9999', s['id']))
write('sources', seed_sources + web)
write('people', people)
write('mediators', mediators)
write('venues', venues)
write('events', events_out)
write('quotes', quotes)
write('tallies', tallies)

with open(f'{RESEARCH}/convert.log', 'w', encoding='utf-8') as f:
    f.write('\n'.join(LOG) + '\n')
    f.write('\nSKIPPED TALLIES\n' + '\n'.join(map(str, skipped_t)) + '\n')
print(f'sources {len(seed_sources) + len(web)}, people {len(people)}, mediators {len(mediators)}, venues {len(venues)}, '
      f'events {len(events_out)}, quotes {len(quotes)}, tallies {len(tallies)}; log: {len(LOG)} lines')
