"""Laws of the parser's fast paths: each gives what its plain, slow statement gives."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import _furniture as furn
from conflictfacts import _sentences
from conflictfacts import article as ar
from conflictfacts._textmap import TextMap
from tests.strategies import any_text, hostile_texts, page_text

#: Pieces that build texts close to the furniture phrases: halves of them, separators, noise.
_PHRASE_PIECES = st.sampled_from(
    [piece for phrase in furn.STRONG_FOOTER for piece in (phrase, phrase[:5], phrase[-6:])]
    + [" ", "-", "  ", "x", "auto", "sign", "up", "here"]
)
_NEAR_PHRASES = st.lists(_PHRASE_PIECES, max_size=12).map("".join)


@given(st.one_of(_NEAR_PHRASES, st.text(max_size=200)))
@example("sign  up here")
@example("auto-generated")
@example("-generated")
@example("click here")
@example(" -generated auto")
def test_strong_footer_pattern_is_a_substring_search(key: str) -> None:
    """The one-pass pattern and the unspaced phrases find a phrase when some phrase is in key."""
    found = furn._has_strong_footer(key)
    assert found == any(phrase in key for phrase in furn.STRONG_FOOTER)


def _plain_textmap(original: str) -> tuple[str, tuple[int, ...]]:
    """The working copy and drops, built one character at a time."""
    spaces = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    spaces += "\u202f\u205f\u3000"
    breaks = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    kept: list[str] = []
    drops: list[int] = []
    for at, char in enumerate(original):
        if char in "\u200b\u200c\u200d\u2060\ufeff\u00ad" or original[at : at + 2] == "\r\n":
            drops.append(len(kept))
        elif char in spaces:
            kept.append(" ")
        elif char in breaks:
            kept.append("\n")
        elif char in "\u2018\u2019\u201a\u2032":
            kept.append("'")
        elif char in "\u201c\u201d\u201e\u2033":
            kept.append('"')
        else:
            kept.append(char)
    return "".join(kept), tuple(drops)


_SPECIAL = st.sampled_from(list("\r\n\t\u00a0\u200b\u00ad\ufeff\u2019\u201c\u2028 ab"))


@given(st.one_of(st.lists(_SPECIAL, max_size=40).map("".join), st.text(max_size=200)))
@example("\r\r\n\u200b\r")
@example("\u2019\u201c\t\r\u2019\r\n\u00a0\u200b\u2019\u2019")
@example("\u201c" * 2100 + "\u200b" + "\u2028" * 3)
def test_textmap_is_the_plain_character_rewrite(original: str) -> None:
    """One scan gives the copy and the drops that a character-by-character rewrite gives."""
    tm = TextMap.build(original)
    assert (tm.text, tm.drops) == _plain_textmap(original)


_STOPS_AND_BREAKS = st.lists(st.sampled_from(list(".!?\u2026\n \t\u00a0ab")), max_size=60).map(
    "".join
)


@given(st.one_of(_STOPS_AND_BREAKS, st.text(max_size=200)))
@example(".\n\n!")
@example("\n \n\u2026")
def test_sentence_candidates_are_stop_runs_or_blank_lines(text: str) -> None:
    """The one-class candidate pattern finds what the plain two-way alternation finds."""
    plain = re.compile("[.!?\u2026]{1,20}|\n[^\\S\n]{0,200}\n")
    found = [m.span() for m in _sentences._PATTERNS["candidate"].finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


_SELF_PIECES = st.sampled_from(
    [
        *("Daily Planet", " has been ", " HAVE BEEN ", " declared", " banned", " sends out "),
        *(" delivers ", " brings you ", " sends you ", "has", " been ", "\n", " ", "\u017f"),
        "x" * 30,
    ]
)


@given(st.one_of(st.lists(_SELF_PIECES, max_size=8).map("".join), st.text(max_size=120)))
@example("A" * 40 + " brings you ")
@example("Daily Planet has been declared undesirable")
def test_self_reference_cue_is_necessary(text: str) -> None:
    """A line that the 'declared' or 'sends' pattern reads always holds the quick cue."""
    if furn._PATTERNS["self_declared"].match(text) or furn._PATTERNS["self_sends"].match(text):
        assert furn._PATTERNS["self_cue"].search(text, 0, 60) is not None


_CAPTION_ENDS = st.lists(
    st.sampled_from(["(", "[", ")", "]", "\u00a9", ":", " ", "Photo", "s", "image", "x" * 79]),
    max_size=12,
).map("".join)


@given(st.one_of(_CAPTION_ENDS, st.text(max_size=120)))
@example("Smoke rises (Photo: AFP)")
@example("\u00a9\u00a9 Reuters")
def test_tail_credit_pattern_is_the_plain_alternation(line: str) -> None:
    """The one-class tail credit pattern finds what the plain alternation finds."""
    plain = re.compile(
        r"(?:[(\[](?:photo|photos|image|picture|credit|file photo|foto)s?\s{0,2}:[^()\[\]]{1,80}"
        r"[)\]]|\u00a9[^\u00a9]{1,80})$",
        re.IGNORECASE,
    )
    found = furn._PATTERNS["tail_credit"].search(line)
    expected = plain.search(line)
    assert (found and found.span()) == (expected and expected.span())


_DATE_PIECES = st.sampled_from(
    [
        *("3 ", "May", "\u017fept", "SEPT", "Sept. ", "20", "2021", "-", "02", "T12:", " of "),
        *(", ", "st", "June", "x", "\u212a", "Dec", "\u017f", "\u0663"),
    ]
)


@given(st.one_of(st.lists(_DATE_PIECES, max_size=10).map("".join), st.text(max_size=120)))
@example("\u017fept. 3, 2021")
@example("on 2020-02-20T10:00")
def test_full_date_lookahead_changes_nothing(line: str) -> None:
    """The quick lookahead before the full-date alternatives only skips what cannot match."""
    pattern = furn._PATTERNS["full_date"]
    plain = re.compile(pattern.pattern.replace(f"(?={furn._DATE_INITIALS})", ""), pattern.flags)
    assert plain.pattern != pattern.pattern
    assert [m.span() for m in pattern.finditer(line)] == [m.span() for m in plain.finditer(line)]


_LEAD_PIECES = st.sampled_from(
    [
        *("Text by", "WORDS BY ", "\u017ftory by", "Report by: ", "skip to more "),
        *("\u017fKIP TO ALL ", "\u00a9", "(c)", "(C) ", "Copyright ", "2024 ", "Daily Planet"),
        *(" sites", " Follow", "."),
        *(" ", "|", "x"),
    ]
)


@given(st.one_of(st.lists(_LEAD_PIECES, max_size=8).map("".join), st.text(max_size=120)))
@example("\u017fkip to other Daily Planet sites")
@example("(c) 2024 Daily Planet.")
@example("Text by: Daily Planet Follow")
def test_self_reference_lead_is_necessary(text: str) -> None:
    """A line that a 'text by', 'skip to' or copyright pattern reads begins with the lead."""
    strong = ("self_text_by", "self_skip", "self_copyright")
    if any(furn._PATTERNS[name].match(text) for name in strong):
        assert furn._PATTERNS["self_lead"].match(text) is not None


_WORDY = st.lists(st.sampled_from(["get", "the", "app", "apps", " ", "  ", "\u2003", "\x1f", "x"]))


@given(st.one_of(_WORDY.map("".join), st.text(max_size=80)))
@example("get the app")
@example("get \x1f apps ")
def test_four_words_tell_what_all_words_tell(key: str) -> None:
    """The counts and words that is_furniture reads from four words are those of all words."""
    words, four = key.split(), key.split(None, 3)
    assert min(len(words), 4) == len(four)
    if words:
        assert (words[0], words[-1]) == (four[0], key.rsplit(None, 1)[-1])


# ------------------------------------------------- per-line shortcuts of the article parser

#: Pieces of page lines: list marks, furniture words, cues, odd spaces and case partners.
_LINE_PIECES = st.sampled_from(
    [
        *("1. ", "12) ", "\u0663. ", "\u2022 ", "- ", "* ", ">", "-- ", " ", "  ", "\x1f"),
        "\u2003",
        *("Advertisement", "More from ", "more on ", "Related", "get the", " app", "apps"),
        *("World | Europe", " > ", "Text by: ", "Skip to more ", "\u00a9 ", "Copyright 2024 "),
        *("Daily Planet", " has been declared", " sends out ", "reporting by", "auto-generated"),
        *("click here", "file_name.png", "x", "word ", "Troops advanced.", '."', "?", "\u017f"),
        *("\u0130", "\u212a", "(", "[", "Photo: AFP)", "\u00e9t\u00e9 ", "3 May 2022", ":"),
    ]
)
_PAGE_LINES = st.one_of(
    st.lists(_LINE_PIECES, max_size=12).map("".join),
    st.text(max_size=160),
    hostile_texts.map(lambda text: text[:300]),
)


def _plain_furniture_key(line: str) -> str:
    """furniture_key as first written: the list-mark pattern tried on every line."""
    key = line.strip()
    mark = furn._PATTERNS["list_mark"].match(key)
    if mark:
        key = key[mark.end() :]
    key = key.strip(" -\u2013\u2014|:>\u2022")
    return " ".join(key.lower().split()) if len(key) < 200 else key.lower()


def _plain_is_furniture(line: str) -> bool:
    """is_furniture as first written, every test in full."""
    key = _plain_furniture_key(line)
    if not key or not any(map(str.isalpha, key[:400])):
        return True
    words = key.split()
    if key in furn.FURNITURE_LINES or key in furn.RELATED_MARKERS:
        return True
    if key.startswith(furn.FURNITURE_PREFIXES):
        return True
    if furn.is_related_marker(line, key) or furn.is_breadcrumb(line):
        return True
    if len(words) >= 3 and words[0] == "get" and words[-1] in ("app", "apps"):
        return True
    if any(phrase in key for phrase in furn.STRONG_FOOTER):
        return True
    if len(words) == 1 and ("_" in key or key.endswith((".png", ".jpg", ".svg", ".gif"))):
        return True
    stripped = line.strip()
    mark = furn._PATTERNS["list_mark"].match(stripped)
    if mark and mark.group().strip() and not mark.group()[0].isdigit():
        return not furn.is_sentence_shaped(stripped[mark.end() :])
    if len(words) <= 3 and stripped[:1].islower() and not furn.is_sentence_shaped(stripped):
        return True
    self_reference = furn.outlet_self_reference(line)
    return self_reference is not None and furn._self_reference_is_furniture(line)


@given(_PAGE_LINES)
@example("\u0663. Advertisement")
@example("\u2022 Sudan")
@example("- Troops advanced on the town.")
@example("\x1f- more on this")
@example("World | Europe")
@example("get the Daily Planet app")
def test_furniture_shortcuts_change_nothing(line: str) -> None:
    """The list-mark guard, the length limits and the unspaced phrases change no answer."""
    assert furn.furniture_key(line) == _plain_furniture_key(line)
    assert furn.is_furniture(line) == _plain_is_furniture(line)


@given(_PAGE_LINES)
@example("\u0663) x")
@example("")
def test_list_marks_begin_with_a_digit_or_a_bullet(line: str) -> None:
    """A line the list-mark pattern reads begins with a decimal digit or one of the bullets."""
    mark = furn._PATTERNS["list_mark"].match(line)
    if mark is not None:
        assert line[:1].isdecimal() or line[:1] in furn._BULLETS
    if line[:1] and line[0] in furn._BULLETS:  # and a bullet always opens one
        assert mark is not None
        assert not mark.group()[0].isdigit()


@given(st.one_of(st.lists(_SELF_PIECES, max_size=8).map("".join), st.text(max_size=120)))
@example("Daily Planet HAS BEEN banned")
@example("Daily Planet \u017fends out ")
@example("X brIngs you ")
def test_ascii_self_cue_is_the_case_blind_cue(text: str) -> None:
    """On ASCII text, the lower-case cue finds what the case-blind cue finds."""
    head = text[:60]
    if head.isascii():
        fast = furn._PATTERNS["self_cue_ascii"].search(head.lower()) is not None
        assert fast == (furn._PATTERNS["self_cue"].search(text, 0, 60) is not None)


@given(st.one_of(_CAPTION_ENDS, st.text(max_size=120)))
@example("Smoke rises \u00a9 AFP")
def test_tail_credits_begin_with_an_opener(line: str) -> None:
    """The tail-credit pattern never matches a window without a bracket or copyright sign."""
    if furn._PATTERNS["tail_credit"].search(line) is not None:
        assert any(opener in line for opener in "([\u00a9")


@given(_PAGE_LINES)
@example("a b\x1fc.")
@example("a  b ")
def test_bounded_word_counts_are_the_full_counts(line: str) -> None:
    """A split that stops after n parts has n of them exactly when there are n words or more."""
    assert (len(line.split(None, 2)) == 3) == (len(line.split()) >= 3)
    assert (len(line.split(None, 19)) == 20) == (len(line.split()) >= 20)


@given(st.one_of(_PAGE_LINES, st.sampled_from([a for v in furn.OUTLETS.values() for a in v])))
@example("Deutsche  Welle.")
def test_outlet_aliases_are_the_table_walk(name: str) -> None:
    """The alias table gives the outlet a walk through OUTLETS in order gives."""
    key = " ".join(name.lower().replace("\u2019", "'").split()).strip(" .,:;")
    walked = next((c for c, aliases in furn.OUTLETS.items() if key in aliases), None)
    assert furn.canonical_outlet(name) == walked


@given(_PAGE_LINES)
@example("x" * 61)
@example("Published 3 May 2022" + " " * 70)
def test_length_limits_the_parser_checks_first(line: str) -> None:
    """Related markers are at most 60 characters long, date lines at most 80."""
    if len(line) > 60:
        assert not furn.is_related_marker(line)
    if len(line) > 80:
        assert furn.is_date_line(line) is None


def _plain_lines(norm: str) -> list[ar._Line]:
    """The parser's lines as first written: every line measured, every pair tried for a wrap."""
    out: list[ar._Line] = []
    gap = 0
    position = 0
    for raw in norm.split("\n"):
        left = len(raw) - len(raw.lstrip(" "))
        stripped = raw.strip(" ")
        if stripped:
            start = position + left
            line = ar._Line(start, start + len(stripped), stripped, gap)
            if out and ar._wrapped(out[-1], line):
                joined = out[-1]
                end = line.end
                out[-1] = ar._Line(joined.start, end, norm[joined.start : end], joined.gap)
            else:
                out.append(line)
            gap = 0
        else:
            gap += 1
        position += len(raw) + 1
    return out


