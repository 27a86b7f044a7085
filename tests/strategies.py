"""Hypothesis strategies shared by every property test of conflictfacts.

Each strategy builds text shaped like what a crawler brings back. Add new strategies here,
never inline in a test module, so every law is checked against the same kinds of input.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

__all__ = [
    "any_text",
    "article_pages",
    "casualty_sentences",
    "claim_records",
    "clean_articles",
    "equipment_wordings",
    "furniture_lines",
    "model_designations",
    "page_text",
    "story_batches",
]

#: Any text at all, control characters, surrogates excluded (``str`` cannot encode them to UTF-8).
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=2000)

__all__ += ["ascii_texts"]

#: ASCII text, control characters and the separators \x1c-\x1f included: the tokenizer's
#: ASCII path, which must read it as its full pattern does.
ascii_texts = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=127), st.sampled_from("-'_ \x1c\x1f\t\n.,")
    ),
    max_size=300,
)


# ---------------------------------------------------------------- article pages (parse_article)

_SUBJECTS = (
    "Sudanese army units", "Houthi fighters", "Residents of Goma", "The Malian junta",
    "Ukrainian air defences", "Aid workers in Rakhine", "The U.S. envoy", "Lt. Col. Amara Diallo",
    "A spokesman for the ministry", "Rescue teams",
)
_PREDICATES = (
    "said 14 civilians were killed near the market", "reported 1.5 million people displaced",
    "shot down 12 drones overnight", "withdrew from the town on Feb. 3",
    "counted at least 200 wounded", 'said the strike was "a clear violation"',
    "moved No. 5 brigade to the front", "denied the report in a statement",
    "said dozens of homes were destroyed", "called for an immediate ceasefire",
)


@st.composite
def clean_articles(draw: st.DrawFn) -> list[str]:
    """Paragraphs of invented war-news prose, each one to three sentences ending in a stop."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        sentences = [
            f"{draw(st.sampled_from(_SUBJECTS))} {draw(st.sampled_from(_PREDICATES))}."
            for _ in range(draw(st.integers(1, 3)))
        ]
        paragraphs.append(" ".join(sentences))
    return paragraphs


#: Lines of page furniture of every kind the article parser drops.
furniture_lines = st.sampled_from(
    (
        "Advertisement", "- Advertisement -", "3. Skip to navigation", "Skip to main content",
        "Sign up for our morning briefing", "Download the app", "Share this article", "Listen",
        "Image: Reuters/Jane Doe", "MARIA LOPEZ/AFP via Getty Images", "jk/ms (AFP, dpa)",
        "(Reuters)", "The Associated Press", "Read more", "Related topics", "Top Trending Sudan",
        "\u00a9 2024 Daily Planet", "google-play-badge_DE", "12", "  \u2022 Mali",
        "To learn more about how we use your data, click here.", "Editors' Picks",
        "The Daily Planet sends out a weekly digest. Sign up here.", "subscribe",
    )
)


@st.composite
def article_pages(draw: st.DrawFn) -> tuple[list[str], str]:
    """A clean article with furniture lines inserted anywhere: (clean paragraphs, page text)."""
    paragraphs = draw(clean_articles())
    lines = list(paragraphs)
    for _ in range(draw(st.integers(0, 6))):
        lines.insert(draw(st.integers(0, len(lines))), draw(furniture_lines))
    separator = draw(st.sampled_from(("\n\n", "\n", "\r\n\r\n")))
    return paragraphs, separator.join(lines)


#: Page-like text: article lines, furniture and arbitrary fragments mixed.
page_text = st.lists(
    st.one_of(
        furniture_lines,
        clean_articles().map(" ".join),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    ),
    max_size=12,
).map("\n".join)


# ---------------------------------------------------------------- dates (resolve_date, find_dates)

__all__ += ["date_texts", "reference_dates", "rendered_dates"]

_DATE_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
#: AP style: short months are spelled out, the others abbreviated with a full stop.
_DATE_AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
_DATE_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE_ORDINALS = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}

#: Article dates: any day the date grammar can name (years 1800..2099).
reference_dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31))


@st.composite
def rendered_dates(draw: st.DrawFn) -> tuple[dt.date, str]:
    """A day and one of the ways news writes it with its year: (day, text)."""
    day = draw(reference_dates)
    month, ap_month = _DATE_MONTHS[day.month - 1], _DATE_AP_MONTHS[day.month - 1]
    weekday = _DATE_WEEKDAYS[day.weekday()]
    ordinal = f"{day.day}{_DATE_ORDINALS.get(day.day, 'th')}"
    forms = (
        day.isoformat(),
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.day} {month} {day.year}",
        f"{day.day:02d} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{ap_month} {day.day}, {day.year}",
        f"{weekday}, {month} {day.day}, {day.year}",
        f"{weekday} {day.day} {month} {day.year}",
        f"the {ordinal} of {month}, {day.year}",
        f"on {month} {ordinal} {day.year}",
        f"{day.day} {month.upper()} {day.year}",
    )
    return day, draw(st.sampled_from(forms))


_DATE_PHRASES = (
    "on Thursday", "last Friday", "Sunday night", "yesterday", "overnight", "last week",
    "earlier this month", "since December", "in the past month", "in recent weeks",
    "the next day", "a day earlier", "two days ago", "in March 2011", "in 2018", "mid-May",
    "17-18 February", "Feb. 20", "2020-02-20", "since the war began in 2014", "May", "march",
)  # fmt: skip

#: Sentence-like text mixing date phrases, numbers and arbitrary fragments.
date_texts = st.lists(
    st.one_of(
        st.sampled_from(_DATE_PHRASES),
        st.integers(0, 3000).map(str),
        st.sampled_from(("killed", "in", "since", "the", "of", ",", ".", "-", "\n")),
        st.text(max_size=12),  # the default alphabet has no surrogates
    ),
    max_size=25,
).map(" ".join)


# ---------------------------------------------------------------- quantities (find_quantities)

__all__ += ["number_in_words", "quantity_frames", "quantity_qualifiers", "rendered_integers"]

_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def _below_thousand(number: int, hyphen: bool) -> str:
    hundreds, rest = divmod(number, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest and hundreds:
        parts.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_TENS[tens] + (("-" if hyphen else " ") + _ONES[ones] if ones else ""))
    elif rest:
        parts.append(_ONES[rest])
    return " ".join(parts)


def number_in_words(number: int, *, hyphen: bool = True) -> str:
    """English words for 0 <= number < 10**12: 105 -> "one hundred and five"."""
    if number == 0:
        return "zero"
    parts = []
    for size, name in _SCALES:
        count, number = divmod(number, size)
        if count:
            parts.append(f"{_below_thousand(count, hyphen)} {name}")
    if number:
        parts.append(_below_thousand(number, hyphen))
    return " ".join(parts)


