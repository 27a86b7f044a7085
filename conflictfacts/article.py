r"""Parsing a scraped news page into an :class:`Article`.

A scraped page is the article's paragraphs mixed with the page around them: navigation and
skip links, advertisement labels, sign-up and app prompts, legal notices, lists of related
headlines, photo captions and credits, bylines, datelines and wire credits. The parser reads
the page line by line on a normalised working copy (plain spaces, straight quotes, one kind of
line break) and sorts each line by general cues: its shape (a sentence or a headline), its
length, the furniture tables in :mod:`conflictfacts._furniture`, its position after a
"Related" heading, and credit patterns of slashes and capitals. Every span it reports indexes
the caller's original text.

>>> page = "World\n\nShelling hits port city\n\nBy Ana Ruiz\nODESA, Ukraine\n\n"
>>> page += "Shelling hit the port on 3 May 2022. Two people were killed.\n\nRead more"
>>> article = parse_article(page)
>>> article.title, article.authors, article.dateline
('Shelling hits port city', ('Ana Ruiz',), 'ODESA, Ukraine')
>>> article.body
'Shelling hit the port on 3 May 2022. Two people were killed.'
>>> article.published, article.published_inferred
(datetime.date(2022, 5, 3), True)
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import NamedTuple

import attrs

from conflictfacts import _furniture as furn
from conflictfacts._pickling import compact
from conflictfacts._sentences import sentence_bounds
from conflictfacts._textmap import TextMap
from conflictfacts._urls import date_of_url
from conflictfacts.dates import find_dates
from conflictfacts.errors import InputTypeError, expect_str
from conflictfacts.spans import Span

__all__ = [
    "CONTEXT_WINDOW_DAYS",
    "Article",
    "Caption",
    "DateBasis",
    "Sentence",
    "parse_article",
    "split_sentences",
]


@compact
@attrs.frozen
class Sentence:
    """One sentence of the body, as a span into the original text.

    >>> s = Sentence(0, 5, "Hello")
    >>> s.span
    Span(start=0, end=5)
    """

    #: Offset of the first character in the original text.
    start: int
    #: Offset one past the last character in the original text.
    end: int
    #: ``original[start:end]``.
    text: str

    @property
    def span(self) -> Span:
        """The sentence's span.

        >>> Sentence(3, 8, "Hello").span
        Span(start=3, end=8)
        """
        return Span(self.start, self.end)


@compact
@attrs.frozen
class Caption:
    r"""A photo caption or credit, kept apart from the body.

    >>> page = "Shelling hits Kherson\n\nRescuers search rubble, 2 March 2031.\nJOHN DOE/AFP\n"
    >>> caption = parse_article(page + "\nSeven people were killed.\n").captions[0]
    >>> caption.credit, caption.date
    ('JOHN DOE/AFP', datetime.date(2031, 3, 2))
    """

    #: Offset of the first character in the original text.
    start: int
    #: Offset one past the last character in the original text.
    end: int
    #: ``original[start:end]``.
    text: str
    #: The photo credit ("AAREF WATAD/AFP/Getty Images"), when the page gives one.
    credit: str | None = None
    #: The date the caption names for its picture, when it names one.
    date: dt.date | None = None


class DateBasis(enum.Enum):
    """Where an article's publication date came from.

    >>> parse_article("Ten died.", url="https://news.example/2031/04/09/x").date_basis
    <DateBasis.URL: 'url'>
    """

    #: The caller gave it (``published=``).
    CALLER = "caller"
    #: The page shows it (a date line, a crawler's date line).
    PAGE = "page"
    #: The page's address shows it (``/2023/01/15/``, ``20230115``).
    URL = "url"
    #: Inferred: the latest full date the body or a caption names.
    TEXT = "text"
    #: Inferred: the ``context`` date (a crawl date, or the date of related articles).
    CONTEXT = "context"


@compact
@attrs.frozen
class Article:
    r"""A parsed news page: the original text, its cleaned body, sentences, captions and metadata.

    >>> article = parse_article(
    ...     "Ceasefire collapses in Tigray\n\n"
    ...     "Fighting resumed near Mekelle on Monday. Ten people died, officials said.\n"
    ... )
    >>> article.title
    'Ceasefire collapses in Tigray'
    >>> [s.text for s in article.sentences]
    ['Fighting resumed near Mekelle on Monday.', 'Ten people died, officials said.']
    """

    #: The text exactly as given.
    text: str = attrs.field(repr=False)
    #: The article's own paragraphs, furniture and captions removed, joined by blank lines.
    body: str = attrs.field(repr=False)
    #: Spans of the body paragraphs in the original text.
    paragraphs: tuple[Span, ...] = attrs.field(repr=False)
    #: Body sentences, as spans into the original text.
    sentences: tuple[Sentence, ...] = attrs.field(repr=False)
    #: Photo captions and credits.
    captions: tuple[Caption, ...] = attrs.field(repr=False)
    #: The headline, when the page shows one.
    title: str | None = None
    #: Where the headline stands in the original text.
    title_span: Span | None = attrs.field(default=None, repr=False)
    #: Publication date: the caller's, the page's, or inferred from the body.
    published: dt.date | None = None
    #: Whether ``published`` was inferred from dates the body mentions.
    published_inferred: bool = False
    #: The outlet: the caller's, or the page's own self-reference.
    outlet: str | None = None
    #: The byline's authors.
    authors: tuple[str, ...] = ()
    #: The dateline ("ANKARA, Turkey").
    dateline: str | None = None
    #: Wire agencies credited ("AP", "Reuters").
    agencies: tuple[str, ...] = ()
    #: The page's address, when the caller gives it.
    url: str | None = None
    #: Where ``published`` came from; ``None`` when the date is unknown.
    date_basis: DateBasis | None = None


_PATTERNS = {
    # the crawler's own date line at the very top: " date 2020-03-04  Skip to main content"
    "crawl_date": re.compile(r"^date {1,5}(\d{4})-(\d{2})-(\d{2})\b"),
}


class _Line(NamedTuple):
    """One non-blank line of the working copy (a named tuple: a page makes many, quickly)."""

    start: int
    end: int
    text: str
    #: Blank lines between this line and the previous non-blank one.
    gap: int


#: A line this long that stops mid-sentence, followed at once by a line that goes on in lower
#: case or with a digit, was wrapped by the page or the scraper: the two are one line.
_WRAP_WIDTH = 40
_SENTENCE_END = tuple(".!?:;\"')]\u201d\u2019")


def _wrapped(previous: _Line, line: _Line) -> bool:
    """Whether ``line`` continues ``previous``, hard-wrapped in the middle of a sentence."""
    first = line.text[:1]
    return (
        line.gap == 0
        and len(previous.text) >= _WRAP_WIDTH
        and not previous.text.endswith(_SENTENCE_END)
        and (first.islower() or first.isdigit())
    )


def _lines(norm: str) -> list[_Line]:
    """Non-blank lines of the working copy, stripped of spaces, with their offsets.

    Lines hard-wrapped in the middle of a sentence are joined back into one line.
    """
    out: list[_Line] = []
    gap = 0
    position = 0
    for raw in norm.split("\n"):
        stripped = raw.strip(" ")
        if stripped:
            start = position + (len(raw) - len(raw.lstrip(" ")) if raw[:1] == " " else 0)
            line = _Line(start, start + len(stripped), stripped, gap)
            if gap == 0 and out and _wrapped(out[-1], line):  # (only a line with no gap wraps)
                joined = out[-1]
                out[-1] = _Line(joined.start, line.end, norm[joined.start : line.end], joined.gap)
            else:
                out.append(line)
            gap = 0
        else:
            gap += 1
        position += len(raw) + 1
    return out


def _split_crawl_date(lines: list[_Line]) -> tuple[list[_Line], dt.date | None]:
    """Take the crawler's ``date YYYY-MM-DD`` prefix off the first line."""
    if not lines:
        return lines, None
    first = lines[0]
    match = _PATTERNS["crawl_date"].match(first.text)
    if match is None:
        return lines, None
    try:
        day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        day = None
    rest = first.text[match.end() :]
    stripped = rest.strip(" ")
    tail: list[_Line] = []
    if stripped:
        start = first.start + match.end() + (len(rest) - len(rest.lstrip(" ")))
        tail.append(_Line(start, start + len(stripped), stripped, 0))
    return tail + lines[1:], day