@given(st.one_of(page_text, any_text, hostile_texts))
@example("  x" + "y" * 40 + "\nand more\n\n  z ")
@example(" \n \n")
def test_lines_skip_only_what_cannot_wrap(text: str) -> None:
    """Lines read without measuring unindented lines or trying spaced pairs are the same."""
    norm = TextMap.build(text).text
    assert ar._lines(norm) == _plain_lines(norm)


@given(st.one_of(page_text, any_text))
@example("a\u200bb")
def test_a_map_without_drops_is_the_identity(text: str) -> None:
    """Without dropped characters, every offset of the copy is the original's."""
    tm = TextMap.build(text)
    if not tm.drops:
        positions = range(1, len(tm.text) + 1)
        assert all(tm.original_start(p - 1) == p - 1 for p in positions)
        assert all(tm.original_end(p) == p for p in positions)


@given(st.one_of(st.lists(_DATE_PIECES, max_size=10).map("".join), _PAGE_LINES))
@example("3 May 1899")
@example("3 May 2200 and 2022-05-03")
@example("\u0663 May \u0662\u0660\u0662\u0661")
@example("\uff12\uff10\uff12\uff11-05-03")
def test_ascii_lines_without_a_century_hold_no_full_date(line: str) -> None:
    """An ASCII line without "19", "20" or "21" holds no full date the parser keeps."""
    if line.isascii() and "19" not in line and "20" not in line and "21" not in line:
        plain = list(furn._PATTERNS["full_date"].finditer(line))
        assert all(
            not 1900 <= int(m.group("y1") or m.group("y2") or m.group("y3")) <= 2199
            for m in plain
        )
        assert furn.find_full_dates(line) == []


