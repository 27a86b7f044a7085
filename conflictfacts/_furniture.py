"""Page furniture: the tables and line tests that tell an article's prose from its page.

Every test here looks at one line of the normalised working copy (spaces plain, quotes
straight, no line breaks inside). The tables are general web-page vocabulary; none is
tuned to one page.

>>> furniture_key("  3. Skip to main content")
'skip to main content'
>>> is_furniture("- Advertisement -"), is_furniture("Troops advanced on the town.")
(True, False)
"""

from __future__ import annotations

import datetime as dt
import re
import types
import urllib.parse
from collections.abc import Mapping

__all__ = [
    "AGENCIES",
    "FURNITURE_LINES",
    "FURNITURE_PREFIXES",
    "OUTLETS",
    "PHOTO_AGENCIES",
    "RELATED_MARKERS",
    "STRONG_FOOTER",
    "WEAK_FOOTER",
    "agencies_in_credit",
    "byline_outlet",
    "canonical_agency",
    "canonical_outlet",
    "caption_credit_tail",
    "dateline_of",
    "find_full_dates",
    "furniture_key",
    "inline_dateline",
    "inline_dateline_end",
    "is_breadcrumb",
    "is_credit_line",
    "is_date_line",
    "is_furniture",
    "is_related_marker",
    "is_sentence_shaped",
    "is_weak_footer",
    "names_of_byline",
    "outlet_desk_line",
    "outlet_of_url",
    "outlet_self_reference",
    "word_count",
]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
#: What a full date begins with: a digit or a month's first letter.
_DATE_INITIALS = r"[\d" + "".join(sorted({month[0] for month in _MONTHS})) + "]"

#: Lines that are page furniture when they are the whole line (lower case, list marks and
#: surrounding dashes removed).
FURNITURE_LINES = frozenset(
    {
        "advertisement", "advertising", "ad", "ads", "publicity", "sponsored", "sponsored content",
        "promoted", "partner content", "read more", "read less", "show more", "see more",
        "load more", "more", "subscribe", "subscribe now", "sign up", "sign in", "log in",
        "register", "newsletter", "newsletters", "download the app", "get the app",
        "download our app", "listen", "listen to this article", "play", "pause", "watch",
        "watch live", "live", "video", "audio", "share", "share this", "share this article",
        "share on facebook", "share on twitter", "share on whatsapp", "tweet", "email",
        "e-mail", "print", "copy link", "link copied", "comments", "comment", "close", "menu",
        "search", "home", "back to top", "follow", "follow us", "skip", "next", "previous",
        "previous article", "next article", "loading", "loading...", "cookie settings",
        "accept cookies", "accept", "more from", "top", "bookmark", "save", "saved",
        "in pictures", "in photos", "gallery", "photo gallery", "image", "photo", "enlarge",
        "expand", "open image", "view image", "fullscreen", "toggle", "report an error",
    }
)

#: Lines that are page furniture when they begin with one of these (lower case).
FURNITURE_PREFIXES = (
    "skip to ", "jump to ", "sign up ", "subscribe to ", "subscribe for ", "newsletter ",
    "download the ", "download our ", "get the app", "follow us", "follow our ", "share this ",
    "share on ", "top trending", "trending ", "most read", "most popular", "most viewed",
    "advertisement", "copyright ", "\u00a9", "(c) ", "all rights reserved", "click here",
    "read more:", "read more about", "read also:", "see also:", "watch:", "listen:",
    "listen to ", "cookies ", "we use cookies", "this site uses", "accept all",
    "newsletter:", "register ",
)

#: Phrases that mark a line as furniture wherever they stand: legal notices, sign-up and
#: app prompts, outlet self-promotion.
STRONG_FOOTER = (
    "click here", "sign up here", "sign up now", "sign up for our", "subscribe to our",
    "subscribe here", "subscribe now", "all rights reserved", "terms of use",
    "terms of service", "privacy policy", "cookie policy", "undesirable organization",
    "undesirable organisation", "could face fines", "foreign agent media",
    "sends out a selection", "in your mailbox", "in your inbox", "download our app",
    "follow us on", "support our journalism", "support independent journalism",
    "this article has been updated", "this story has been updated",
    "reporting by", "editing by", "writing by", "additional reporting",
    "contributed to this report", "contributed reporting", "agency feed",
    "syndicated feed", "auto-generated", "has not been modified", "has not been edited",
)

#: Phrases that mark furniture only once the article has ended or a "Related" list began:
#: outlet talk of "our content" is legal footer, but "contact us" may be a quotation.
WEAK_FOOTER = (
    "our content", "contacting us", "contact us", "our website", "our journalism",
    "our reporting", "our newsletter", "our app", "please note", "you could face",
    "for sharing", "read our", "learn more", "find out more", "has been declared",
    "has been designated", "foreign agent", "undesirable",
)

