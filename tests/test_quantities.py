"""Laws and a table of constructions for :func:`conflictfacts.find_quantities`."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import InputTypeError, Quantity, QuantityRole, find_quantities
from tests.strategies import (
    FIGURE_TAILS,
    any_text,
    figure_tails,
    page_text,
    quantity_frames,
    quantity_qualifiers,
    rendered_integers,
)


def _expected(kind: str | None, number: int) -> tuple[int | None, int | None, bool]:
    if kind == "lower":
        return number, None, False
    if kind == "upper":
        return None, number, False
    if kind == "nearly":
        return -((-9 * number) // 10), number, True
    if kind == "approx":
        return number, number, True
    return number, number, False


def _check_invariants(text: str, found: tuple[Quantity, ...]) -> None:
    previous_end = 0
    for quantity in found:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.start >= previous_end
        previous_end = quantity.end
        if quantity.low is not None:
            assert quantity.low <= quantity.value
        if quantity.high is not None:
            assert quantity.value <= quantity.high


# ------------------------------------------------------------------------------------ laws


@given(rendered_integers(), quantity_qualifiers, quantity_frames)
@example(("1,500", 1500), ("at least ", "lower"), "{} civilians fled the shelling near Kharkiv.")
@example(("2011", 2011), ("", None), "Officials in Khartoum said {} people were killed.")
@example(
    ("Twenty-seven", 27), ("nearly ", "nearly"), "{} civilians fled the shelling near Kharkiv."
)
@example(("one", 1), ("some ", "approx"), "{} civilians fled the shelling near Kharkiv.")
@example(
    ("1500", 1500), ("upwards of ", "lower"), "Officials in Khartoum said {} people were killed."
)
def test_a_stated_count_parses_back_to_its_value_and_interval(
    rendered: tuple[str, int], qualifier: tuple[str, str | None], frame: str
) -> None:
    surface, number = rendered
    prefix, kind = qualifier
    if prefix and frame.startswith("{}"):
        prefix = prefix[0].upper() + prefix[1:]
    text = frame.format(prefix + surface)
    found = find_quantities(text)
    assert len(found) == 1, found
    (quantity,) = found
    low, high, approximate = _expected(kind, number)
    assert quantity.value == number
    assert (quantity.low, quantity.high) == (low, high)
    assert quantity.approximate is approximate
    assert quantity.unit is None
    assert quantity.text.lower() == (prefix + surface).lower()
    assert quantity.role is QuantityRole.TOTAL


@given(st.one_of(any_text, page_text), st.booleans())
@example("1,000-" * 50 + "Su-24 at least 9 10:30 2.3m", True)
@example("a a, 5 a", True)
@example("hundred\u017f of thou\u017fand\u017f at lea\u017ft 5 \u017feveral", False)
@example("thous\u0131nds at le\u0130st 4 \u212aouple", True)
def test_any_text_is_accepted_and_every_span_indexes_it(text: str, articles: bool) -> None:
    _check_invariants(text, find_quantities(text, articles=articles))


@pytest.mark.parametrize("value", [None, b"12 killed", 12, ["12"]])
def test_non_text_raises_input_type_error(value: object) -> None:
    with pytest.raises(InputTypeError):
        find_quantities(value)  # type: ignore[arg-type]


# ------------------------------------------------------------------------- constructions

# (text, [(surface, value, low, high, qualifier, approximate, unit, point, role)])
_R = QuantityRole
CASES: list[tuple[str, list[tuple[object, ...]]]] = [
    # digits, separators and scales
    (
        "Some 1,500 homes burned.",
        [("Some 1,500", 1500, 1500, 1500, "Some", True, None, 1500, _R.TOTAL)],
    ),
    (
        "The UN counted 900 000 refugees.",
        [("900 000", 900000, 900000, 900000, None, False, None, 900000, _R.TOTAL)],
    ),
    (
        "1.5 million people left Khartoum.",
        [("1.5 million", 1500000, 1500000, 1500000, None, False, None, 1500000, _R.TOTAL)],
    ),
    (
        "Aid of $2.3m arrived.",
        [("$2.3m", 2300000, 2300000, 2300000, None, False, "USD", 2300000, _R.TOTAL)],
    ),
    (
        "A 5,000-strong militia.",
        [("5,000-strong", 5000, 5000, 5000, None, False, None, 5000, _R.TOTAL)],
    ),
    (
        "The fund holds 3bn euros.",
        [("3bn", 3000000000, 3000000000, 3000000000, None, False, None, 3000000000, _R.TOTAL)],
    ),
    # number words
    (
        "Thirteen medics were detained in Tigray.",
        [("Thirteen", 13, 13, 13, None, False, None, 13, _R.TOTAL)],
    ),
    ("twenty-seven fighters", [("twenty-seven", 27, 27, 27, None, False, None, 27, _R.TOTAL)]),
    (
        "one hundred and five villagers",
        [("one hundred and five", 105, 105, 105, None, False, None, 105, _R.TOTAL)],
    ),
    ("a dozen drones", [("a dozen", 12, 12, 12, None, False, None, 12, _R.TOTAL)]),
    (
        "half a million people",
        [("half a million", 500000, 500000, 500000, None, False, None, 500000, _R.TOTAL)],
    ),
    (
        "more than a dozen trucks",
        [("more than a dozen", 12, 12, None, "more than", False, None, 12, _R.TOTAL)],
    ),
    # vague amounts
    ("Dozens died in Goma.", [("Dozens", 24, 24, 99, "Dozens", True, None, 12, _R.TOTAL)]),
    ("scores of houses", [("scores", 40, 40, 99, "scores", True, None, 20, _R.TOTAL)]),
    ("hundreds fled", [("hundreds", 200, 200, 999, "hundreds", True, None, 100, _R.TOTAL)]),
    (
        "thousands of troops",
        [("thousands", 2000, 2000, 9999, "thousands", True, None, 1000, _R.TOTAL)],
    ),
    (
        "tens of thousands of people",
        [
            (
                "tens of thousands",
                20000,
                20000,
                99999,
                "tens of thousands",
                True,
                None,
                10000,
                _R.TOTAL,
            )
        ],
    ),
    (
        "hundreds of thousands of people",
        [
            (
                "hundreds of thousands",
                200000,
                200000,
                999999,
                "hundreds of thousands",
                True,
                None,
                100000,
                _R.TOTAL,
            )
        ],
    ),
    (
        "millions were displaced",
        [("millions", 2000000, 2000000, None, "millions", True, None, 1000000, _R.TOTAL)],
    ),
    ("a handful of guards", [("a handful", 3, 3, 9, "a handful", True, None, 3, _R.TOTAL)]),
    (
        "several hundred rockets",
        [("several hundred", 300, 300, 999, "several hundred", True, None, 300, _R.TOTAL)],
    ),
    ("a few reporters", [("a few", 3, 3, 9, "a few", True, None, 3, _R.TOTAL)]),
    ("a couple of shells", [("a couple", 2, 2, 3, "a couple", True, None, 2, _R.TOTAL)]),
    # bounds and hedges
    ("at least 7 deaths", [("at least 7", 7, 7, None, "at least", False, None, 7, _R.TOTAL)]),
    (
        "upwards of 300 troops",
        [("upwards of 300", 300, 300, None, "upwards of", False, None, 300, _R.TOTAL)],
    ),
    ("nearly 40 miners", [("nearly 40", 40, 36, 40, "nearly", True, None, 40, _R.TOTAL)]),
    (
        "as many as 90 pupils",
        [("as many as 90", 90, None, 90, "as many as", False, None, 90, _R.TOTAL)],
    ),
    (
        "fewer than 10 guards",
        [("fewer than 10", 10, None, 10, "fewer than", False, None, 10, _R.TOTAL)],
    ),
    (
        "an estimated 4,000 residents",
        [("an estimated 4,000", 4000, 4000, 4000, "an estimated", True, None, 4000, _R.TOTAL)],
    ),
    ("60 or more rockets", [("60 or more", 60, 60, None, "or more", False, None, 60, _R.TOTAL)]),
    # ranges
    ("15-20 kilometres away", [("15-20 kilometres", 15, 15, 20, None, False, "km", 15, _R.TOTAL)]),
    ("15 to 20 boats", [("15 to 20", 15, 15, 20, None, False, None, 15, _R.TOTAL)]),
    (
        "between 10 and 12 hostages",
        [("between 10 and 12", 10, 10, 12, "between", False, None, 10, _R.TOTAL)],
    ),
    ("a front of 10-12 miles", [("10-12 miles", 10, 10, 12, None, False, "mi", 10, _R.TOTAL)]),
    (
        "two to three million people",
        [("two to three million", 2000000, 2000000, 3000000, None, False, None, 2000000, _R.TOTAL)],
    ),
    # increments and parts
    (
        "another five bodies were found",
        [("another five", 5, 5, 5, None, False, None, 5, _R.INCREMENT)],
    ),
    ("two more soldiers died", [("two more", 2, 2, 2, None, False, None, 2, _R.INCREMENT)]),
    ("five others were hurt", [("five others", 5, 5, 5, None, False, None, 5, _R.INCREMENT)]),
    (
        "half of the wells",
        [
            (
                "half",
                Decimal("0.5"),
                Decimal("0.5"),
                Decimal("0.5"),
                None,
                False,
                None,
                Decimal("0.5"),
                _R.FRACTION,
            )
        ],
    ),
    # measures and percentages
    (
        "1,500 square kilometers of land",
        [("1,500 square kilometers", 1500, 1500, 1500, None, False, "km2", 1500, _R.TOTAL)],
    ),
    ("a 130 mm howitzer", [("130 mm", 130, 130, 130, None, False, "mm", 130, _R.TOTAL)]),
    ("a road 10 miles long", [("10 miles", 10, 10, 10, None, False, "mi", 10, _R.TOTAL)]),
    ("40% of clinics", [("40%", 40, 40, 40, None, False, "percent", 40, _R.TOTAL)]),
    ("12 percent of homes", [("12 percent", 12, 12, 12, None, False, "percent", 12, _R.TOTAL)]),
    ("over 3 hectares", [("over 3 hectares", 3, 3, None, "over", False, "ha", 3, _R.TOTAL)]),
    ("the siege lasted nine years", [("nine years", 9, 9, 9, None, False, "year", 9, _R.TOTAL)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(text: str, expected: list[tuple[object, ...]]) -> None:
    found = find_quantities(text)
    got = [
        (q.text, q.value, q.low, q.high, q.qualifier, q.approximate, q.unit, q.point, q.role)
        for q in found
    ]
    assert got == expected
    _check_invariants(text, found)


NOT_QUANTITIES = [
    "The uprising began in 2011.",
    "It was agreed in 2018 at Sochi.",
    "Talks on 17-18 February in Doha.",
    "Photo taken 04 February 2020.",
    "Fighting resumed on March 4.",
    "Jets were seen on 2020-03-04 and 04/03/2020.",
    "Su-24 bombers and S-400 batteries, F-35 jets, T-72 tanks, MiG-29s and Mi-8 helicopters.",
    "The fifth convoy and the 13th brigade.",
    "A fifth-generation fighter.",
    "The nine-year conflict in Yemen.",
    "A 10-year-old boy.",
    "1. Skip to content",
    "Top stories\n1\n2\n3\n",
    "The strike came at 10:30 and again at 3 p.m.",
    "Call +44 20 7946 0958 or (202) 555-0143.",
    "UN Resolution 2254 and Article 5.",
    "Mortars like the 2S19 and the 9M133.",
    "No one was hurt, they helped one another.",
    "The ceasefire of the 1990s.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "articles", "expected"),
    [
        ("Rebels seized a tank, six armored vehicles and a truck.", True, ["a", "six", "a"]),
        ("Rebels seized a tank, six armored vehicles and a truck.", False, ["six"]),
        ("A soldier was killed near Bakhmut.", True, ["A"]),
        ("A convoy reached a village in a valley.", True, []),
        ("an Mi-8 and a tank", True, ["an", "a"]),
    ],
)
def test_articles_count_only_when_asked_and_where_they_count(
    text: str, articles: bool, expected: list[str]
) -> None:
    assert [q.text for q in find_quantities(text, articles=articles)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb of saying, "that" opens a clause: "one" is a figure
        ("The ministry said that one soldier was killed in Vessa.", ["one"]),
        ("Officials confirmed that one Talveran helicopter was downed.", ["one"]),
        # a demonstrative "that one" stays a pronoun
        ("Residents said the shelter was full, and that one near the river too.", []),
        ("We chose that one over the others.", []),
    ],
)
def test_one_after_said_that_is_a_figure(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == expected


def test_a_percentage_is_never_a_bare_count() -> None:
    (quantity,) = find_quantities("Prices rose 45 per cent in Sanaa.")
    assert quantity.unit == "percent"


def test_a_year_followed_by_people_is_a_count() -> None:
    assert [q.value for q in find_quantities("at least 2000 troops")] == [2000]


# ---------------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "text",
    [
        "1" * 1_000_000,
        "1,000," * 170_000,
        "9 " * 20_000,
        "at least " * 10_000 + "5",
        "Su-24 2011 10:30 " * 20_000,
    ],
    ids=["digits", "digits-and-commas", "spaced-digits", "repeated-hedge", "non-quantities"],
)
def test_hostile_text_is_read(text: str) -> None:
    # Timing is measured by benchmarks/bench_adversarial.py, never asserted here.
    found = find_quantities(text, articles=True)
    _check_invariants(text, found)


def test_importing_and_using_has_no_side_effects_on_logging_or_warnings() -> None:
    code = (
        "import logging, warnings\n"
        "warnings.simplefilter('error')\n"
        "import conflictfacts\n"
        "before = list(logging.getLogger().handlers), logging.getLogger().level\n"
        "q = conflictfacts.find_quantities('15 kilometres and 3 square miles')\n"
        "assert [x.unit for x in q] == ['km', 'mi2'], q\n"
        "assert (list(logging.getLogger().handlers), logging.getLogger().level) == before\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------- shortcuts


def _found_by_full_searches(text: str, *, articles: bool) -> tuple[Quantity, ...]:
    """What ``find_quantities`` reads when it searches each pattern afresh, without the scan."""
    from conflictfacts import quantities  # noqa: PLC0415 - the private readers are the subject

    found: list[Quantity] = []
    anchor_pattern = quantities._PATTERNS["anchor"]
    article_pattern = quantities._PATTERNS["article"]
    anchor = anchor_pattern.search(text)
    article = article_pattern.search(text) if articles else None
    position = 0
    while anchor is not None or article is not None:
        if anchor is not None and anchor.start() < position:
            anchor = anchor_pattern.search(text, position)
        elif article is not None and article.start() < position:
            article = article_pattern.search(text, position)
        elif article is not None and (anchor is None or article.start() < anchor.start()):
            counted = quantities._read_article(text, article, found[-1] if found else None)
            if counted is not None:
                found.append(counted)
            position = article.end()
        else:
            assert anchor is not None
            quantity: Quantity | None
            if anchor.lastgroup in ("vague", "few"):
                quantity, resume = quantities._read_vague(text, anchor)
            elif anchor.lastgroup == "fraction":
                quantity, resume = quantities._read_fraction(text, anchor)
            else:
                quantity, resume = quantities._read_number(text, anchor)
            if quantity is not None and not (found and quantity.start < found[-1].end):
                found.append(quantity)
            position = max(resume, anchor.start() + 1)
    return tuple(found)


@given(text=st.one_of(any_text, page_text), articles=st.booleans())
@example(text="hundred\u017f of Thousands, \u0663\u0664 sixty-\u0131 one-third of", articles=True)
@example(
    text="A few, a third of, SEVERAL, Half of, a\u00a0handful, Thirty-one, tens", articles=True
)
@example(text="An\u202ftank, a\ttruck, a few, an 5 a-third of, a, A", articles=True)
@example(text="a a 5 soldiers, a tank and a truck", articles=True)
@example(text="a soldier, a\u00e9 an\u00a0officer, \u00e9a a", articles=True)
def test_the_scan_reads_what_full_searches_read(text: str, articles: bool) -> None:
    found = find_quantities(text, articles=articles)
    expected = _found_by_full_searches(text, articles=articles)
    assert [(q, q.start, q.end, q.text) for q in found] == [
        (q, q.start, q.end, q.text) for q in expected
    ]


@given(text=st.one_of(any_text, page_text))
@example(
    text="\u201c5 killed?\u201d 7? \u00e9ight, t\u00e9n, \u0663\u0664, \u017feveral, \ud800six"
)
@example(text="A few, a third of, SEVERAL, Half of, a\u00a0handful, Thirty-one, tens, a5, _7")
@example(text="An\u202ftank, a\ttruck, \u00e9a an, -a b, a\u00a0b, (an\u00a0c), AN d, a")
def test_the_scan_keeps_every_place_an_anchor_or_article_matches(text: str) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private scan is the subject

    masked = quantities._masked(text)
    assert len(masked) == len(text) + 1
    starts = {m.start() for m in quantities._BYTE_PATTERNS["start"].finditer(masked)}
    anchor = quantities._PATTERNS["anchor"]
    article = quantities._PATTERNS["article"]
    for position in range(len(text) + 1):
        if anchor.match(text, position) is not None or article.match(text, position):
            assert position in starts, position


_BEFORE_PHRASES = (
    *("at least", "no fewer than", "No Less Than", "NO MORE THAN", "over", "upwards of"),
    *("in excess of", "nearly", "almost", "close to", "just under", "just below", "up to"),
    *("as many as", "as much as", "at most", "under", "some", "about", "around", "roughly"),
    *("approximately", "approx.", "an estimated", "Estimated", "between", "from", "another"),
    *("an additional", "a further", "further", "No.", "nos", "Resolution", "vol.", "Flight"),
    *("checkpoint", "post", "Sector", "in", "since", "fiscal", "the", "Until", "which", "each"),
    *("March", "Sept.", "Feb", "May 3 -", "June 4\u2013", "approx.\n", "more than\n "),
    *("\u017fome", "upward\u017f of", "\u212aatyusha no.", "th\u0130s", "the\u00a0"),
)


@given(text=st.one_of(any_text, page_text), data=st.data())
@example(text=" 12 ".join(_BEFORE_PHRASES) + " 12", data=None)
@example(text=" 1 ".join(phrase.upper() for phrase in _BEFORE_PHRASES) + " 1", data=None)
def test_the_before_test_never_skips_a_match(text: str, data: st.DataObject | None) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private search is the subject

    ends = [len(text), *(i for i, c in enumerate(text) if c.isdigit())]
    if data is not None:
        ends.append(data.draw(st.integers(0, len(text))))
    for name in quantities._LAST_WORDS:
        pattern = quantities._PATTERNS[name]
        for end in ends:
            low = max(0, end - 32)
            full = pattern.search(text, low, end)
            fast = quantities._before(name, text, end, quantities._head(text, end))
            assert (fast and fast.span()) == (full and full.span()), (name, end)


@pytest.mark.parametrize("number", ["1", "30", "2.5", "1500", "12345678"])
def test_known_units_are_what_quantulum3_answers(number: str) -> None:
    from conflictfacts import _quantulum  # noqa: PLC0415 - the private table is the subject

    for unit, known in _quantulum._KNOWN.items():
        assert _quantulum._parse_unit(number, f"{number} {unit}") == known, unit


@pytest.mark.parametrize("written", ["square km", "sq. km", "sq km", "square kilometres"])
def test_square_kilometres_in_any_spelling_are_km2(written: str) -> None:
    (area,) = find_quantities(f"The militia took 40 {written} of farmland.")
    assert (area.value, area.unit) == (40, "km2")


def test_a_hedge_may_end_a_wrapped_line_but_not_a_paragraph() -> None:
    (wrapped,) = find_quantities("more than\n45,000 people fled")
    assert (wrapped.low, wrapped.high, wrapped.qualifier) == (45000, None, "more than")
    (apart,) = find_quantities("more than\n\n45,000 people fled")
    assert (apart.low, apart.high) == (45000, 45000)


@given(surface=st.one_of(st.text(alphabet="0123456789", max_size=20), st.text(max_size=20)))
@example(surface="0")
@example(surface="007")
@example(surface="9" * 15)
@example(surface="9" * 16)
@example(surface="\u00b2")
@example(surface="\u0663\u0664")
@example(surface="1,500")
@example(surface="INFINITY")
@example(surface="NaN")
@example(surface="-inf")
def test_plain_digits_read_as_the_decimal_path_reads_them(surface: str) -> None:
    from conflictfacts import _numbers  # noqa: PLC0415 - the private reader is only for this law

    plain = "".join(ch for ch in surface if ch not in ", \u00a0\u202f\u2009")
    try:
        value = Decimal(plain)
        slow = (
            None
            if sum(ch.isdigit() for ch in plain) > _numbers.MAX_DIGITS or not value.is_finite()
            else _numbers.to_number(value)
        )
    except ArithmeticError:
        slow = None
    fast = _numbers.read_digits(surface)
    assert (type(fast), repr(fast)) == (type(slow), repr(slow))


# ------------------------------------------------------------ fast paths of _read_number


@given(tail=figure_tails, data=st.data())
@example(tail="".join(FIGURE_TAILS), data=None)
def test_may_follow_fails_only_where_every_after_pattern_fails(
    tail: str, data: st.DataObject | None
) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private shortcut is the subject

    texts = [tail, "12" + tail]
    if data is not None:
        texts.append(data.draw(st.one_of(any_text, page_text)) + tail)
    for text in texts:
        for position in range(len(text) + 1):
            if quantities._PATTERNS["may_follow"].match(text, position) is None:
                for name in quantities._AFTER_NAMES:
                    assert quantities._PATTERNS[name].match(text, position) is None, name


@pytest.mark.parametrize("name", ["scale_after", "clock_after", "date_after", "unit_after"])
@given(data=st.data())
def test_may_follow_matches_what_an_after_pattern_matches(name: str, data: st.DataObject) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private shortcut is the subject

    for each in (name, data.draw(st.sampled_from(quantities._AFTER_NAMES))):
        pattern = quantities._PATTERNS[each]
        anchored = re.compile(r"\A(?:" + pattern.pattern + ")", pattern.flags)
        text = data.draw(st.from_regex(anchored))
        if pattern.match(text) is not None:
            assert quantities._PATTERNS["may_follow"].match(text) is not None, (each, text)


@given(text=st.one_of(any_text, page_text, figure_tails.map(lambda tail: "a 12" + tail)))
@example(text="$3bn, US$ 4, \u20ac5m, \u00a36k, +44 20 7946 0958, + 12, 12+3, two-thirds")
@example(text="Six, one hundred and five, a dozen, twenty-\u017fix, half a million, 1 700 500")
def test_a_figure_read_from_its_anchor_is_the_figure_read_afresh(text: str) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private reader is the subject

    for anchor in quantities._PATTERNS["anchor"].finditer(text):
        if anchor.lastgroup in ("digits", "words"):
            fresh = quantities._figure_at(text, anchor.start())
            assert quantities._figure_at(text, anchor.start(), anchor) == fresh
            if fresh is not None:
                follows = quantities._PATTERNS["may_follow"].match(text, fresh.end) is not None
                assert fresh.follows == follows


def test_quantity_fields_keep_the_order_figures_are_built_in() -> None:
    # _read_number passes them by position.
    assert [field.name for field in attrs.fields(Quantity)] == [
        *("value", "low", "high", "qualifier", "approximate", "unit", "start", "end", "text"),
        *("point", "role"),
    ]


def test_each_whole_word_reads_alone_as_its_value() -> None:
    from conflictfacts import _numbers  # noqa: PLC0415 - the private table is the subject

    for word, value in _numbers.WORD_VALUES.items():
        assert _numbers.read_number_words([word]) == (value, 1)
        assert word not in _numbers.SCALE_WORDS


_NUMBER_WORDS = (
    *("one", "Two", "SEVEN", "eleven", "twenty", "Forty", "ninety", "hundred", "thousand"),
    *("dozen", "million", "and", "a", "half", "\u017fix", "\u017feven", "f\u0131ve"),
    *("th\u0130rty", "\u212aone", "tens", "seventeen", "nineteen", "zero"),
)
_word_texts = st.lists(
    st.tuples(
        st.sampled_from(_NUMBER_WORDS), st.sampled_from((" ", "-", ", ", "\u00a0", "s ", ""))
    ),
    max_size=12,
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


@given(text=st.one_of(any_text, page_text, _word_texts))
@example(text="Seven, TWELVE-five, forty two, a hundred, half a dozen, \u017fix, th\u0130rteen")
@example(text="one and five, ninety nine, Eighty-Seven thousand, zero. ten\u00a0million")
def test_a_figure_in_one_word_is_what_the_word_reader_reads(text: str) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private reader is the subject

    for anchor in quantities._PATTERNS["anchor"].finditer(text):
        if anchor.lastgroup == "words":
            slow = quantities._figure_in_words(text, anchor.start(), anchor)
            assert quantities._figure_at(text, anchor.start(), anchor) == slow


@given(text=st.one_of(any_text, page_text))
@example(text="$5 US$5 \u20ac5 \u00a35 $\n5 US$\n5 +5 + 5 +\n5 ++5 5+ US 5 $$5")
def test_the_symbol_tests_never_skip_a_currency_or_phone_sign(text: str) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private patterns are the subject

    for start in range(len(text) + 1):
        if quantities._PATTERNS["currency_before"].search(text, max(0, start - 3), start):
            assert set(text[max(0, start - 3) : start]) & {"$", "\u20ac", "\u00a3"}
        if quantities._PATTERNS["phone_plus_before"].search(text, max(0, start - 2), start):
            assert "+" in text[max(0, start - 2) : start]


@given(letter=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), character=st.characters())
@example(letter="s", character="\u017f")
@example(letter="k", character="\u212a")
@example(letter="i", character="\u0130")
@example(letter="i", character="\u0131")
@example(letter="a", character="\u00e5")
def test_case_blind_letters_are_what_case_blind_matching_reads(letter: str, character: str) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private table is the subject

    read = re.fullmatch(letter, character, re.IGNORECASE) is not None
    assert read == (character in quantities._case_blind(letter))


def _plain_people_patterns() -> dict[str, re.Pattern[str]]:
    """The person-word patterns as first written: one case-blind alternation, greedy runs."""
    from conflictfacts import quantities  # noqa: PLC0415 - the private sources are the subject

    ws = quantities._WS
    people = re.compile(
        ws + r"{1,3}(?:[a-z-]{1,20}" + ws + r"{1,3}){0,2}?" + quantities._PEOPLE + r"\b",
        re.IGNORECASE,
    )
    listed = re.compile(
        ws + r"{1,3}(?:[\w-]{1,30}" + ws + r"{1,3}){0,3}?[\w-]{1,30}" + ws + r"{0,3}(?:,"
        + ws + r"{1,3}(?:and" + ws + r"{1,3})?|" + ws + r"{1,3}and" + ws + r"{1,3})(?:\d|an?"
        + ws + r"|" + quantities._NUMWORD + r"\b)",
        re.IGNORECASE,
    )  # fmt: skip
    return {"people_after": people, "article_casualty_after": people, "article_list_after": listed}


_PEOPLE_TEXTS = (
    " \u017fOLDIERS",
    " three \u212aids",
    " \u0130nsurgents",
    " wounded   civilians",
    "    men",
    " brave young aid-workers",
    " aid workers",
    " Policemen",
    " a b c people",
    " " + "x" * 25 + " people",
    " tank, six",
    " tank   and an",
    " " + "y" * 31 + ", 5",
    " armoured personnel carrier, and\u00a0a",
)


@given(text=st.one_of(any_text, page_text, st.sampled_from(_PEOPLE_TEXTS)))
@example(text="".join(_PEOPLE_TEXTS))
@example(text=" and a".join(_PEOPLE_TEXTS))
def test_person_word_patterns_match_where_their_plain_forms_do(text: str) -> None:
    from conflictfacts import quantities  # noqa: PLC0415 - the private patterns are the subject

    for name, plain in _plain_people_patterns().items():
        fast = quantities._PATTERNS[name]
        for position in range(len(text) + 1):
            expected = plain.match(text, position) is not None
            assert (fast.match(text, position) is not None) == expected, (name, position)