@given(_PAGE_LINES)
@example("Home \u203a World")
@example("World\u00a0\u00bb\u2003Europe")
def test_breadcrumbs_hold_a_separator(line: str) -> None:
    """The breadcrumb pattern only matches where one of its separators stands."""
    if furn._PATTERNS["breadcrumb"].search(line) is not None:
        assert furn._has_breadcrumb_separator(line)


_LABELLED = st.lists(_LINE_PIECES, max_size=4).map(lambda pieces: "Photo" + "".join(pieces))


@given(st.one_of(_PAGE_LINES, _LABELLED))
@example("Image: AFP")
@example("\u0130mage : x")
def test_credit_labels_hold_a_colon(line: str) -> None:
    """The credit-label pattern only matches a line that holds a colon."""
    if furn._PATTERNS["credit_label"].match(line) is not None:
        assert ":" in line


def _plain_word_before(text: str, position: int, floor: int) -> str:
    """The token before ``position``, walked back one character at a time."""
    start = position
    limit = max(floor, position - 24)
    while start > limit and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:position]


_WORD_PIECES = st.lists(
    st.sampled_from([*"ab. \t\u00e9\u00b2\u2167_1", "U.S.", "Gen", "x" * 30]), max_size=12
).map("".join)


@given(st.one_of(_WORD_PIECES, st.text(max_size=60)), st.data())
@example("Gen. x", None)
@example("..", None)
@example(" .", None)
@example("a\tb.", None)
@example("x" * 40, None)
def test_word_before_quick_path_is_the_walk(text: str, data: st.DataObject | None) -> None:
    """The token found from the last space is the one the character walk finds."""
    cuts = [(len(text), 0)]
    if data is not None:
        position = data.draw(st.integers(0, len(text)))
        cuts.append((position, data.draw(st.integers(0, position))))
    for position, floor in cuts:
        assert _sentences._word_before(text, position, floor) == _plain_word_before(
            text, position, floor
        )


def test_space_is_the_one_printable_whitespace() -> None:
    """The fact ``_squeeze`` rests on, over every character."""
    assert [c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()] == [" "]


_SPACED = st.lists(st.sampled_from(["a", "B", " ", "  ", "\t", "\u00a0", "\u2028", "\u0130", "."]))


@given(st.one_of(_SPACED.map("".join), st.text(max_size=80)))
@example("")
@example(" a")
@example("a ")
@example("a  b")
@example("a\u00a0b")
@example("\u0130 x")
def test_squeeze_is_split_and_join(text: str) -> None:
    """The quick return gives what splitting and joining gives."""
    assert furn._squeeze(text) == " ".join(text.split())
    assert furn._squeeze(text.lower()) == " ".join(text.lower().split())