@st.composite
def rendered_integers(draw: st.DrawFn) -> tuple[str, int]:
    """An integer as a report writes it: "1,500", "900 000", "Twenty-seven", "1.5 million"."""
    style = draw(st.sampled_from(("plain", "comma", "space", "words", "capital", "million")))
    if style == "million":
        number = draw(st.integers(1, 99_999)) * 100_000
        whole, tenths = divmod(number // 100_000, 10)
        return (f"{whole}.{tenths} million" if tenths else f"{whole} million"), number
    number = draw(st.integers(0, 999_999_999))
    if style == "comma":
        return f"{number:,}", number
    if style == "space":
        return f"{number:,}".replace(",", "\u00a0" if draw(st.booleans()) else " "), number
    if style in ("words", "capital"):
        words = number_in_words(number, hyphen=draw(st.booleans()))
        return (words.capitalize() if style == "capital" else words), number
    return str(number), number


#: Hedges and bounds with the interval class docs/qualifiers.md gives them.
quantity_qualifiers = st.sampled_from(
    (
        ("", None), ("at least ", "lower"), ("more than ", "lower"), ("over ", "lower"),
        ("upwards of ", "lower"), ("no fewer than ", "lower"), ("up to ", "upper"),
        ("as many as ", "upper"), ("fewer than ", "upper"), ("less than ", "upper"),
        ("nearly ", "nearly"), ("almost ", "nearly"), ("some ", "approx"), ("about ", "approx"),
        ("around ", "approx"), ("roughly ", "approx"), ("an estimated ", "approx"),
        ("approximately ", "approx"),
    )
)  # fmt: skip

#: Sentence frames with one slot for a stated count of people.
quantity_frames = st.sampled_from(
    (
        "Officials in Khartoum said {} people were killed.",
        "{} civilians fled the shelling near Kharkiv.",
        "The army reported that {} soldiers died in Mali",
        "Medics in Gaza treated {} wounded children overnight.",
        "Rebels in Shan state captured {} fighters, a spokesman said.",
    )
)


# ---------------------------------------------------------------- claims (compare)

from conflictfacts.claims import Claim  # noqa: E402 - this section's own import

__all__ += ["claim_intervals", "comparable_claims"]

_CMP_SUBJECTS = (
    ("soldiers", None), ("Ukrainian soldiers", "Ukraine"), ("Ukrainian troops", "Ukraine"),
    ("Russian servicemen", "Russia"), ("fighters", None), ("pro-government fighters", None),
    ("civilians", None), ("people", None),
)  # fmt: skip
_CMP_QUALIFIERS = (
    (None, "exact"), ("at least", "lower"), ("more than", "lower"), ("as many as", "upper"),
    ("some", "approx"),
)  # fmt: skip
_CMP_OUTLETS = ("Outlet A", "Outlet B", "Outlet C", "Outlet D")
_CMP_SOURCES = (None, "UN", "United Nations", "Health Ministry")
_CMP_PLACES = (None, "Kharkiv", "Kharkiv region", "Darfur")


@st.composite
def comparable_claims(
    draw: st.DrawFn, kinds: tuple[str, ...] = ("killed", "wounded")
) -> Claim:
    """A hand-built claim of a small world where many claims meet in one fact (via records)."""
    label, affiliation = draw(st.sampled_from(_CMP_SUBJECTS))
    qualifier, shape = draw(st.sampled_from(_CMP_QUALIFIERS))
    value = draw(st.sampled_from((2, 3, 11, 12, 50, 55, 800_000, 900_000)))
    low, high = {
        "exact": (value, value), "lower": (value, None), "upper": (None, value),
        "approx": (value, value),
    }[shape]  # fmt: skip
    timing = draw(st.sampled_from(("day", "period", "none")))
    day = dt.date(2022, 3, 1) + dt.timedelta(days=draw(st.integers(0, 40)))
    start = end = None
    if timing == "day":
        start = end = day
    elif timing == "period":
        start, end = dt.date(2022, 3, 1), day
    outlet = draw(st.sampled_from(_CMP_OUTLETS))
    text = f"{qualifier} {value:,}" if qualifier else f"{value:,}"
    record = {
        "kind": draw(st.sampled_from(kinds)), "value": value, "low": low, "high": high,
        "qualifier": qualifier, "approximate": shape == "approx", "quantity_text": text,
        "subject": label, "affiliation": affiliation, "place": draw(st.sampled_from(_CMP_PLACES)),
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
        "granularity": None if start is None else ("day" if start == end else "period"),
        "source": draw(st.sampled_from(_CMP_SOURCES)), "outlet": outlet,
        "path": f"{outlet.lower().replace(' ', '-')}-{draw(st.integers(1, 2))}.txt",
        "published": (day + dt.timedelta(days=1)).isoformat(),
    }  # fmt: skip
    # now and then a source denies the figure ("the army denied that 12 were killed")
    record["denied"] = record["source"] is not None and draw(st.integers(0, 7)) == 0
    return Claim.from_record(record)


__all__ += ["crowded_claims"]

#: Places of the crowded world: none, two the gazetteer relates, two it cannot (invented).
_CROWD_PLACES = (None, None, "Kharkiv", "Kharkiv region", "Vessa", "Kutum")


@st.composite
def crowded_claims(draw: st.DrawFn) -> Claim:
    """A claim of a crowded few days: many facts a day, claims with no place or no date.

    Events fall on five days; a claim may be dated by the day it was given (its page's date
    is its event's), by the day after, or by a tally or a period, and may name no place, so
    that a claim meets many facts of its day and the days beside it.
    """
    label, affiliation = draw(st.sampled_from(_CMP_SUBJECTS))
    qualifier, shape = draw(st.sampled_from(_CMP_QUALIFIERS))
    value = draw(st.sampled_from((11, 12, 12, 50)))
    low, high = {
        "exact": (value, value), "lower": (value, None), "upper": (None, value),
        "approx": (value, value),
    }[shape]  # fmt: skip
    day = dt.date(2022, 3, 1) + dt.timedelta(days=draw(st.integers(0, 3)))
    timing = draw(st.sampled_from(("day", "day", "day", "period", "tally", "none")))
    start, end, granularity = {
        "day": (day, day, "day"), "period": (dt.date(2022, 3, 1), day, "period"),
        "tally": (day, day, "tally"), "none": (None, None, None),
    }[timing]  # fmt: skip
    published = day + dt.timedelta(days=draw(st.sampled_from((0, 0, 1, 2))))
    outlet = draw(st.sampled_from(_CMP_OUTLETS))
    text = f"{qualifier} {value:,}" if qualifier else f"{value:,}"
    record = {
        "kind": "killed", "value": value, "low": low, "high": high, "qualifier": qualifier,
        "approximate": shape == "approx", "quantity_text": text, "subject": label,
        "affiliation": affiliation, "place": draw(st.sampled_from(_CROWD_PLACES)),
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None, "granularity": granularity,
        "source": draw(st.sampled_from(_CMP_SOURCES)), "outlet": outlet,
        "path": f"{outlet.lower().replace(' ', '-')}-{draw(st.integers(1, 6))}.txt",
        "published": draw(st.sampled_from((published.isoformat(),) * 3 + (None,))),
    }  # fmt: skip
    return Claim.from_record(record)


def _ordered(pair: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    low, high = pair
    return (high, low) if low is not None and high is not None and high < low else pair


#: Integer intervals with open sides: (low, high), low <= high when both are given.
claim_intervals = st.tuples(
    st.one_of(st.none(), st.integers(0, 20)), st.one_of(st.none(), st.integers(0, 20))
).map(_ordered)


# ---------------------------------------------------------------- gazetteer (find_actors, ...)

__all__ += ["gazetteer_texts"]

#: Names, near-names and joiners the gazetteer matcher must handle on arbitrary text.
_GAZ_FRAGMENTS = (
    "UN", "un", "U.S.", "US", "us", "AP", "Türkiye", "Turkish troops", "pro-Russian", "Iran-backed",
    "Kharkov", "Deir ez-Zor", "Deir ez", "al-Qaeda", "al Qaeda", "Sana'a", "Sana\u2019a", "of",
    "Ministry of Defense of Ukraine", "'s", "-", ".", " ", "  ", "\n", "Gaza City", "Gaza", "ISIS",
    "Isis", "M23", "Kyiv", "Russia's defence ministry", "Houthi rebels", "9" * 30, "ﬁ", "İ", "ß",
)

#: Text mixing gazetteer names, fragments of names, joiners and arbitrary characters.
gazetteer_texts = st.lists(
    st.one_of(st.sampled_from(_GAZ_FRAGMENTS), st.text(max_size=8)), max_size=40
).map(" ".join)


# ---------------------------------------------------------------- hostile input (fuzzing)

__all__ += ["HOSTILE_FRAGMENTS", "hostile_pages", "hostile_texts", "mutated"]

#: Pieces a crawler drags in: furniture, digits, control and format characters, RTL marks,
#: combining marks, emoji (never surrogates), NUL bytes, long unbroken runs, repeated cue words.
HOSTILE_FRAGMENTS = (
    "\x00", "\x07", "\x1b[31m", "\r", "\r\n", "\n\n", "\t", "\x0b", "\x0c", "\x1c", "\x85",
    "\u2028", "\u2029", "\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\ufeff",
    "\u0301", "e\u0301\u0302\u0303", "\u0663\u0664", "\uff11\uff12", "\U0001f4a5",
    "\U0001f1fa\U0001f1e6", "\U0001f469\u200d\U0001f467", "\ufffd", "ß", "İ", "ﬁ", "\u00a0",
    "\u202f", "\u2009", "1,500", "1,000,000,000,000,000", "9" * 300, "1," * 150, "0.5.5.5",
    "12 000 000", "at least at least at least", "as many as up to", "killed killed killed",
    "January February March", "Monday Tuesday", "on 31 February 2022", "2022-13-45",
    "((((((((((", "]]]]]", '"""', "\u201c", "\u2019", "---", "...", "x" * 500,
    "square kilometers", "1,500 square kilometers", "Dr.", "U.S.", "No. 5", "By ", "Photo: ",
    "Related", "Advertisement", "Skip to main content", "AFP/Getty Images", "\u00a9 2024",
)  # fmt: skip

_HOSTILE_PIECES = st.one_of(
    st.sampled_from(HOSTILE_FRAGMENTS),
    furniture_lines.map(lambda line: f"\n{line}\n"),
    st.integers(0, 10**30).map(str),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.text(alphabet=st.characters(categories=("Cc", "Cf", "Mn", "Zs", "Zl", "Zp")), max_size=8),
)


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """``base`` text with hostile pieces inserted, text deleted and lines doubled at random."""
    text = draw(base)
    for _ in range(draw(st.integers(0, 12))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(("insert", "insert", "insert", "delete", "repeat")))
        if action == "insert":
            text = text[:position] + draw(_HOSTILE_PIECES) + text[position:]
        elif action == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 40)) :]
        else:
            piece = text[position : position + draw(st.integers(1, 60))]
            text = text[:position] + piece * draw(st.integers(2, 20)) + text[position:]
    return text