def _is_body_shaped(line: str) -> bool:
    """A line that reads as the article's prose: a sentence, or a long run of words."""
    # (``split`` stops after twenty parts: there are twenty only when there are twenty words)
    return furn.is_sentence_shaped(line) or len(line.split(None, 19)) == 20


#: The fewest words of a last line cut off in mid-sentence that is still read as prose.
_CUT_WORDS = 8


def _is_cut_prose(line: str) -> bool:
    """A line of prose cut off in mid-word or mid-clause: the page's copy stops inside it.

    "Last week the army said that at least 275 civilians were killed i": eight words or
    more, a capital or a figure first, no stop at its end, and most of its words in lower
    case (a headline in title case is no prose).
    """
    text = line.rstrip()
    if not text or not (text[-1].isalnum() or text[-1] == ","):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    words = text[:400].split()
    if len(words) < _CUT_WORDS:
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return 2 * lower > len(words) - 1


def _is_headline_shaped(line: str) -> bool:
    """A line that could be a headline: three to twenty words, not a sentence."""
    return 3 <= furn.word_count(line) < 20 and not furn.is_sentence_shaped(line)


def _is_listed_headline(line: str) -> bool:
    """A line of a link list that ends like a sentence: a bullet, or a short question."""
    if line[:1] in "\u2022\u00b7\u25aa*-":
        return True
    return line.rstrip("\"' ").endswith("?") and furn.word_count(line) < 15


