"""Documents: JSON Lines in, dates from addresses, and dates borrowed only within one story."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import DateBasis, Document, DocumentError, InputTypeError, parse_article
from conflictfacts._urls import date_of_url
from conflictfacts.batch import context_dates, story_names
from conflictfacts.documents import read_documents
from tests.strategies import dated_urls, document_objects

# ---------------------------------------------------------------- reading documents


def test_our_fields() -> None:
    doc = Document.from_mapping(
        {
            "id": "n-1",
            "text": "Two soldiers died.",
            "url": "https://news.example/a",
            "published": "2031-04-09",
            "outlet": "Example News",
            "title": "Two die",
        }
    )
    assert doc == Document(
        "Two soldiers died.",
        id="n-1",
        url="https://news.example/a",
        published=dt.date(2031, 4, 9),
        outlet="Example News",
        title="Two die",
    )


def test_news_please_fields() -> None:
    doc = Document.from_mapping(
        {
            "maintext": "Shelling hit the port.",
            "date_publish": "2031-04-09 17:02:11",
            "source_domain": "news.example",
            "url": "https://news.example/b",
            "title": "Port shelled",
        }
    )
    assert (doc.text, doc.published, doc.outlet) == (
        "Shelling hit the port.",
        dt.date(2031, 4, 9),
        "news.example",
    )


def test_trafilatura_fields() -> None:
    doc = Document.from_mapping(
        {
            "raw_text": "Shelling hit the port.",
            "date": "2031-04-09",
            "sitename": "Example News",
            "hostname": "news.example",
            "source": "https://news.example/c",
        }
    )
    assert (doc.published, doc.outlet, doc.url) == (
        dt.date(2031, 4, 9),
        "Example News",
        "https://news.example/c",
    )


def test_a_source_that_is_no_address_is_no_url() -> None:
    assert Document.from_mapping({"text": "x", "source": "wire"}).url is None


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ({"id": "a"}, "no text"),
        ({"text": 5.5}, "text must be text"),
        ({"text": "x", "published": "last Tuesday"}, "not an ISO date"),
        ({"text": "x", "published": 20310409.0}, "not an ISO date"),
    ],
)
def test_bad_objects(obj: dict[str, object], message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        Document.from_mapping(obj)


def test_not_a_mapping() -> None:
    with pytest.raises(InputTypeError):
        Document.from_mapping(["text"])  # type: ignore[arg-type]


def test_bad_lines_are_reported_with_their_numbers_and_the_rest_is_read() -> None:
    lines = [
        '{"id": "one", "text": "Ten died."}',
        "{broken",
        "",
        "[1, 2]",
        '{"text": "Five died."}',
        '{"title": "no text"}',
    ]
    items = list(read_documents(lines))
    assert [type(item).__name__ for item in items] == [
        "Document",
        "DocumentError",
        "DocumentError",
        "Document",
        "DocumentError",
    ]
    assert [item.line for item in items if isinstance(item, DocumentError)] == [2, 4, 6]
    assert [item.id for item in items if isinstance(item, Document)] == ["one", "5"]


@given(st.lists(st.text(max_size=60), max_size=8))
@example(["null", "{}", '{"text": null}', '{"text": ""}', "\ufeff{}"])
def test_reading_never_crashes_and_gives_one_item_per_line(lines: list[str]) -> None:
    items = list(read_documents(lines))
    assert len(items) == sum(1 for line in lines if line.strip())
    assert all(isinstance(item, Document | DocumentError) for item in items)


@given(document_objects())
def test_json_round_trip_keeps_text_and_date(obj: dict[str, object]) -> None:
    (doc,) = read_documents([json.dumps(obj)])
    assert isinstance(doc, Document)
    assert doc.text == next(v for k, v in obj.items() if k in ("text", "maintext", "raw_text"))
    dates = [v for k, v in obj.items() if k in ("published", "date_publish", "date")]
    assert doc.published == (dt.date.fromisoformat(str(dates[0])[:10]) if dates else None)


# ---------------------------------------------------------------- dates in addresses


@given(dated_urls())
def test_a_date_in_an_address_is_read(pair: tuple[dt.date, str]) -> None:
    day, url = pair
    assert date_of_url(url) == day


@given(st.text(max_size=200))
@example("https://2023.example.com/")
@example("https://x.example/2023/02/30/")
@example("https://x.example/20231399")
def test_addresses_never_crash(url: str) -> None:
    day = date_of_url(url)
    assert day is None or isinstance(day, dt.date)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.trtworld.com:443/video/12824580",
        "https://www.dw.com/en/turkey-syria/a-52395911",
        "https://news.example/2023/",
        "https://20230115.example.com/strike",
        "https://news.example/item/123456789012",
    ],
)
def test_addresses_without_a_day(url: str) -> None:
    assert date_of_url(url) is None


def test_the_page_date_wins_over_the_address() -> None:
    page = "Strike hits port\n\nMarch 3, 2031\n\nTen people died on Monday, officials said."
    article = parse_article(page, url="https://news.example/2031/02/01/strike")
    assert (article.published, article.date_basis) == (dt.date(2031, 3, 3), DateBasis.PAGE)


def test_the_address_dates_a_page_that_shows_none() -> None:
    article = parse_article(
        "Ten people died on Monday, officials said.", url="https://news.example/2031/02/01/x"
    )
    assert (article.published, article.published_inferred) == (dt.date(2031, 2, 1), False)
    assert article.date_basis is DateBasis.URL


def test_no_date_anywhere_is_unknown() -> None:
    article = parse_article("Ten people died on Monday, officials said.")
    assert (article.published, article.date_basis) == (None, None)


# ---------------------------------------------------------------- borrowing a date


def test_an_unrelated_batch_lends_no_date() -> None:
    dated = [
        parse_article("Shelling hit Kharkiv and Izium on Monday.", published=dt.date(2023, 5, 2)),
        parse_article("Drones struck Kharkiv overnight.", published=dt.date(2023, 5, 4)),
    ]
    undated = parse_article("The RSF shelled El Fasher in North Darfur on Monday.")
    assert context_dates([*dated, undated]) == (None, None, None)


def test_a_related_batch_lends_its_date() -> None:
    dated = [
        parse_article("The RSF shelled El Fasher, Sudan.", published=dt.date(2025, 5, 2)),
        parse_article("RSF drones hit El Fasher in Sudan.", published=dt.date(2025, 5, 6)),
    ]
    undated = parse_article("The RSF has shelled El Fasher again, residents in Sudan said.")
    assert context_dates([*dated, undated])[2] == dt.date(2025, 5, 2)


def test_related_pages_years_apart_lend_nothing() -> None:
    dated = [
        parse_article("The RSF shelled El Fasher, Sudan.", published=dt.date(2023, 5, 2)),
        parse_article("RSF drones hit El Fasher in Sudan.", published=dt.date(2025, 5, 6)),
    ]
    undated = parse_article("The RSF has shelled El Fasher again, residents in Sudan said.")
    assert context_dates([*dated, undated])[2] is None


def test_inferred_dates_are_never_lent() -> None:
    inferred = parse_article("The RSF shelled El Fasher, Sudan, on 2 May 2025.")
    assert inferred.date_basis is DateBasis.TEXT
    undated = parse_article("The RSF has shelled El Fasher again, residents in Sudan said.")
    assert context_dates([inferred, undated]) == (None, None)


def test_story_names_leave_out_countries_as_local_places() -> None:
    local, everything = story_names(parse_article("The RSF shelled El Fasher, Sudan."))
    assert local == {"El Fasher"}
    assert {"El Fasher", "Sudan"} <= everything