#: Article-shaped pages (furniture, captions, prose) with hostile mutations.
hostile_pages = mutated(article_pages().map(lambda pair: pair[1]))

#: Any text at all, page text, or a mutated article: the inputs a crawler can bring back.
hostile_texts = st.one_of(any_text, mutated(page_text), hostile_pages)


# ---------------------------------------------------------------- claims and records (extraction)

_KIND_WORDS = ("killed", "wounded", "displaced", "destroyed", "captured", "arrested", "other")
_LABELS = ("Ukrainian soldiers", "civilians", "Houthi fighters", "tanks", "people", "")
_PLACES = ("Kharkiv", "Goma", "Hodeidah", None)
_SOURCES = ("United Nations", "Sudanese Health Ministry", "army", None)


#: The incident frame of a record: none, or a span.
_FRAMES: tuple[dict[str, int], ...] = (
    {},
    {"frame_start": 0, "frame_end": 40},
    {"frame_start": 7, "frame_end": 7},
)


@st.composite
def claim_records(draw: st.DrawFn) -> dict[str, object]:
    """Flat claim records of every shape ``claim_from_record`` must accept and round-trip."""
    value = draw(st.integers(0, 10**7))
    low = draw(st.one_of(st.none(), st.integers(0, value)))
    high = draw(st.one_of(st.none(), st.integers(value, value + 10**6)))
    start = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)))
    days = draw(st.one_of(st.none(), st.integers(0, 400)))
    text_start = draw(st.integers(0, 5000))
    return {
        "kind": draw(st.sampled_from(_KIND_WORDS)),
        "value": value,
        "low": low,
        "high": high,
        "qualifier": draw(st.sampled_from((None, "at least", "as many as", "some", "dozens"))),
        "unit": draw(st.sampled_from((None, "km2"))),
        "subject": draw(st.sampled_from(_LABELS)),
        "actor": draw(st.sampled_from((None, "Russian government forces", "RSF"))),
        "place": draw(st.sampled_from(_PLACES)),
        "date_start": None if days is None else start.isoformat(),
        "date_end": None if days is None else (start + dt.timedelta(days=days)).isoformat(),
        "source": draw(st.sampled_from(_SOURCES)),
        "start": text_start,
        "end": text_start + draw(st.integers(0, 300)),
        "text": draw(st.text(max_size=40)),
        "approximate": draw(st.booleans()),
        "verb": draw(st.sampled_from((None, "said", "claimed"))),
        "distanced": draw(st.booleans()),
        "outlet": draw(st.sampled_from((None, "Example News"))),
        "path": draw(st.sampled_from((None, "a.txt"))),
        "document": draw(st.sampled_from((None, "doc-7", "0"))),
        "url": draw(st.sampled_from((None, "https://news.example/2031/04/09/strike"))),
        "reported_on": draw(st.one_of(st.none(), st.just(start.isoformat()))),
        **draw(st.sampled_from(_FRAMES)),
    }