def _caption_dated(line: str) -> bool:
    """Whether a caption's first sentence ends with the picture's date ("..., 4 May 2021.")."""
    for _, end, _ in furn.find_full_dates(line[:400]):
        rest = line[end : end + 2]
        if rest[:1] in (".", "") and rest[1:2] in (" ", ""):
            return True
    return False


def _explicit_days(line: str) -> list[dt.date]:
    """Days named in full (day, month and year) in ``line``.

    :func:`conflictfacts.dates.find_dates` reads the same forms, but it is not yet linear on
    megabyte lines, so the parser keeps its own small grammar of full dates.
    """
    return [day for _, _, day in furn.find_full_dates(line)]


#: How many days after the latest day a dateless page names its ``context`` date may fall
#: and still stand as the page's inferred publication date. A report is mostly written within
#: days of the latest day it names; a context further on (the median date of a batch that
#: follows a story for weeks) belongs to later pages, so the page's own latest day stands.
CONTEXT_WINDOW_DAYS = 3

#: Characters of each body line searched for days named without a year.
_YEARLESS_SCAN_CHARS = 5000


#: A day named without a year is the last of its name on or before ``context``, or up to this
#: many days after it (the guess may be a little early).
_YEARLESS_AHEAD = dt.timedelta(days=31)
_YEAR = re.compile(r"\d{4}")
#: A month's name: a yearless day is one that names its month ("12 days after" is no such day).
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def _yearless_days(lines: list[_Line], context: dt.date) -> list[dt.date]:
    """Days a page names with day and month but no year ("February 20"), read near ``context``.

    ``context`` is only a guess at the page's date: "March 15" on a page guessed to be of late
    February is that year's, not the year before.

    A day something starts from or must be done by ("convoys from May 4", "until May 4",
    "on May 4 will start") may be after the page's: it does not date it.

    >>> _yearless_days([_Line(0, 26, "Talks were on March 3.", 0)], dt.date(2031, 2, 28))
    [datetime.date(2031, 3, 3)]
    >>> _yearless_days([_Line(0, 26, "Patrols start from March 15.", 0)], dt.date(2031, 2, 28))
    []
    """
    days = []
    for line in lines:
        text = line.text[:_YEARLESS_SCAN_CHARS]
        for mention in find_dates(text, context):
            span = mention.span
            if (
                span is not None
                and (span.end - span.start).days <= 3
                and any(ch.isdigit() for ch in mention.text)
                and _MONTH_NAME.search(mention.text) is not None
                and not _opens_ahead(text, mention.start, mention.end)
            ):
                day = span.end
                if _YEAR.search(mention.text) is None:
                    # read as the last of its name: a day just after the guess is this year's
                    ahead = _next_year(day)
                    if ahead is not None and ahead <= context + _YEARLESS_AHEAD:
                        day = ahead
                days.append(day)
    return days