#: Headings that open a list of links to other articles; headline-like lines after them are
#: not the article's text.
RELATED_MARKERS = frozenset(
    {
        "related", "related topics", "related stories", "related articles", "related content",
        "related news", "related coverage", "related links", "related reading", "related posts",
        "editors' picks", "editor's picks", "editors picks", "on the same subject",
        "on the same topic", "on the same theme", "more on this story", "more on this topic",
        "more on this", "more stories", "more news", "more from", "read more", "see also",
        "read also", "also read", "also on", "recommended", "recommended stories",
        "recommended for you", "you may also like", "you might also like",
        "you may be interested in",
        "top stories", "latest stories", "latest news", "latest", "most read", "most viewed",
        "most popular", "popular", "trending", "trending now", "in other news", "further reading",
        "explore more", "keep reading", "what to read next", "topics", "tags", "more in world",
        "more in news", "around the web", "from our partners", "listen", "read next",
        "up next", "next up", "watch next", "also in the news", "more coverage",
    }
)

#: Well-known outlets: canonical name and the lower-case aliases a page may use for itself.
OUTLETS: dict[str, tuple[str, ...]] = {
    "BBC": ("bbc", "bbc news", "bbc world service", "british broadcasting corporation"),
    "Reuters": ("reuters", "thomson reuters"),
    "AP": ("ap", "associated press", "the associated press", "ap news"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "Al Jazeera": ("al jazeera", "aljazeera", "al jazeera english", "al jazeera media network"),
    "DW": ("dw", "deutsche welle", "dw news"),
    "RFI": ("rfi", "radio france internationale"),
    "RFE/RL": ("rfe/rl", "rferl", "radio free europe/radio liberty", "radio free europe",
               "radio liberty", "radio svoboda"),
    "France 24": ("france 24", "france24"),
    "CNN": ("cnn", "cnn international"),
    "VOA": ("voa", "voice of america", "voa news"),
    "NPR": ("npr", "national public radio"),
    "Euronews": ("euronews",),
    "Sky News": ("sky news",),
    "The Guardian": ("the guardian", "guardian"),
    "The New York Times": ("the new york times", "new york times", "nyt", "nytimes"),
    "The Washington Post": ("the washington post", "washington post"),
    "The Wall Street Journal": ("the wall street journal", "wall street journal", "wsj"),
    "Financial Times": ("financial times", "the financial times", "ft"),
    "The Economist": ("the economist", "economist"),
    "The Independent": ("the independent",),
    "The Telegraph": ("the telegraph", "telegraph"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "Politico": ("politico", "politico europe"),
    "ABC News": ("abc news",),
    "CBS News": ("cbs news",),
    "NBC News": ("nbc news",),
    "Fox News": ("fox news",),
    "Kyiv Independent": ("kyiv independent", "the kyiv independent"),
    "Kyiv Post": ("kyiv post", "the kyiv post"),
    "Ukrainska Pravda": ("ukrainska pravda",),
    "Ukrinform": ("ukrinform",),
    "Meduza": ("meduza",),
    "The Moscow Times": ("the moscow times", "moscow times"),
    "TASS": ("tass",),
    "RT": ("rt", "russia today"),
    "Interfax": ("interfax",),
    "Xinhua": ("xinhua",),
    "Anadolu Agency": ("anadolu agency", "anadolu", "aa"),
    "TRT World": ("trt world", "trt"),
    "Daily Sabah": ("daily sabah",),
    "Al Arabiya": ("al arabiya", "alarabiya"),
    "Middle East Eye": ("middle east eye", "mee"),
    "The National": ("the national",),
    "Haaretz": ("haaretz",),
    "The Times of Israel": ("the times of israel", "times of israel"),
    "The Jerusalem Post": ("the jerusalem post", "jerusalem post"),
    "Arab News": ("arab news",),
    "Dawn": ("dawn",),
    "NDTV": ("ndtv",),
    "Africanews": ("africanews",),
    "Radio Dabanga": ("radio dabanga", "dabanga"),
    "Sudan Tribune": ("sudan tribune",),
    "The Irrawaddy": ("the irrawaddy", "irrawaddy"),
    "Myanmar Now": ("myanmar now",),
    "Le Monde": ("le monde",),
    "Der Spiegel": ("der spiegel", "spiegel"),
    "The New Humanitarian": ("the new humanitarian", "new humanitarian"),
}

#: Wire agencies: lower-case alias to the name reported in ``Article.agencies``.
AGENCIES: dict[str, str] = {
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
    "agence france presse": "AFP", "dpa": "dpa", "epd": "epd", "kna": "KNA", "efe": "EFE",
    "ansa": "ANSA", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "aa": "Anadolu",
    "xinhua": "Xinhua", "tass": "TASS", "interfax": "Interfax", "ria novosti": "RIA Novosti",
    "upi": "UPI", "kyodo": "Kyodo", "yonhap": "Yonhap", "pti": "PTI", "ians": "IANS",
    "ukrinform": "Ukrinform", "bloomberg": "Bloomberg", "sid": "SID", "apa": "APA",
}

#: Photo agencies and picture services that sign photo credits (lower case).
PHOTO_AGENCIES = frozenset(
    {
        "afp", "epa", "efe", "epa-efe", "getty", "getty images", "afp via getty images",
        "reuters", "ap", "ap photo", "associated press", "picture-alliance", "picture alliance",
        "dpa", "anadolu", "anadolu agency", "shutterstock", "alamy", "sipa", "abaca",
        "nurphoto", "sopa images", "zuma", "zuma press", "xinhua", "tass", "sputnik", "imago",
        "ukrinform", "handout", "courtesy", "file", "pool", "unicef", "unhcr", "wfp",
    }
)

def _phrase_pattern(phrases: tuple[str, ...]) -> str:
    """A regular expression that finds any of ``phrases`` (each holding a space) in one pass.

    Searching for each phrase in turn reads the line once per phrase. This pattern reads it
    once, from each space: the engine skips ahead to the next space (the pattern begins with
    that one literal character, which the engine finds fastest), compares the next letter
    with the first letters of the phrases' rests (the rests are grouped by it), tries the
    rests of the one group that letter picks and looks behind for the phrase's first word.
    It has no repetition, so it cannot backtrack.

    >>> re.search(_phrase_pattern(("sign up", "click here")), "x sign up") is None
    False
    """
    by_letter: dict[str, list[str]] = {}
    for phrase in phrases:
        rest = phrase[phrase.index(" ") + 1 :]
        by_letter.setdefault(rest[:1], []).append(
            f"{re.escape(rest[1:])}(?<={re.escape(phrase)})"
        )
    groups = [f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in by_letter.items()]
    return f" (?:{'|'.join(groups)})"


#: The :data:`STRONG_FOOTER` phrases without a space ("auto-generated"), which the one-pass
#: pattern cannot anchor: they have a pattern of their own (one that never matches without them).
_STRONG_UNSPACED = tuple(phrase for phrase in STRONG_FOOTER if " " not in phrase)


_PATTERNS = {
    # list numbering or a bullet before a line: "1. ", "2) ", "• ", "- ", "* "
    "list_mark": re.compile(
        r"^(?:\d{1,3}[.)]\s{1,5}|[\u2022\u00b7\u25aa\u2023\u25e6*>-]{1,3}\s{0,5})"
    ),
    # explicit full dates: "20 February 2020", "February 20, 2020", "Feb. 20 2020", "2020-02-20"
    "full_date": re.compile(
        # (the lookahead rejects most word starts in one step, before the month alternation)
        r"\b(?=" + _DATE_INITIALS + r")"
        r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)? {1,3}(?:of {1,3})?(?P<m1>" + _MONTH + r")\.?,? {1,3}"
        r"(?P<y1>\d{4})|(?P<m2>" + _MONTH + r")\.? {1,3}(?P<d2>\d{1,2})(?:st|nd|rd|th)?,? {1,3}"
        r"(?P<y2>\d{4})|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))(?:\b|(?=T\d\d:))",
        re.IGNORECASE,
    ),
    # four digits in a row: a line without them has no full date
    "four_digits": re.compile(r"\d\d\d\d"),
    # what may stand around a date on a date line: "Published", "Updated 14:05 GMT", "Thursday"
    "date_line_rest": re.compile(
        r"^(?:\s|[,:|.\-\u2013\u2014()]|t?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d{1,6})?)?z?"
        r"|\+\d{2}:?\d{2}|published|updated|posted|last|first|"
        r"modified|on|at|date|gmt|utc|cet|cest|est|edt|bst|eet|ist|am|pm|a\.m\.|p\.m\.|ago|"
        r"read|min|mins|minutes?|hours?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"mon|tue|wed|thu|fri|sat|sun)*$",
        re.IGNORECASE,
    ),
    # a credit label before a photo credit: "Image: ...", "Photo credit: ..."
    "credit_label": re.compile(
        r"^(?:image|images|photo|photos|photograph|picture|pictures|pic|foto|illustration|"
        r"video|credit|credits|photo credit|image credit|image source|source|file photo)"
        r"\s{0,3}:\s{0,3}\S",
        re.IGNORECASE,
    ),
    # a wire credit at the end of an article: "dv/aw (AP, Reuters)", "(Reuters)"
    "wire_credit": re.compile(r"^(?:[a-z]{1,5}(?:/[a-z]{1,5}){0,5}\s{0,3})?\(([^()]{1,80})\)$"),
    # a dateline on its own line: "ANKARA, Turkey", "KHARTOUM, Sudan"
    "dateline_line": re.compile(
        r"^[A-Z][A-Z'.\-]{2,20}(?: [A-Z][A-Z'.\-]{1,20}){0,2}, {1,2}[A-Z][A-Za-z'.\-]{1,20}"
        r"(?: [A-Z][A-Za-z'.\-]{1,20}){0,2}$"
    ),
    # a dateline opening a paragraph: "KYIV, Ukraine (AP) -- ", "GAZA CITY (Reuters) - "
    "dateline_inline": re.compile(
        r"^(?P<place>[A-Z][A-Z'.\-]{2,20}(?: [A-Z][A-Z'.\-]{1,20}){0,2}"
        r"(?:, {1,2}[A-Z][A-Za-z'.\-]{1,20}(?: (?:of |and |the )?[A-Z][A-Za-z'.\-]{1,20}){0,3})?)"
        r"(?:,? {1,2}[A-Z][a-z]{2,8}\.? {1,2}\d{1,2})?"  # the wires' day: "KYIV, March 3 (Reuters)"
        r" {0,2}(?:\((?P<agency>[A-Za-z. ]{2,30})\))? {0,2}(?:-{1,2}|\u2013|\u2014) "
    ),
    # the page naming its own outlet
    "self_text_by": re.compile(
        r"^(?:text|words|story|report) by\s{0,3}:?\s{0,3}(.{1,60}?)"
        r"(?:\s{0,3}\|?\s{0,3}follow(?: us)?)?$",
        re.IGNORECASE,
    ),
    "self_declared": re.compile(
        r"^(.{1,40}?) (?:has|have) been (?:declared|designated|labell?ed|branded|blocked|banned)",
        re.IGNORECASE,
    ),
    "self_skip": re.compile(
        r"^skip to (?:more|other|all) (.{1,40}?) (?:sites|websites|sections|services)$",
        re.IGNORECASE,
    ),
    "self_sends": re.compile(
        r"^(.{1,40}?) (?:sends out|sends you|delivers|brings you) ", re.IGNORECASE
    ),
    # what "X has been declared ..." and "X sends out ..." hold within their first 60 characters
    "self_cue": re.compile(
        r" (?:has been|have been|sends out|sends you|delivers|brings you) ", re.IGNORECASE
    ),
    # how "text by", "skip to" and copyright self-references begin (one match for the three)
    "self_lead": re.compile(
        r"(?:text|words|story|report|skip|\u00a9|\(c\)|copyright)", re.IGNORECASE
    ),
    "self_copyright": re.compile(
        r"^(?:\u00a9|\(c\)|copyright)\s{0,3}(?:\d{4}\s{0,3})?([^.|\d]{1,60}?)"
        r"\s{0,3}(?:\.|\||\d{4}|$)",
        re.IGNORECASE,
    ),
    # a labelled credit in brackets, or a copyright credit, closing a caption line (one leading
    # class, so the engine skips to the next bracket or sign; the lookbehind picks the branch)
    "tail_credit": re.compile(
        r"[(\[\u00a9](?:(?<=[(\[])(?:photo|photos|image|picture|credit|file photo|foto)s?\s{0,2}:"
        r"[^()\[\]]{1,80}[)\]]|(?<=\u00a9)[^\u00a9]{1,80})$",
        re.IGNORECASE,
    ),
    # breadcrumbs and section paths: "Home > World > Europe", "World | Africa"
    "breadcrumb": re.compile(r"\s(?:\||\u203a|\u00bb|>|/)\s"),
    # a word, for counting and shape tests
    "word": re.compile(r"\S+"),
    # any of the strong footer phrases that hold a space
    "strong_footer": re.compile(
        _phrase_pattern(tuple(phrase for phrase in STRONG_FOOTER if " " in phrase))
    ),
    # the strong footer phrases without a space (literals, which the engine finds quickest)
    "strong_footer_unspaced": re.compile("|".join(map(re.escape, _STRONG_UNSPACED)) or "(?!)"),
    # "self_cue" for lower-cased ASCII text: there it finds what "self_cue" finds in the text
    # as written, since an ASCII letter's case partners outside ASCII ("\u017f" for "s",
    # "\u0130" for "i") cannot occur in it
    "self_cue_ascii": re.compile(
        r" (?:has been|have been|sends out|sends you|delivers|brings you) "
    ),
}