#: Casualty sentences of invented reports: (sentence, figure, kind word).
casualty_sentences = st.tuples(
    st.sampled_from(
        (
            "{n} civilians were killed in shelling on the market",
            "Shelling killed {n} civilians near the station",
            "At least {n} soldiers were wounded when a drone struck their convoy",
            "The strike left {n} people dead",
            "Officials said {n} residents had fled the fighting",
        )
    ),
    st.integers(2, 900_000),
)

__all__ += ["glued_figures"]


@st.composite
def glued_figures(draw: st.DrawFn) -> tuple[str, str, int]:
    """A casualty sentence whose figure is glued to the capitalised word after it.

    Scraped copy loses the space where markup stood: "8,000Vessan soldiers were killed".
    Gives the text, the figure as written and its value.
    """
    number = draw(st.integers(2, 999_999))
    # four plain digits from 1500 to 2100 glued to a word may be a year: written with a comma
    year_like = 1500 <= number <= 2100
    surface = f"{number:,}" if year_like or draw(st.booleans()) else str(number)
    word = draw(st.sampled_from(("Vessan", "Talveran", "Kutumi", "Brasker", "Government")))
    frame = draw(
        st.sampled_from(
            (
                "{} soldiers were killed in the shelling of Kutum, the army said.",
                "Shelling killed {} civilians near the station.",
                "Officials said {} fighters were wounded in the raid.",
            )
        )
    )
    return frame.format(surface + word), surface, number


__all__ += ["COORDINATED_PERSONS", "coordinated_counts"]

#: Nouns a count may share, with whether they count persons.
COORDINATED_PERSONS = (
    ("tanks", False), ("trucks", False), ("howitzers", False), ("armoured vehicles", False),
    ("rocket launchers", False), ("soldiers", True), ("civilians", True), ("policemen", True),
    ("militants", True), ("children", True),
)  # fmt: skip


@st.composite
def coordinated_counts(draw: st.DrawFn) -> tuple[str, str, str, bool]:
    """A sentence where one figure may count two coordinated nouns, or each has its own.

    "Drones destroyed 14 tanks and trucks near Kutum": gives the text, the first noun, the
    second noun and whether the second has a figure of its own ("14 tanks and 3 trucks").
    """
    figure = draw(st.sampled_from(("14", "dozens of", "hundreds of", "a few", "six")))
    first, _ = draw(st.sampled_from(COORDINATED_PERSONS))
    second, _ = draw(st.sampled_from([n for n in COORDINATED_PERSONS if n[0] != first]))
    own = draw(st.booleans())
    second_text = f"3 {second}" if own else second
    verb = draw(st.sampled_from(("destroyed", "moved", "killed")))
    where = draw(st.sampled_from(("Kutum", "Vessa", "Brask")))
    text = f"The strikes {verb} {figure} {first} and {second_text} near {where} on Monday."
    return text, first, second, own


# ---------------------------------------------------------------- place hierarchy (compare)

__all__ += ["nested_places", "sibling_towns"]

#: (town, a wider place holding it) pairs the default gazetteer knows, real places only.
nested_places = st.sampled_from(
    (
        ("Izium", "Kharkiv Oblast"), ("Izium", "Ukraine"), ("Kharkiv", "Kharkiv Oblast"),
        ("Kupiansk", "Ukraine"), ("Kutum", "North Darfur"), ("El Fasher", "Sudan"),
    )
)  # fmt: skip

#: Two different towns of one region, both known to the default gazetteer.
sibling_towns = st.sampled_from(
    (("Izium", "Kupiansk"), ("Chuhuiv", "Lozova"), ("Kutum", "Mellit"), ("El Fasher", "Tawila"))
)


# -------------------------------------------------------- dates: numeric forms, ranges, leads

__all__ += ["numeric_dates", "wire_date_texts"]


@st.composite
def numeric_dates(draw: st.DrawFn) -> tuple[dt.date, str]:
    """A day (1900..2099) written in digits with its year, day first or month first: (day, text).

    The text may be ambiguous ("04/05/2031"); the law that reads it says which day it names.
    """
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    separator = draw(st.sampled_from("/.-"))
    forms = (
        f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}",
        f"{day.day}{separator}{day.month}{separator}{day.year}",
        f"{day.month}{separator}{day.day}{separator}{day.year}",
        f"{day.month}/{day.day}/{day.year % 100:02d}",
    )
    return day, draw(st.sampled_from(forms))


_WIRE_PHRASES = (
    "10/04/2031", "4/10/31", "10.04.2031", "3/4", "2-1", "v2.10.4", "between Tuesday and",
    "from 3 to 5 April", "on the night of", "in the early hours of Sunday", "at dawn on",
    "the eve of", "over the week", "earlier in the week", "the first week of March",
    "the second half of last year", "from", "to", "and", "/", ".", "-",
)  # fmt: skip

#: Sentence-like text mixing the numeric, range and lead forms with digits and separators.
wire_date_texts = st.lists(
    st.one_of(
        st.sampled_from(_WIRE_PHRASES),
        st.sampled_from(_DATE_PHRASES),
        st.integers(0, 3000).map(str),
        st.text(alphabet="0123456789/.-: ", max_size=12),
    ),
    max_size=25,
).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))


# ------------------------------------------------- gazetteer tokenizer (its byte path, _Tokens)

__all__ += ["word_byte_texts"]

#: Non-ASCII characters a news page puts between words (quotes, dashes, spaces, a combining
#: mark, an emoji, lone surrogates) and a few that are words themselves (digits, letters).
_NON_ASCII_GAPS = ("\u2019", "\u201c", "\u201d", "\u2014", "\u00a0", "\u0301", "\U0001f4a5",
                   "\ud800", "\udfff", "\u2028")  # fmt: skip