#: A weekday's name, as a page names the day of something ("on Friday afternoon").
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _week_told(lines: list[_Line], named: list[dt.date]) -> dt.date | None:
    """The day after every day the page names that its weekdays tell, if one does.

    Asked only of a page that names its latest day with its weekday ("on Friday, 26 March"):
    it tells that week by weekdays. A weekday is the day of its name among the named days of
    the week up to the latest, else the first of its name after it. ``None`` when the page
    does not name its latest day so, or no weekday falls after it.

    >>> lines = [_Line(0, 48, "Raids on Wednesday, 24 March; on Saturday more.", 0)]
    >>> _week_told(lines, [dt.date(2021, 3, 24)])
    datetime.date(2021, 3, 27)
    >>> _week_told([_Line(0, 40, "Raids on 24 March; on Saturday more.", 0)],
    ...            [dt.date(2021, 3, 24)]) is None
    True
    """
    last = max(named)
    day_name, month = _WEEKDAYS[last.weekday()], _MONTHS[last.month - 1]
    with_weekday = re.compile(
        rf"\b{day_name},?\s(?:{last.day}\b|{month}[a-z]{{0,6}}\.?\s{last.day}\b)"
    )
    if not any(with_weekday.search(line.text[:_YEARLESS_SCAN_CHARS]) for line in lines):
        return None
    week = {day.weekday(): day for day in sorted(named) if (last - day).days < 7}
    latest: dt.date | None = None
    for line in lines:
        for match in _WEEKDAY.finditer(line.text[:_YEARLESS_SCAN_CHARS]):
            weekday = _WEEKDAYS.index(match.group(1))
            day = week.get(weekday) or last + dt.timedelta(days=(weekday - last.weekday()) % 7)
            if day > last and (latest is None or day > latest):
                latest = day
    return latest


#: How many days after a ``context`` date a weekday the page names may move the page's date.
_WEEKDAY_AHEAD_DAYS = 3
#: A weekday's name in lower-cased text.
_WEEKDAY_LOWER = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
#: Words right before a weekday that put it ahead of the page ("next Monday", "from Monday").
_WEEKDAY_AHEAD_WORDS = frozenset({"next", "until", "from", "coming"})


def _past_weekdays_ahead(lines: list[_Line], context: dt.date) -> dt.date:
    """The page's date near ``context``, moved on to the latest past weekday it names.

    A report names the days of its last week ("on Sunday") as days gone by. ``context`` is
    the date of the other pages of the story; when a weekday the page names falls just after
    it (up to :data:`_WEEKDAY_AHEAD_DAYS` days) and not before it, the page is at least that
    late. A weekday still to come ("next Monday", "will meet on Monday") moves nothing.

    >>> line = _Line(0, 40, "Jets were shot down on Sunday.", 0)
    >>> _past_weekdays_ahead([line], dt.date(2031, 2, 28))
    datetime.date(2031, 3, 2)
    >>> later = _Line(0, 40, "Talks will resume on Sunday.", 0)
    >>> _past_weekdays_ahead([later], dt.date(2031, 2, 28))
    datetime.date(2031, 2, 28)
    """
    latest = context
    for line in lines:
        text = line.text[:_YEARLESS_SCAN_CHARS].lower()
        for match in _WEEKDAY_LOWER.finditer(text):
            # the clause before the weekday: "will" in it, or "next" right before the day
            head = text[max(0, match.start() - 50) : match.start()]
            cut = max(head.rfind(mark) for mark in ",;:.")
            before = head[cut + 1 :].split()[-6:]
            if "will" in before or any(word in _WEEKDAY_AHEAD_WORDS for word in before[-2:]):
                continue
            ahead = (_WEEKDAYS.index(match.group(1).title()) - context.weekday()) % 7
            if 0 < ahead <= _WEEKDAY_AHEAD_DAYS:
                latest = max(latest, context + dt.timedelta(days=ahead))
    return latest