_TERMINALS = ".!?\u2026"
_CLOSERS = "\"')]\u00bb"
#: The bullets a list mark may begin with (the ``list_mark`` pattern's second branch). A list
#: mark begins with a decimal digit (``\d`` is exactly ``str.isdecimal``) or one of these, so a
#: line that begins with neither has none and the pattern need not run. The empty string is
#: "in" this string too, so an empty line still runs it (and finds nothing).
_BULLETS = "\u2022\u00b7\u25aa\u2023\u25e6*>-"
_NAME_PARTICLES = frozenset(
    {"de", "da", "del", "der", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "di"}
)


def word_count(line: str) -> int:
    """Number of whitespace-separated words in ``line``.

    >>> word_count("  two  words ")
    2
    """
    return len(line.split())


def furniture_key(line: str) -> str:
    """``line`` lower-cased, without list marks, bullets, dashes or trailing colons.

    Args:
        line: one line of the working copy.

    Returns:
        The key the furniture tables are looked up with.

    >>> furniture_key("- Advertisement -")
    'advertisement'
    """
    key = line.strip()
    first = key[:1]
    if first.isdecimal() or first in _BULLETS:
        mark = _PATTERNS["list_mark"].match(key)
        if mark:
            key = key[mark.end() :]
    key = key.strip(" -\u2013\u2014|:>\u2022")
    return _squeeze(key.lower()) if len(key) < 200 else key.lower()