_NON_ASCII_WORDS = ("\u00e9", "\u00b2", "\u00bd", "\u0663", "\u0130", "\u00df", "\ufb01")

_BYTE_PATH_PLAIN = st.text(
    alphabet=st.one_of(st.characters(max_codepoint=127), st.sampled_from(_NON_ASCII_GAPS)),
    min_size=50,
    max_size=300,
)

#: Mostly-ASCII text, long enough for the tokenizer's byte path, or such text with one non-ASCII
#: letter or digit inside, which must send it back to the regular expression.
word_byte_texts = st.one_of(
    _BYTE_PATH_PLAIN,
    st.tuples(_BYTE_PATH_PLAIN, st.sampled_from(_NON_ASCII_WORDS), _BYTE_PATH_PLAIN).map("".join),
)


# ------------------------------------------------ quantities: what may follow a figure (speed)

__all__ += ["FIGURE_TAILS", "figure_tails"]

#: Text right after a figure, one for each way a pattern read there can start ("may_follow"):
#: units, times, months, scales, clock times, bounds, increments, ranges, phone and list ends.
FIGURE_TAILS = (
    *(" a.m.", " p m", " PM", "am", " o'clock", " o\u2019clock", " GMT", " utc", " h,", " h"),
    *(" hrs", " local time", ":30", "\u00a0km", " m\u00b2", " m2", " m.", " mi.", " ha.", "ha"),
    *(" of March", " - 6 March", "/7 Jan", " Sept.", " \u2013 6 May", " or so", " odd", "-odd"),
    *(" plus", " -plus", "+", " others", " other ", " more", " to 7", " and 6", " \u2014 6"),
    *("-strong", "  \n", "    \n", " \r\n", ".", ". ", ")", " 555-1234", ".555.1234", "'s"),
    *("s", "th", "\u2019s", " \u017fq km", " \u212am", " per cent", " pct", " percentage point"),
    *(" thousand", "-million", " trillion", "bn", "k", " years", " centuries", " sq. mi"),
    *(" cubic metres", " nautical miles", " nmi", " mph", " kph", " km/h", " knots", " inches"),
    *(" feet", " foot", " ft", " yards", " hectares", " acres", " tonnes", " kg", " grams"),
    *(" litres", " gallons", " barrels", " millimetres", " cm", " decades", "-year-old", "-6"),
    *(" fighters", " people", " Palestinians", " killed", " were", " militants", ", ", ";"),
)  # fmt: skip