def _next_year(day: dt.date) -> dt.date | None:
    """The same day a year later (``None`` for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return None


#: Words before a day that make it a start or a deadline, perhaps after the page's date.
_AHEAD_WORDS = frozenset({"from", "until", "till", "by", "starting", "beginning", "before"})


def _opens_ahead(text: str, start: int, end: int) -> bool:
    """Whether the date from ``start`` to ``end`` of ``text`` may be ahead of the page's.

    It is when one of :data:`_AHEAD_WORDS` opens it or stands right before it, "will"
    follows it ("convoys on May 4 will carry aid"), or it names a deadline ("the May 4
    withdrawal deadline").
    """
    # the date's first word ("from May 4") and the word before it ("by May 4")
    edges = text[start:end].split(maxsplit=1)[:1] + text[max(0, start - 12) : start].split()[-1:]
    if any(word.lower() in _AHEAD_WORDS for word in edges):
        return True
    # up to four words on, within the clause ("the Aug. 31 troop withdrawal deadline")
    tail = text[end : end + 50].lower()
    stops = [at for at in (tail.find(mark) for mark in ",;:.") if at >= 0]
    after = tail[: min(stops, default=len(tail))].split()[:4]
    return "will" in after[:3] or any(word.startswith("deadline") for word in after)


#: A labelled credit line with at least this many words after its label describes the photo.
_SELF_CAPTION_WORDS = 7


def _captions_of_credits(lines: list[_Line]) -> dict[int, int]:
    """For each credit line, the index of the caption line it belongs to (-1 for none)."""
    out: dict[int, int] = {}
    for index, line in enumerate(lines):
        if not furn.is_credit_line(line.text) or furn.agencies_in_credit(line.text) is not None:
            continue
        previous = index - 1 if index > 0 and line.gap <= 1 else -1
        following = index + 1 if index + 1 < len(lines) and lines[index + 1].gap <= 1 else -1

        def usable(at: int) -> bool:
            if at < 0 or at in out or furn.is_credit_line(lines[at].text):
                return False
            return not furn.is_furniture(lines[at].text)

        chosen = -1
        key = furn.furniture_key(line.text)
        labelled = ":" in key
        if labelled and furn.word_count(key.split(":", 1)[1]) >= _SELF_CAPTION_WORDS:
            # "Photo: Residents inspect a house in Kassala, March 17. Getty Images": the line
            # is its own caption, not the credit of the paragraph before it
            out[index] = -1
            continue
        if usable(previous) and (labelled or _caption_dated(lines[previous].text)):
            chosen = previous
        elif usable(following) and _caption_dated(lines[following].text):
            chosen = following
        elif usable(previous) and furn.is_sentence_shaped(lines[previous].text):
            chosen = previous  # most pages print the caption, then its credit
        elif usable(following) and furn.is_sentence_shaped(lines[following].text):
            chosen = following
        out[index] = chosen
    return out


def parse_article(
    text: str,
    *,
    published: dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    context: dt.date | None = None,
) -> Article:
    r"""Parse scraped page text into an :class:`Article`.

    Args:
        text: the page as plain text, exactly as scraped.
        published: the publication date, when the caller knows it; it wins over the page's.
        url: the page's address, kept as given; on a well-known outlet's site
            ("https://apnews.com/..."), it names the outlet when ``outlet`` is not given, and
            a date in it (``/2023/01/15/``, ``20230115``) is the publication date when the
            page shows none.
        outlet: the outlet, when the caller knows it; it wins over the page's self-reference.
        context: a date near the article's time (when it was crawled, or the date of the other
            articles it came with), used only when the page shows no date of its own: it gives
            a year to days the page names without one ("February 20": the last such day up to
            a month after it), and it stands as the inferred publication date when it falls no
            more than :data:`CONTEXT_WINDOW_DAYS` days after the latest day the page names
            (moved on to a weekday the page names as past, "on Sunday", when that falls up
            to 3 days after it). A page that names its latest day with its weekday ("on
            Wednesday, 26 March") and later days by weekday alone ("a report on Thursday")
            was written in that week, when ``context`` falls after it.
            Days something starts from or will happen on ("from May 4", "convoys on May 4
            will carry aid") do not count as days the page names.

    Returns:
        The article: its body paragraphs and sentences, captions, and the metadata the page
        shows. Every span indexes ``text``.

    Raises:
        InputTypeError: ``text`` is not a ``str``.

    >>> page = "Aid convoy reaches Kassala\n\nThe Associated Press\n\n"
    >>> page += "Trucks carrying food arrived in Kassala on Monday, officials said."
    >>> article = parse_article(page, outlet="Example News")
    >>> article.title, article.agencies, article.outlet
    ('Aid convoy reaches Kassala', ('AP',), 'Example News')
    >>> [s.text for s in article.sentences]
    ['Trucks carrying food arrived in Kassala on Monday, officials said.']
    """
    expect_str(text, "parse_article")
    for name, value in (("url", url), ("outlet", outlet)):
        if value is not None:
            expect_str(value, "parse_article", name)
    for name, day in (("published", published), ("context", context)):
        if day is not None and not isinstance(day, dt.date):
            raise InputTypeError(
                f"parse_article() expects {name} as datetime.date, got {type(day).__name__}"
            )
    tm = TextMap.build(text)
    lines, crawl_date = _split_crawl_date(_lines(tm.text))
    credits = _captions_of_credits(lines)
    caption_of = {caption: credit for credit, caption in credits.items() if caption >= 0}

    body_lines: list[_Line] = []
    captions: list[Caption] = []
    title: _Line | None = None
    page_date: dt.date | None = crawl_date
    page_outlet: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    agencies: list[str] = []
    related = False
    ended = False  # a footer cue has been seen after the body began

    def original(line: _Line) -> tuple[int, int]:
        if not tm.drops:  # nothing dropped: the copy's offsets are the original's
            return line.start, line.end
        return tm.original_start(line.start), tm.original_end(line.end)

    def add_caption(line: _Line, credit: _Line | None, tail: int | None) -> None:
        start, end = original(line)
        credit_text: str | None = None
        if credit is not None:
            c_start, c_end = original(credit)
            credit_text = text[c_start:c_end]
        elif tail is not None:
            credit_text = text[tm.original_start(line.start + tail) : end]
        dates = furn.find_full_dates(line.text[:2000])
        captions.append(
            Caption(start, end, text[start:end], credit_text, dates[0][2] if dates else None)
        )

    for index, line in enumerate(lines):
        content = line.text
        found_outlet = furn.outlet_self_reference(content) if len(content) < 400 else None
        if found_outlet is not None and page_outlet is None:
            page_outlet = found_outlet
        wire = furn.agencies_in_credit(content)
        if wire is not None:
            agencies.extend(wire)
            continue
        if index in credits:
            caption_at = credits[index]
            if caption_at < 0:
                add_caption(line, None, 0)
            continue
        if index in caption_of:
            add_caption(line, lines[caption_of[index]], None)
            continue
        key = furn.furniture_key(content)
        if len(content) <= 60 and furn.is_related_marker(content, key):  # (longer: never)
            related = True
            if body_lines:
                ended = True
            continue
        if furn.is_furniture(content, found_outlet if len(content) < 400 else False, key):
            if body_lines and not _is_body_shaped(content):
                continue
            if body_lines:
                ended = True
            continue
        if (related or ended) and furn.is_weak_footer(content, key):
            continue
        if related and _is_listed_headline(content):
            continue
        window = max(0, len(content) - 200)
        tail = furn.caption_credit_tail(content[window:])
        if tail is not None and _is_body_shaped(content[: window + tail]):
            add_caption(line, None, window + tail)
            continue
        day = furn.is_date_line(content) if len(content) <= 80 else None  # (longer: never)
        if day is not None:
            if page_date is None and not body_lines:
                page_date = day
            continue
        if (
            body_lines
            and body_lines[-1] is lines[index - 1]
            and not (related or ended)
            and (index == len(lines) - 1 or _is_body_shaped(lines[index + 1].text))
            and _is_cut_prose(content)
        ):
            # the copy stops in the middle of the last paragraph, or a paragraph between two
            # others lost its stop: "Later it said it had one pilot in its custody"
            body_lines.append(line)
            continue
        if not _is_body_shaped(content):
            if not body_lines:
                if page_outlet is None:
                    page_outlet = furn.outlet_desk_line(content)  # "BBC News, Nairobi"
                if page_outlet is None:
                    page_outlet = furn.byline_outlet(content)  # "By Sara Haddad, CNN"
                place = furn.dateline_of(content)
                names = furn.names_of_byline(content)
                lower = content.lower()
                if place is not None:
                    dateline = dateline or place
                elif found_outlet is not None:
                    pass
                elif names is not None and (title is not None or lower.startswith("by")):
                    authors = authors or names
                elif _is_headline_shaped(content) and (
                    title is None or furn.word_count(content) > furn.word_count(title.text)
                ):
                    title = line  # mastheads and section labels are shorter than headlines
            continue
        related = False
        body_lines.append(line)

    paragraphs = tuple(Span(*original(line)) for line in body_lines)
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        bounds = sentence_bounds(text, paragraph.start, paragraph.end)
        sentences.extend(Sentence(start, end, text[start:end]) for start, end in bounds)
    if body_lines:
        opening = furn.inline_dateline(body_lines[0].text)
        if opening is not None:
            dateline = dateline or opening[0]
            if opening[1] is not None:
                agencies.append(opening[1])

    inferred = False
    basis = DateBasis.CALLER if published is not None else None
    if published is None and page_date is not None:
        published, basis = page_date, DateBasis.PAGE
    if published is None and url is not None:
        published = date_of_url(url)
        basis = DateBasis.URL if published is not None else None
    if published is None:
        mentioned = [day for line in body_lines for day in _explicit_days(line.text)]
        if not mentioned:
            mentioned = [c.date for c in captions if c.date is not None]
        if context is not None:
            mentioned.extend(_yearless_days(body_lines, context))
        if mentioned:
            published, inferred, basis = max(mentioned), True, DateBasis.TEXT
        week = _week_told(body_lines, mentioned) if mentioned and context is not None else None
        if context is not None and week is not None and week < context:
            # "insurgents attacked on Wednesday, 24 March ... on Friday ... a report on
            # Saturday morning": the page tells that week, and was written in it
            published, inferred, basis = week, True, DateBasis.TEXT
        elif context is not None and (
            published is None
            or published <= context <= published + dt.timedelta(days=CONTEXT_WINDOW_DAYS)
        ):
            published = _past_weekdays_ahead(body_lines, context)
            inferred, basis = True, DateBasis.CONTEXT

    title_span = Span(*original(title)) if title is not None else None
    return Article(
        text=text,
        body="\n\n".join(span.of(text) for span in paragraphs),
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        captions=tuple(captions),
        title=title_span.of(text) if title_span is not None else None,
        title_span=title_span,
        published=published,
        published_inferred=inferred,
        outlet=(
            outlet
            if outlet is not None
            else (url is not None and furn.outlet_of_url(url)) or page_outlet
        ),
        authors=authors,
        dateline=dateline,
        agencies=tuple(dict.fromkeys(agencies)),
        url=url,
        date_basis=basis,
    )


def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]:
    """Split ``text[start:end]`` into sentences that index ``text``.

    Boundaries survive abbreviations ("Lt. Col.", "U.S.", "No. 5"), decimals ("1.5 million"),
    closing quotes and a missing space after a full stop ("killed.The"). A blank line always
    ends a sentence.

    Args:
        text: the text.
        start: where to begin.
        end: where to stop (default: the end of ``text``).

    Returns:
        The sentences in order, never overlapping.

    Raises:
        InputTypeError: ``text`` is not a ``str``.

    >>> [s.text for s in split_sentences('Lt. Col. Dmitri Orlov said. "Next we move."')]
    ['Lt. Col. Dmitri Orlov said.', '"Next we move."']
    """
    expect_str(text, "split_sentences")
    for name, bound in (("start", start), ("end", end)):
        if bound is not None and (not isinstance(bound, int) or isinstance(bound, bool)):
            raise InputTypeError(
                f"split_sentences() expects {name} as int, got {type(bound).__name__}"
            )
    return tuple(Sentence(s, e, text[s:e]) for s, e in sentence_bounds(text, start, end))
