"""Coverage-guided fuzzing of the whole conflictfacts pipeline with Atheris.

Run from the project root (see docs/fuzzing.md)::

    .venv/bin/python fuzz/fuzz_pipeline.py fuzz/corpus -max_total_time=300 -timeout=20

Every input is read three ways (UTF-8 with replacement, structured unicode from the fuzzer's
data provider, and Latin-1) and goes through ``parse_article``, ``split_sentences``,
``find_quantities``, ``find_dates``, ``resolve_date``, the gazetteer, ``extract_claims`` and
``compare`` with its three renderings. Any exception is a crash; so is a broken invariant:
``text[start:end] == surface`` for every span, ``low <= value <= high`` for every quantity,
and claims that survive their flat record round trip. ``-timeout`` turns a slow input into a
reported hang. A file argument instead of a folder replays that one input.
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris  # type: ignore[import-untyped]  # ships no type information

with atheris.instrument_imports():
    import attrs

    from conflictfacts import find_dates, find_quantities, parse_article, resolve_date
    from conflictfacts.article import Article, split_sentences
    from conflictfacts.claims import Claim, Origin
    from conflictfacts.compare import compare, render_csv, render_markdown, render_table
    from conflictfacts.extraction import extract_claims
    from conflictfacts.gazetteer import Gazetteer

GAZETTEER = Gazetteer.default()
#: Longest text handed to the pipeline; libFuzzer's -max_len bounds the raw input as well.
MAX_CHARS = 20_000


def _check_article(text: str, article: Article) -> None:
    assert article.text == text
    for sentence in article.sentences:
        assert text[sentence.start : sentence.end] == sentence.text, sentence
    for caption in article.captions:
        assert text[caption.start : caption.end] == caption.text, caption
    for span in article.paragraphs:
        assert 0 <= span.start <= span.end <= len(text), span
    if article.title_span is not None:
        assert 0 <= article.title_span.start <= article.title_span.end <= len(text)


def _check_claims(text: str, claims: tuple[Claim, ...]) -> None:
    for claim in claims:
        quantity = claim.quantity
        assert text[quantity.start : quantity.end] == quantity.text, claim
        for span in claim.evidence:
            assert 0 <= span.start <= span.end <= len(text), claim
        assert Claim.from_record(claim.to_record()) == claim, claim


def _pipeline(text: str, reference: dt.date | None, articles: bool) -> list[Claim]:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    for quantity in find_quantities(text, articles=articles):
        assert text[quantity.start : quantity.end] == quantity.text, quantity
        if quantity.low is not None:
            assert quantity.low <= quantity.value, quantity
        if quantity.high is not None:
            assert quantity.value <= quantity.high, quantity
    for mention in find_dates(text, reference):
        assert text[mention.start : mention.end] == mention.text, mention
    resolve_date(text[:200], reference or dt.date(2030, 5, 8))
    for match in GAZETTEER.find_actors(text):
        assert 0 <= match.span.start <= match.span.end <= len(text)
    for place in GAZETTEER.find_places(text):
        assert 0 <= place.span.start <= place.span.end <= len(text)
    article = parse_article(text, published=reference)
    _check_article(text, article)
    claims = extract_claims(article)
    _check_claims(text, claims)
    origin = Origin(outlet=text[:30] or None, path="fuzz", title=article.title)
    return [attrs.evolve(claim, origin=origin) for claim in claims]


def test_one_input(data: bytes) -> None:
    # The whole input is text (so seed files are read as written); its last byte also picks
    # the decoding, the "a"/"an" switch and the article's date.
    flags = data[-1] if data else 0
    mode, articles = flags & 3, bool(flags & 4)
    reference = None if flags < 8 else dt.date(2030, 5, 8) - dt.timedelta(days=(flags >> 3) * 401)
    texts = [data.decode("utf-8", errors="replace")[:MAX_CHARS]]
    if mode == 1:
        texts.append(atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(MAX_CHARS))
    elif mode == 2:
        texts.append(data.decode("latin-1")[:MAX_CHARS])
    elif mode == 3:
        half = len(texts[0]) // 2
        texts.append(texts[0][:half] + "\n\n" + texts[0][half:] * 3)
    claims: list[Claim] = []
    for text in texts:
        claims += _pipeline(text, reference, articles)
    result = compare(claims)
    render_table(result)
    render_csv(result)
    markdown = render_markdown(result)
    assert "<script" not in markdown.lower()


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    # quantulum3 is imported on first use and takes seconds to load: do it before timing starts,
    # or libFuzzer reports the first input with a unit as a slow unit.
    find_quantities("1,500 square kilometers")
    atheris.Fuzz()


if __name__ == "__main__":
    main()