#: What may follow a figure: a known tail, a tail cut short, or any short text.
figure_tails = st.one_of(
    st.sampled_from(FIGURE_TAILS),
    st.sampled_from(FIGURE_TAILS).flatmap(lambda tail: st.just(tail[: len(tail) // 2 + 1])),
    st.text(
        alphabet=" \t\u00a0\u202f.-/:'\u2019\u00b2\u017f\u212a\n0123abcdhkmopstuMJ", max_size=8
    ),
    st.text(max_size=8),
)


# -------------------------------------------------------- dates: words packed around anchors

__all__ += ["worded_texts"]

#: What stands between words: spaces of every width, punctuation, line breaks, the four
#: characters case-blind patterns read as ASCII letters, a letter outside ASCII, nothing.
_WORD_GAPS = (
    " ", " ", " ", "  ", "   ", "    ", "-", " - ", "   -   ", "    -", ", ", ",", ".", "\u00a0",
    "\t", "\n", "\u2013", "\u2019", "", "\u017f", "\u0130", "\u0131", "\u212a", "\u00e9", "x",
)  # fmt: skip


@st.composite
def _worded_piece(draw: st.DrawFn, words: tuple[str, ...]) -> str:
    word = draw(st.one_of(st.sampled_from(words), st.integers(0, 2100).map(str)))
    spelling = draw(st.sampled_from((word, word, word, word.upper(), word.capitalize())))
    return spelling + draw(st.sampled_from(_WORD_GAPS))


def worded_texts(words: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Text packed with ``words`` and numbers, in any case, between gaps of every kind.

    Args:
        words: the vocabulary, e.g. every word a grammar knows.

    Returns:
        A strategy of such texts, up to 40 words long.
    """
    return st.lists(_worded_piece(words), max_size=40).map("".join)


# ---------------------------------------------------------------- documents and addresses

__all__ += ["dated_urls", "document_objects"]

_URL_SHAPES = (
    "https://news.example/world/{d:%Y/%m/%d}/strike-kills-ten",
    "https://news.example/{d:%Y}/{d.month}/{d.day}/strike",
    "https://www.example.com/world/{d:%Y}/{d:%b}/{d:%d}/strike-hits-town",
    "https://example.org/news/strike-kills-ten-{d:%Y%m%d}-story.html",
    "https://example.org/{d:%Y-%m-%d}/strike?ref=home",
    "http://wap.example.cn/english/{d:%Y-%m}/{d:%d}/c_138741271.htm",
)


@st.composite
def dated_urls(draw: st.DrawFn) -> tuple[dt.date, str]:
    """An address in one of the common shapes that show a date, with that date."""
    day = draw(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2039, 12, 31)))
    shape = draw(st.sampled_from(_URL_SHAPES))
    return day, shape.format(d=day)


@st.composite
def document_objects(draw: st.DrawFn) -> dict[str, object]:
    """JSON objects of documents as this library, news-please and trafilatura write them."""
    text_key = draw(st.sampled_from(("text", "maintext", "raw_text")))
    day = draw(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2039, 12, 31)))
    date_key = draw(st.sampled_from(("published", "date_publish", "date")))
    date_text = draw(st.sampled_from((day.isoformat(), f"{day.isoformat()} 08:30:00")))
    outlet_key = draw(st.sampled_from(("outlet", "sitename", "source_domain", "hostname")))
    obj: dict[str, object] = {text_key: draw(st.text(min_size=1, max_size=80))}
    if draw(st.booleans()):
        obj[date_key] = date_text
    if draw(st.booleans()):
        obj[outlet_key] = draw(st.sampled_from(("Example News", "news.example")))
    if draw(st.booleans()):
        obj["id"] = draw(st.sampled_from(("a1", "doc-2", "x")))
    return obj


# ---------------------------------------------------------------- web pages (parse_html)

__all__ += ["hostile_html", "html_articles"]

#: Pieces of markup a hostile or broken page is made of.
_HTML_PIECES = (
    "<html>", "</html>", "<head>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>",
    "<article>", "</article>", "<nav>", "<footer>", "<br>", "<h1>", "</h1>", "<table><tr><td>",
    "<script>alert(1)</script>", "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "]]>",
    "<?xml version=\"1.0\" encoding=\"latin-1\"?>", "<!DOCTYPE html>", "&amp;", "&#0;",
    "&#x110000;", "&nbsp;", "&bogus;", "<meta property=\"article:published_time\" content=\"",
    "2031-04-09", "9999-99-99", "\">", "<meta name=\"author\" content=\"", "<title>", "</title>",
    "<time datetime=\"2031-02-30\">", "<a href=\"javascript:alert(1)\">", "<img src=x onerror=y>",
    "<svg><foreignObject>", "<math><mi>", "<template>", "<noscript>", "<plaintext>",
    "\x00", "\ufeff", "\u202e", "\r\n", "\n\n", " ", "Twelve soldiers were killed on Monday.",
    "At least 40 people died, officials said.", "<", ">", "</", "=", "\"", "'",
)  # fmt: skip


@st.composite
def hostile_html(draw: st.DrawFn) -> str:
    """Broken, hostile or odd markup: tag soup, deep nesting, junk characters, long runs."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_HTML_PIECES),
                st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
            ),
            max_size=60,
        )
    )
    depth = draw(st.sampled_from((0, 0, 0, 300, 3000)))
    tag = draw(st.sampled_from(("div", "p", "b", "span", "table")))
    return f"<{tag}>" * depth + "".join(pieces) + f"</{tag}>" * draw(st.integers(0, depth))


@st.composite
def html_articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """An article page's text (title, furniture, paragraphs) and its paragraphs."""
    paragraphs = draw(clean_articles())
    lines = [draw(st.sampled_from(_SUBJECTS)) + " in the news", *paragraphs]
    return "\n\n".join(lines), paragraphs


# ---------------------------------------------------------------- documents in bulk (pipelines)

__all__ += ["GENERATED_STORIES", "documents", "generated_documents", "pipeline_claims"]

import random  # noqa: E402 - this section's own import
from collections.abc import Iterator  # noqa: E402 - this section's own import
from decimal import Decimal  # noqa: E402 - this section's own import

from conflictfacts.documents import Document  # noqa: E402 - this section's own import

#: Stories of the generated corpus: (town, region, party, source, first day). Each names a town
#: below country level and a party the default gazetteer knows, so an undated page of a story
#: borrows its date from the dated pages of the same story on the command line.
GENERATED_STORIES = (
    ("Goma", "North Kivu", "M23", "the army", dt.date(2031, 4, 6)),
    ("El Fasher", "North Darfur", "RSF", "the health ministry", dt.date(2031, 5, 2)),
    ("Hodeidah", "Yemen", "Houthis", "the Houthi-run health ministry", dt.date(2030, 11, 20)),
    ("Izium", "Kharkiv Oblast", "Russian forces", "the regional governor", dt.date(2031, 2, 10)),
    ("Bunia", "Ituri", "ADF", "local officials", dt.date(2031, 7, 14)),
    ("Khan Younis", "Gaza", "Israeli army", "the health ministry", dt.date(2030, 9, 1)),
)
_GEN_OUTLETS = ("Meridian Wire", "Daily Courier", "Radio Boreal", "Northern Ledger", "Gazette")
_GEN_LEADS = (
    "{n} {group} were killed in {town} on {weekday} when {party} shelled the market, {source}"
    " said.",
    "At least {n} {group} were wounded in an attack on {town} on {weekday}, {source} said.",
    "The death toll from {weekday}'s strike on {town} rose to {n}, {source} said.",
    "{party} said it had destroyed {n} drones over {region} overnight.",
    "Fighting near {town} killed {n} {group} on {weekday}, according to {source}.",
)
_GEN_FOLLOWS = (
    "More than {big:,} people have fled {region} since {month}, according to the UN.",
    "{party} denied the report in a statement.",
    "Aid groups said {n2} aid workers were missing after the fighting.",
    "Residents said {n2} homes were destroyed in {town}.",
    "The army said {n2} {party} fighters had been captured.",
    "The United Nations called for an immediate ceasefire.",
    "The clashes killed {total} fighters: {part} pro-government fighters and {rest} {party}"
    " fighters, {source} said.",
)
#: Background of a wire report: quotes, context and reaction, most of it without figures.
_GEN_BACKGROUND = (
    '"We heard the explosions all night and we did not know where to go," said one resident of'
    " {town}, who asked not to be named for fear of reprisals.",
    "The fighting around {town} has intensified since {month}, when {party} launched a new"
    " offensive to take control of the main road into {region}.",
    "Humanitarian agencies have warned that hospitals in {region} are running out of fuel and"
    " medicine, and that access for aid convoys remains severely restricted.",
    "{party} did not immediately respond to a request for comment, and the figures could not"
    " be independently verified.",
    "Diplomats meeting in Geneva this week called on all parties to respect international"
    " humanitarian law and to allow safe passage for civilians.",
    "Local journalists said communications with {town} had been cut for most of the day,"
    " making it difficult to confirm reports from the area.",
    "The United Nations said last month that more than {big:,} people in {region} needed"
    " food assistance.",
    "Analysts say control of {town} would give {party} a strategic advantage ahead of any"
    " negotiations.",
    "Residents described long queues for bread and water as prices in the markets of {town}"
    " doubled over the past week.",
    "Schools across {region} have been closed since the start of the month.",
)
_GEN_GROUPS = ("civilians", "soldiers", "people", "children", "fighters")
_GEN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GEN_NUMBERS = ("two", "three", "four", "five", "six", "seven", "12", "nearly 20", "dozens of")


def _generated_document(rng: random.Random, number: int, seed: int) -> Document:
    town, region, party, source, first = rng.choice(GENERATED_STORIES)
    published = first + dt.timedelta(days=rng.randrange(0, 21))
    weekday = _GEN_WEEKDAYS[(published.weekday() - rng.randrange(1, 4)) % 7]
    outlet = rng.choice(_GEN_OUTLETS)
    fill = {
        "town": town, "region": region, "party": party, "source": source, "weekday": weekday,
        "group": rng.choice(_GEN_GROUPS), "n": rng.choice(_GEN_NUMBERS),
        "n2": rng.randrange(2, 60), "big": rng.randrange(1, 900) * 1000,
        "month": _DATE_MONTHS[(published.month - 2) % 12],
        "total": rng.randrange(20, 40), "part": rng.randrange(5, 15), "rest": rng.randrange(5, 25),
    }  # fmt: skip
    lead = rng.choice(_GEN_LEADS).format(**fill)
    lead = lead[0].upper() + lead[1:]
    follows = [line.format(**fill) for line in rng.sample(_GEN_FOLLOWS, rng.randrange(1, 4))]
    background = [line.format(**fill) for line in rng.sample(_GEN_BACKGROUND, rng.randrange(3, 9))]
    body = follows + background
    rng.shuffle(body)
    title = f"{town}: {rng.choice(('fighting flares', 'toll rises', 'residents flee'))}"
    lines = [title, f"{town.upper()} ({outlet}) \u2014 {lead}", *body]
    if rng.random() < 0.2:
        lines.insert(rng.randrange(1, len(lines)), rng.choice(("Advertisement", "Read more")))
    shape = rng.random()
    slug = title.lower().replace(" ", "-").replace(":", "")
    if shape < 0.5:  # the crawler knows the date
        return Document(
            "\n\n".join(lines), id=f"g{seed}-{number}", published=published, outlet=outlet
        )
    if shape < 0.8:  # the address shows it
        url = f"https://news.example/{published:%Y/%m/%d}/{slug}-{number}"
        return Document("\n\n".join(lines), id=f"g{seed}-{number}", url=url, outlet=outlet)
    # no date anywhere: the command line borrows one from the story's other pages
    url = f"https://news.example/world/{slug}-{number}"
    return Document("\n\n".join(lines), id=f"g{seed}-{number}", url=url)


def generated_documents(count: int, seed: int = 0) -> Iterator[Document]:
    """``count`` invented news documents, lazily, the same for the same seed.

    Wire reports of the :data:`GENERATED_STORIES`, 1,000 to 2,000 characters: casualty and
    displacement figures, weekdays to resolve, quotes and background, page furniture; half dated
    by the crawler, three in ten by their address, the rest undated. For benchmarks and bulk
    tests, where a Hypothesis strategy would be slow.
    """
    rng = random.Random(seed)
    for number in range(count):
        yield _generated_document(rng, number, seed)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A document as a crawler hands it over: page text with or without its metadata."""
    text = draw(st.one_of(article_pages().map(lambda pair: pair[1]), page_text))
    published = draw(
        st.one_of(st.none(), st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2039, 1, 1)))
    )
    return Document(
        text,
        id=draw(st.one_of(st.none(), st.text(max_size=8))),
        url=draw(st.sampled_from((None, "https://news.example/2031/04/09/strike"))),
        published=published,
        outlet=draw(st.sampled_from((None, "Example News"))),
        title=draw(st.sampled_from((None, "Strike on Goma", ""))),
    )


@st.composite
def pipeline_claims(draw: st.DrawFn) -> Claim:
    """Claims as they reach a data frame: from records, from real text, fractional or huge."""
    kind = draw(st.sampled_from(("record", "text", "fraction", "huge")))
    if kind == "text":
        sentence, figure = draw(casualty_sentences)
        found = [
            claim
            for claim in _extract_text(sentence.format(n=f"{figure:,}"), draw(reference_dates))
            if claim.kind.value != "other"
        ]
        if found:
            return found[0]
    record = draw(claim_records())
    if kind == "fraction":
        value = Decimal(draw(st.integers(1, 10**6))) / 10
        record.update(value=value, low=value, high=draw(st.sampled_from((value, None))))
        record["unit"] = "km2"
    elif kind == "huge":
        record.update(value=10**18, low=10**18, high=None)
    return Claim.from_record(record)


def _extract_text(text: str, published: dt.date) -> tuple[Claim, ...]:
    from conflictfacts.article import parse_article  # noqa: PLC0415 - keeps imports of strategies light
    from conflictfacts.extraction import extract_claims  # noqa: PLC0415

    return extract_claims(parse_article(text, published=published))


# --------------------------------------------------------------- streams of reports (compare)


def incident_record(
    value: int,
    *,
    outlet: str,
    given: dt.date,
    day: dt.date,
    place: str = "Kharkiv",
    subject: str = "people",
    kind: str = "killed",
    source: str | None = None,
) -> dict[str, object]:
    """A claim record of one day's incident, as one outlet gave its figure on ``given``."""
    return {
        "kind": kind, "value": value, "subject": subject, "place": place,
        "date_start": day.isoformat(), "date_end": day.isoformat(), "outlet": outlet,
        "path": f"{outlet}.txt", "published": given.isoformat(), "source": source,
    }  # fmt: skip


@st.composite
def rising_tolls(draw: st.DrawFn) -> list[dict[str, object]]:
    """Reports of one incident's toll, each given on a later day with a larger figure."""
    count = draw(st.integers(min_value=2, max_value=5))
    figures = sorted(draw(st.sets(st.integers(1, 5000), min_size=count, max_size=count)))
    gaps = draw(st.lists(st.integers(1, 6), min_size=count, max_size=count))
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)))
    sources = draw(st.lists(st.sampled_from([None, "health ministry", "monitor", "army"]),
                            min_size=count, max_size=count))  # fmt: skip
    given = day
    records = []
    for index, (figure, gap, source) in enumerate(zip(figures, gaps, sources, strict=True)):
        given += dt.timedelta(days=gap)
        records.append(
            incident_record(figure, outlet=f"Outlet {index}", given=given, day=day, source=source)
        )
    return records