def _squeeze(text: str) -> str:
    """``" ".join(text.split())``: words joined by single spaces; quick on a text that has them.

    A text whose only whitespace is single spaces between words is its own result. Checking
    that is quicker than splitting and joining: the space is the one whitespace character
    that ``str.isprintable`` accepts (a law in the tests checks this over every character).
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _has_breadcrumb_separator(line: str) -> bool:
    """Whether ``line`` holds a separator of the ``breadcrumb`` pattern.

    The separators are "|", "\u203a", "\u00bb", ">" and "/". A line without one is no
    breadcrumb; five searches with ``in`` are quicker than the pattern's scan for the
    whitespace before a separator.
    """
    if "|" in line or ">" in line or "/" in line:
        return True
    return not line.isascii() and ("\u203a" in line or "\u00bb" in line)


def is_breadcrumb(line: str) -> bool:
    """Whether ``line`` is a section path of short parts ("Home > World > Africa").

    >>> is_breadcrumb("World | Europe"), is_breadcrumb("Kyiv and Lviv under fire")
    (True, False)
    """
    if len(line) > 100 or not _has_breadcrumb_separator(line):
        return False
    parts = _PATTERNS["breadcrumb"].split(line)
    return len(parts) > 1 and all(0 < word_count(part) <= 3 for part in parts)


def is_related_marker(line: str, key: str | None = None) -> bool:
    """Whether ``line`` heads a list of links to other articles.

    Args:
        line: one line of the working copy.
        key: ``furniture_key(line)`` when the caller has it already.

    Returns:
        True for "Related", "More from Europe", "You may also like" and the like.

    >>> is_related_marker("Related topics"), is_related_marker("Related fighting")
    (True, False)
    """
    if len(line) > 60:
        return False
    if key is None:
        key = furniture_key(line)
    return key in RELATED_MARKERS or key.startswith(("top trending", "more from ", "more on "))


def is_furniture(
    line: str, self_reference: str | bool | None = False, key: str | None = None
) -> bool:
    """Whether ``line`` is page furniture by itself, wherever it stands.

    Args:
        line: one line of the working copy.
        self_reference: ``outlet_self_reference(line)`` when the caller has it already;
            ``False`` (the default) to have it computed.
        key: ``furniture_key(line)`` when the caller has it already.

    Returns:
        True for navigation, prompts, legal notices, tag or badge lines, bare numbers.

    >>> is_furniture("Download the app"), is_furniture("google-play-badge_EN")
    (True, True)
    """
    if key is None:
        key = furniture_key(line)
    if not key or not (key[0].isalpha() or any(map(str.isalpha, key[:400]))):
        return True  # bare numbers and punctuation
    # the first four words are all that the tests below count or read (a body line has hundreds)
    words = key.split(None, 3)
    if key in FURNITURE_LINES or key in RELATED_MARKERS or key.startswith(FURNITURE_PREFIXES):
        return True
    # is_related_marker(line, key) and is_breadcrumb(line), with their length limits first: a
    # key in RELATED_MARKERS and one beginning "top trending" have been taken by the line above
    if len(line) <= 60 and key.startswith(("more from ", "more on ")):
        return True
    if len(line) <= 100 and is_breadcrumb(line):
        return True
    if len(words) >= 3 and words[0] == "get" and key.rsplit(None, 1)[-1] in ("app", "apps"):
        return True  # "Get the Daily Planet app"
    if _has_strong_footer(key):
        # "... killed 13 soldiers. (Reporting by A; Editing by B)": a paragraph that ends in
        # a wire credit is body, the credit only its tail
        return not _body_before_credit(line)
    if len(words) == 1 and ("_" in key or key.endswith((".png", ".jpg", ".svg", ".gif"))):
        return True  # an image or badge file name
    stripped = line.strip()
    mark = _PATTERNS["list_mark"].match(stripped) if stripped[:1] in _BULLETS else None
    if mark:
        # a bullet line: tag lists ("• Sudan") unless it reads as a sentence (a mark that
        # begins with a digit numbers a list; one that begins with a bullet is never empty)
        return not is_sentence_shaped(stripped[mark.end() :])
    if len(words) <= 3 and stripped[:1].islower() and not is_sentence_shaped(stripped):
        return True  # "subscribe", "google play", lower-case widgets
    if self_reference is False:
        self_reference = outlet_self_reference(line)
    return self_reference is not None and _self_reference_is_furniture(line)


#: How long the prose before a trailing wire credit must be to make its line body.
_BODY_BEFORE_CREDIT = 80
#: Words that open a wire credit in brackets: "(Reporting by ...; Editing by ...)".
_CREDIT_OPENERS = ("reporting by", "editing by", "writing by", "additional reporting")


def _body_before_credit(line: str) -> bool:
    """Whether ``line`` is prose followed by a bracketed wire credit, and nothing else of note."""
    stripped = line.rstrip()
    if not stripped.endswith(")"):
        return False
    opening = stripped.rfind("(")
    if opening < _BODY_BEFORE_CREDIT:
        return False
    if not stripped[opening + 1 :].lstrip().lower().startswith(_CREDIT_OPENERS):
        return False
    prose = stripped[:opening].rstrip()
    return is_sentence_shaped(prose) and not _has_strong_footer(furniture_key(prose))


def _has_strong_footer(key: str) -> bool:
    """Whether ``key`` holds one of the :data:`STRONG_FOOTER` phrases."""
    if _PATTERNS["strong_footer"].search(key) is not None:
        return True
    return _PATTERNS["strong_footer_unspaced"].search(key) is not None


def _self_reference_is_furniture(line: str) -> bool:
    """Self-references that are notices about the outlet, not prose that names it."""
    text = line.strip()[:400]
    first = text[:1]
    if first.isdecimal() or first in _BULLETS:
        mark = _PATTERNS["list_mark"].match(text)
        if mark:
            text = text[mark.end() :]
    return any(
        _PATTERNS[name].match(text)
        for name in ("self_declared", "self_skip", "self_sends", "self_copyright")
    )


def is_weak_footer(line: str, key: str | None = None) -> bool:
    """Whether ``line`` reads like outlet talk once the article has ended.

    Args:
        line: one line of the working copy.
        key: ``furniture_key(line)`` when the caller has it already.

    Returns:
        True when the line holds one of the :data:`WEAK_FOOTER` phrases.

    >>> is_weak_footer("Please note that our content may be blocked.")
    True
    """
    if key is None:
        key = furniture_key(line)
    return any(map(key.__contains__, WEAK_FOOTER))


def is_sentence_shaped(line: str) -> bool:
    """Whether ``line`` ends like a sentence and has at least three words.

    >>> is_sentence_shaped('He said it was "over."'), is_sentence_shaped("World news")
    (True, False)
    """
    text = line.rstrip()
    end = len(text)
    steps = 0
    while end > 0 and text[end - 1] in _CLOSERS and steps < 3:
        end -= 1
        steps += 1
    if end == 0 or text[end - 1] not in _TERMINALS:
        return False
    # at most three parts come back, and three only when there are three words or more
    return len(text[:200].split(None, 2)) == 3


def canonical_outlet(name: str) -> str | None:
    """The canonical name of a well-known outlet, from any of its aliases.

    >>> canonical_outlet("Deutsche Welle"), canonical_outlet("Daily Planet")
    ('DW', None)
    """
    key = " ".join(name.lower().replace("\u2019", "'").split()).strip(" .,:;")
    return _OUTLET_ALIASES.get(key)


#: Every alias of :data:`OUTLETS` and its canonical name (an alias two outlets shared would
#: go to the first, as a walk through the table in order finds it).
_OUTLET_ALIASES: Mapping[str, str] = types.MappingProxyType(
    {
        alias: canonical
        for canonical, aliases in reversed(OUTLETS.items())
        for alias in aliases
    }
)

#: Every outlet alias written as a host name writes it: lowercase, no spaces, hyphens or
#: apostrophes ("apnews", "theguardian", "kyivindependent").
_OUTLET_HOSTS: Mapping[str, str] = types.MappingProxyType(
    {
        "".join(ch for ch in alias if ch.isalnum()): canonical
        for canonical, aliases in OUTLETS.items()
        for alias in aliases
    }
)


def outlet_desk_line(line: str) -> str | None:
    """The outlet of a byline's desk line: a well-known outlet, a comma, a place.

    >>> outlet_desk_line("BBC News, Nairobi"), outlet_desk_line("Reuters, Kyiv")
    ('BBC', 'Reuters')
    >>> outlet_desk_line("Troops, tanks and drones") is None
    True
    """
    text = line.strip()
    if len(text) > 60 or text.count(",") != 1:
        return None
    outlet, place = (part.strip() for part in text.split(","))
    if not place[:1].isupper() or word_count(place) > 3:
        return None
    return canonical_outlet(outlet)


def outlet_of_url(url: str) -> str | None:
    """The well-known outlet whose site a page's address is on, if any.

    >>> outlet_of_url("https://apnews.com/article/ukraine-drone"), outlet_of_url("https://www.bbc.co.uk/news")
    ('AP', 'BBC')
    >>> outlet_of_url("https://example.org/x") is None, outlet_of_url("not a url") is None
    (True, True)
    """
    try:
        host = urllib.parse.urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    for label in host.split(".")[:-1]:
        known = _OUTLET_HOSTS.get(label)
        if known is not None:
            return known
    return None


def canonical_agency(name: str) -> str | None:
    """The reported name of a wire agency, from any of its aliases.

    >>> canonical_agency("The Associated Press"), canonical_agency("Bob")
    ('AP', None)
    """
    return AGENCIES.get(" ".join(name.lower().split()).strip(" .,:;"))


def outlet_self_reference(line: str) -> str | None:
    """The outlet a page names as itself on ``line``, if the line is such a self-reference.

    Known outlets come back by their canonical name; an unknown name is returned as written
    when it is short and capitalised.

    >>> outlet_self_reference("Text by: France 24 Follow")
    'France 24'
    >>> outlet_self_reference("Skip to more Daily Planet sites")
    'Daily Planet'
    """
    text = line.strip()[:400]
    first = text[:1]
    if first.isdecimal() or first in _BULLETS:
        mark = _PATTERNS["list_mark"].match(text)
        if mark:
            text = text[mark.end() :]
    # one quick search rules out the two patterns that read up to 40 characters before a verb,
    # and one quick match the three that begin with a fixed word
    head = text[:60]
    if head.isascii():  # (the same search as "self_cue", faster)
        cued = _PATTERNS["self_cue_ascii"].search(head.lower()) is not None
    else:
        cued = _PATTERNS["self_cue"].search(head) is not None
    led = _PATTERNS["self_lead"].match(text) is not None
    if not cued and not led:
        return None
    for name in ("self_text_by", "self_skip", "self_declared", "self_sends", "self_copyright"):
        if not (cued if name in ("self_declared", "self_sends") else led):
            continue
        match = _PATTERNS[name].match(text)
        if match is None:
            continue
        raw = match.group(1).strip(" .,:;")
        known = canonical_outlet(raw)
        if known is not None:
            return known
        strong = name in ("self_text_by", "self_skip", "self_copyright")
        if strong and 0 < word_count(raw) <= 4 and raw[:1].isupper():
            return raw
    return None


def agencies_in_credit(line: str) -> tuple[str, ...] | None:
    """The agencies of a wire-credit line ("dv/aw (AP, Reuters)", "The Associated Press").

    Returns:
        The agencies, or ``None`` when the line is not a wire credit.

    >>> agencies_in_credit("jk/ms (AFP, dpa)")
    ('AFP', 'dpa')
    >>> agencies_in_credit("(Reporting from the front)") is None
    True
    """
    text = line.strip()
    if len(text) > 100:
        return None
    alone = canonical_agency(text)
    if alone is not None:
        return (alone,)
    match = _PATTERNS["wire_credit"].match(text)
    if match is None:
        return None
    names = [part.strip() for part in match.group(1).replace(" and ", ",").split(",")]
    found = [canonical_agency(part) for part in names if part]
    if not found or any(name is None for name in found):
        return None
    return tuple(dict.fromkeys(name for name in found if name is not None))


def _caps_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def is_credit_line(line: str) -> bool:
    """Whether the whole ``line`` is a photo credit.

    >>> is_credit_line("Image: picture alliance/dpa/J. Doe")
    True
    >>> is_credit_line("OLGA PETROVA/AFP via Getty Images"), is_credit_line("Kyiv/Lviv talks")
    (True, False)
    """
    text = line.strip()
    if not text or len(text) > 160:
        return False
    # (the label's colon is a literal of the pattern: without one, the pattern cannot match)
    if ":" in text and _PATTERNS["credit_label"].match(text) and word_count(text) <= 14:
        return True
    lower = text.lower().rstrip(".")
    if lower in PHOTO_AGENCIES and lower not in AGENCIES:
        return True
    if "/" not in text or word_count(text) > 12 or (is_sentence_shaped(text) and ". " in text):
        return False
    parts = [part.strip() for part in text.split("/")]
    if any(not part or word_count(part) > 5 for part in parts):
        return False
    return any(
        part.lower() in PHOTO_AGENCIES or any(_caps_word(w) for w in part.split()) for part in parts
    ) and not text.startswith(("http", "www"))


def caption_credit_tail(line: str) -> int | None:
    """Where a photo credit begins at the end of a caption line, if one ends it.

    A credit at the end is a capitalised name with an upper-case surname, a slash and an
    agency: "... near the border. Maria LOPEZ / AFP".

    Returns:
        The offset in ``line`` of the credit's first character, or ``None``.

    >>> line = "Smoke over the port, 2 May 2021. Ana MORAIS / AFP"
    >>> line[caption_credit_tail(line):]
    'Ana MORAIS / AFP'
    """
    window = line[-120:]
    # the pattern begins with a bracket or a copyright sign: without one, it cannot match
    has_opener = "(" in window or "[" in window or "\u00a9" in window
    labelled = _PATTERNS["tail_credit"].search(window) if has_opener else None
    if labelled is not None:
        start = len(line) - len(line[-120:]) + labelled.start()
        before = line[:start].rstrip()
        return start if before and before[-1] in _TERMINALS + _CLOSERS else None
    slash = line.rfind("/")
    if slash <= 0 or len(line) - slash > 40:
        return None
    agency = line[slash + 1 :].strip()
    if not agency or not (agency.lower() in PHOTO_AGENCIES or _caps_word(agency.split()[0])):
        return None
    head = line[:slash].rstrip()
    window_start = max(0, len(head) - 60)
    words = head[window_start:].split(" ")
    taken: list[str] = []
    for word in reversed(words):
        if not word or not word[0].isupper() or word[-1:] in _TERMINALS + ",;:" or len(taken) >= 4:
            break
        taken.append(word)
    if not taken or not any(_caps_word(w) for w in taken):
        return None
    name_len = len(" ".join(reversed(taken)))
    start = len(head) - name_len
    before = head[:start].rstrip()
    if before and before[-1] not in _TERMINALS + _CLOSERS:
        return None
    return start


def find_full_dates(line: str) -> list[tuple[int, int, dt.date]]:
    """Explicit full dates (day, month and year) in ``line``, with their offsets.

    >>> find_full_dates("Filed on 4 March 2021 and Feb. 20, 2020.")
    [(9, 21, datetime.date(2021, 3, 4)), (26, 39, datetime.date(2020, 2, 20))]
    """
    out: list[tuple[int, int, dt.date]] = []
    if line.isascii() and "19" not in line and "20" not in line and "21" not in line:
        return out  # a kept year is 1900-2199, and an ASCII line writes it in ASCII digits
    if _PATTERNS["four_digits"].search(line) is None:
        return out  # every form has a four-digit year
    for match in _PATTERNS["full_date"].finditer(line):
        groups = match.groupdict()
        try:
            if groups["y3"] is not None:
                day = dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
            elif groups["y1"] is not None:
                day = dt.date(int(groups["y1"]), _MONTHS[groups["m1"].lower()], int(groups["d1"]))
            else:
                day = dt.date(int(groups["y2"]), _MONTHS[groups["m2"].lower()], int(groups["d2"]))
        except (ValueError, KeyError):
            continue
        if 1900 <= day.year <= 2199:
            out.append((match.start(), match.end(), day))
    return out


def is_date_line(line: str) -> dt.date | None:
    """The date of a line that is only a date ("February 20, 2020", "Updated 14:05, 3 May 2022").

    >>> is_date_line("Published On 3 May 2022")
    datetime.date(2022, 5, 3)
    >>> is_date_line("Fighting resumed on 3 May 2022.") is None
    True
    """
    if len(line) > 80:
        return None
    dates = find_full_dates(line)
    if not dates:
        return None
    rest = line
    for start, end, _ in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    if _PATTERNS["date_line_rest"].match(rest):
        return dates[0][2]
    return None


def dateline_of(line: str) -> str | None:
    """The dateline of a line that is one ("KHARTOUM, Sudan"), else ``None``.

    >>> dateline_of("KHARTOUM, Sudan"), dateline_of("Khartoum, Sudan")
    ('KHARTOUM, Sudan', None)
    """
    text = line.strip()
    if len(text) > 70 or not _PATTERNS["dateline_line"].match(text):
        return None
    first = text.split(",")[0]
    if canonical_agency(first) is not None or first.lower() in PHOTO_AGENCIES:
        return None
    return text


def inline_dateline_end(paragraph: str) -> int:
    """Where the text proper begins after a dateline opening ``paragraph`` (0 without one).

    >>> inline_dateline_end("KYIV, March 3 (Reuters) - Drones struck.")
    26
    """
    match = _PATTERNS["dateline_inline"].match(paragraph[:120])
    return match.end() if match is not None else 0


def inline_dateline(paragraph: str) -> tuple[str, str | None] | None:
    """The dateline and agency opening a paragraph ("KYIV, Ukraine (AP) - ...").

    >>> inline_dateline("GAZA CITY (Reuters) - Shelling resumed.")
    ('GAZA CITY', 'Reuters')
    >>> inline_dateline("GOMA, Democratic Republic of Congo (AP) \u2014 Talks began.")
    ('GOMA, Democratic Republic of Congo', 'AP')
    """
    match = _PATTERNS["dateline_inline"].match(paragraph[:120])
    if match is None:
        return None
    agency = match.group("agency")
    return match.group("place"), canonical_agency(agency) if agency else None


def names_of_byline(line: str) -> tuple[str, ...] | None:
    """The authors of a byline ("By Ana Ruiz and Omar Haddad"), or ``None``.

    >>> names_of_byline("By Ana Ruiz, Li Wei and Omar al-Haddad")
    ('Ana Ruiz', 'Li Wei', 'Omar al-Haddad')
    >>> names_of_byline("Troops Enter Kherson") is None
    False
    """
    text = line.strip()
    if len(text) > 120 or is_sentence_shaped(text):
        return None
    lower = text.lower()
    for prefix in ("by ", "by: ", "written by ", "words by ", "author: ", "authors: "):
        if lower.startswith(prefix):
            text = text[len(prefix) :]
            break
    text = text.replace(" & ", ", ").replace(" and ", ", ")
    names = [part.strip() for part in text.split(",")]
    if len(names) > 1 and _outlet_named(names[-1]) is not None:
        names.pop()  # "By Sara Haddad, CNN": the desk, not an author
    if not names or any(not _is_name(part) for part in names):
        return None
    return tuple(names)


def byline_outlet(line: str) -> str | None:
    """The outlet or agency a byline ends with ("By Sara Haddad, CNN"), or ``None``.

    >>> byline_outlet("By Sara Haddad, CNN"), byline_outlet("By Sara Haddad and Li Wei")
    ('CNN', None)
    """
    text = line.strip()
    if len(text) > 120 or not text.lower().startswith("by ") or "," not in text:
        return None
    if names_of_byline(text) is None:
        return None
    return _outlet_named(text.rsplit(",", 1)[1])


def _outlet_named(part: str) -> str | None:
    return canonical_outlet(part) or canonical_agency(part)


def _is_name(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        head = word.split("-")[-1] if word.lower().startswith(("al-", "el-")) else word
        if word.lower() in _NAME_PARTICLES:
            continue
        if not head[:1].isupper() or any(ch.isdigit() for ch in word):
            return False
    return True
