"""Laws of the parser's fast paths: each gives what its plain, slow statement gives."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import _furniture as furn
from conflictfacts import _sentences
from conflictfacts._textmap import TextMap

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
def test_strong_footer_pattern_is_a_substring_search(key: str) -> None:
    """The one-pass pattern finds a phrase exactly when some phrase is a substring."""
    found = furn._PATTERNS["strong_footer"].search(key) is not None
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