@st.composite
def split_tolls(draw: st.DrawFn) -> list[dict[str, object]]:
    """Articles that each give one incident's total and the two parts it adds up from.

    "105 killed: 101 in the building and four next door", in each article, the total and the
    parts credited to the same source or to rival ones, on one day or on later report days.
    """
    first = draw(st.integers(1, 900))
    second = draw(st.integers(1, 900).filter(lambda value: value != first))
    count = draw(st.integers(min_value=1, max_value=4))
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)))
    sources = st.sampled_from([None, "health ministry", "monitor", "army"])
    records = []
    for index in range(count):
        given = day + dt.timedelta(days=draw(st.integers(0, 5)))
        whole, parts = draw(sources), draw(sources)
        outlet = f"Outlet {index}"
        records.append(incident_record(first + second, outlet=outlet, given=given, day=day,
                                       source=whole))  # fmt: skip
        for part in draw(st.permutations([first, second])):
            records.append(
                incident_record(part, outlet=outlet, given=given, day=day, source=parts)
            )
    return records


# ---------------------------------------------------------------- stories (find_discrepancies)

#: Invented towns of one story and of another; tests add them to a gazetteer.
STORY_TOWN = "Vessa"
OTHER_TOWN = "Talvera"
#: Each name as the outlets may write it: the first is the usual form.
_GOVERNOR_FIRST = ("Halvard", "Halvord", "Halvárd")
_GOVERNOR_LAST = ("Ruun", "Ruun's")
_DRONES = ("K-27", "K-37", "k-27")
_SHELTERS = ("Kutum", "Kutoum", "Kutumh")
_OUTLETS = ("Meridian Wire", "Daily Courier", "Northern Post", "Coastal Herald", "Evening Star")
_STORY_SENTENCES = (
    "Governor {first} {last} said on Monday that shelling had hit {town} overnight.",
    "{last} told reporters that {drones} drones had circled {town} for hours.",
    "Aid groups said shelters in {shelter} were full after the strikes on {town}.",
    "Residents of {town} said the Kestrel {drones} drones flew low over the market.",
    "Officials in {town} said roads to {shelter} were closed.",
)


@st.composite
def story_batches(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Two to five wire stories about one town, each writing its names one way.

    Returns ``(outlet, text)`` pairs; every story names :data:`STORY_TOWN`.
    """
    count = draw(st.integers(2, 5))
    outlets = draw(st.permutations(_OUTLETS))[:count]
    batch = []
    for outlet in outlets:
        names = {
            "first": draw(st.sampled_from(_GOVERNOR_FIRST)),
            "last": draw(st.sampled_from(_GOVERNOR_LAST)).removesuffix("'s"),
            "drones": draw(st.sampled_from(_DRONES)),
            "shelter": draw(st.sampled_from(_SHELTERS)),
            "town": STORY_TOWN,
        }
        picked = draw(st.lists(st.sampled_from(_STORY_SENTENCES), min_size=1, max_size=4))
        body = " ".join(sentence.format(**names) for sentence in picked)
        batch.append((outlet, f"Shelling hits {STORY_TOWN}\n\n{body}\n"))
    return batch


# ---------------------------------------------------------------- incident frames

__all__ += ["incident_pages"]

#: Sentences of invented reports that state incidents, refer back to them, give figures and
#: date statements: "{d}" is a day, "{n}" a figure.
_INCIDENT_SENTENCES = (
    "A drone strike hit an army convoy near Kutum on {d}, the army said.",
    "Shelling hit the market in Vessa on {d}.",
    "The death toll from the strike rose to {n} on {d}, a medical source said.",
    "{n} civilians were killed in the attack.",
    "Another {n} people were wounded in the shelling, the ministry said on {d}.",
    "Gunmen ambushed a convoy outside Talvera on {d}.",
    "The army said on {d} that {n} soldiers were killed in the ambush.",
    "The war has killed {n} people since {d}.",
    "Rebels attacked the town on {d}, witnesses said.",
    "The offensive began on {d} and has displaced {n} people.",
    "Residents said the raid lasted for hours.",
    "{n} houses were destroyed in the bombing on {d}.",
    "The toll stood at {n} as of {d}.",
    "Officials did not say who carried out the blast.",
)
_INCIDENT_DAYS = ("Saturday", "Sunday", "Monday", "March 3", "4 April", "last week", "2030")


@st.composite
def incident_pages(draw: st.DrawFn) -> str:
    """A headline and paragraphs of sentences that state incidents and refer back to them."""
    sentences = draw(
        st.lists(
            st.tuples(
                st.sampled_from(_INCIDENT_SENTENCES),
                st.sampled_from(_INCIDENT_DAYS),
                st.integers(2, 5000),
                st.sampled_from((" ", " ", "\n\n")),
            ),
            min_size=1,
            max_size=10,
        )
    )
    body = "".join(s.format(d=d, n=f"{n:,}") + gap for s, d, n, gap in sentences)
    return draw(st.sampled_from(("Strike near Kutum", "Shelling in Vessa", ""))) + "\n\n" + body


@st.composite
def denials(draw: st.DrawFn) -> tuple[str, int, int | None]:
    """A sentence in which a source denies a figure: its text, the figure denied, and the
    figure it affirms instead, if any ("The army denied that 40 soldiers were killed in
    Vessa, saying 12 died.")."""
    source = draw(st.sampled_from(["The army", "The Defence Ministry", "Police in Kutum"]))
    verb = draw(st.sampled_from(["denied", "denies", "rejected", "dismissed", "refuted"]))
    noun = draw(st.sampled_from(["reports", "claims", "earlier reports", "the allegations"]))
    denied = draw(st.integers(2, 999))
    place = draw(st.sampled_from(["Vessa", "Kutum", "Talvera"]))
    forms = [
        f"{source} {verb} {noun} that {denied} soldiers were killed in {place}",
        f"{source} {verb} {noun} of {denied} dead in {place}",
        f"{source} said {noun} of {denied} dead in {place} were false",
        f"{source} said {noun} that {denied} soldiers died in {place} were baseless",
    ]
    if verb in {"denied", "denies"}:
        forms.append(f"{source} {verb} that {denied} soldiers were killed in {place}")
    opening = draw(st.sampled_from(forms))
    affirmed = draw(st.none() | st.integers(2, 999).filter(lambda n: n != denied))
    if affirmed is None:
        return f"{opening}.", denied, None
    return f"{opening}, saying {affirmed} soldiers died.", denied, affirmed


# ---------------------------------------------------------------- equipment counted (compare)

#: Wordings of one kind of equipment, each a tuple of synonyms that must fold to one head.
EQUIPMENT_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("warplanes", "fighter jets", "jets", "planes", "aircraft", "combat aircraft", "fighters"),
    ("drones", "UAVs", "unmanned aerial vehicles", "armed drones", "unmanned aircraft"),
    ("helicopters", "attack helicopters", "helicopter gunships", "choppers"),
    ("air defence systems", "air-defense platforms", "air defense batteries", "air defences"),
)

#: Model designations as news prints them, with their maker's letters and their digits.
_MODEL_MAKERS = ("Su", "MiG", "F", "T", "L", "Yak", "S", "Tu")


@st.composite
def equipment_wordings(draw: st.DrawFn) -> tuple[str, str]:
    """Two wordings of one kind of equipment, each with an optional side."""
    words = draw(st.sampled_from(EQUIPMENT_SYNONYMS))
    side = st.sampled_from(("", "Syrian ", "Talveran ", "regime ", "enemy "))
    first = draw(side) + draw(st.sampled_from(words))
    second = draw(side) + draw(st.sampled_from(words))
    return first, second


@st.composite
def model_designations(draw: st.DrawFn) -> str:
    """A model designation: "Su-24", "MiG-29", "F-16", "T-72B"."""
    maker = draw(st.sampled_from(_MODEL_MAKERS))
    number = draw(st.integers(1, 999))
    suffix = draw(st.sampled_from(("", "", "B", "M")))
    return f"{maker}-{number}{suffix}"
