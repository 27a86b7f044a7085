"""Tests of parse_article: spans, furniture, captions and metadata on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given

from conflictfacts.article import Article, DateBasis, parse_article
from conflictfacts.errors import InputTypeError
from tests.strategies import any_text, article_pages, page_text


def assert_spans_exact(article: Article) -> None:
    text = article.text
    for span in article.paragraphs:
        assert text[span.start : span.end] == span.of(text)
        assert span.of(text) == span.of(text).strip()
    assert article.body == "\n\n".join(span.of(text) for span in article.paragraphs)
    for sentence in article.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert any(p.start <= sentence.start and sentence.end <= p.end for p in article.paragraphs)
    for caption in article.captions:
        assert text[caption.start : caption.end] == caption.text
    if article.title_span is not None:
        assert article.title_span.of(text) == article.title


# ---------------------------------------------------------------- laws


@given(any_text)
@example("\u200b\r\n\u00a0x. y\u200b")
@example("date 2021-02-30 Skip to main content")
@example("Smoke over the port, 2 May 2021. Ana MORAIS / AFP")
def test_parse_is_total_and_spans_index_the_original(text: str) -> None:
    assert_spans_exact(parse_article(text))


@given(page_text)
def test_page_like_text_spans_index_the_original(text: str) -> None:
    assert_spans_exact(parse_article(text))


@given(article_pages())
def test_furniture_never_reaches_the_body(page: tuple[list[str], str]) -> None:
    clean, text = page
    article = parse_article(text)
    for span in article.paragraphs:
        assert span.of(text) in clean


@given(article_pages())
def test_clean_articles_keep_every_paragraph_without_credits(page: tuple[list[str], str]) -> None:
    clean, _ = page
    article = parse_article("\n\n".join(clean))
    assert article.body == "\n\n".join(clean)


@given(any_text)
@example("Title here now\n\nA b c.\u200b\n\nd")
def test_body_parses_to_itself(text: str) -> None:
    body = parse_article(text).body
    assert parse_article(body).body == body


@given(page_text)
def test_page_body_parses_to_itself(text: str) -> None:
    body = parse_article(text).body
    assert parse_article(body).body == body


def test_non_str_raises_input_type_error() -> None:
    with pytest.raises(InputTypeError):
        parse_article(b"bytes")  # type: ignore[arg-type]


def test_empty_text_has_no_body() -> None:
    article = parse_article("")
    assert (article.body, article.paragraphs, article.sentences, article.title) == (
        "",
        (),
        (),
        None,
    )


@pytest.mark.parametrize("line", ["1" * 1_000_000, "a." * 500_000, "A/" * 500_000, " " * 1_000_000])
def test_megabyte_single_line_is_read(line: str) -> None:
    # Timing is measured by benchmarks/bench_adversarial.py, never asserted here.
    assert_spans_exact(parse_article(line))


# ---------------------------------------------------------------- furniture

SUDAN = (
    "RSF fighters shelled a camp near El Fasher on Monday, killing at least 12 people, "
    "local medics said."
)
SUDAN_2 = "The army said it repelled the attack and that 40 fighters were killed."


@pytest.mark.parametrize(
    "furniture",
    [
        "- Advertisement -",
        "Publicity",
        "Read more",
        "1. Skip to content",
        "  2. Skip to main menu",
        "Newsletter Get the morning briefing in your inbox",
        "subscribe",
        "Download the app",
        "google-play-badge_DE",
        "  \u2022 Sudan",
        "Sign up for our newsletter",
        "To find out more, click here.",
        "Top Trending Africa",
        "The Daily Planet sends out a digest of the day's news. Sign up here.",
        "\u00a9 2023 Daily Planet. All rights reserved.",
    ],
)
def test_furniture_lines_are_dropped(furniture: str) -> None:
    page = f"{SUDAN}\n\n{furniture}\n\n{SUDAN_2}"
    assert parse_article(page).body == f"{SUDAN}\n\n{SUDAN_2}"


def test_related_list_drops_headlines_and_legal_footer() -> None:
    page = (
        f"{SUDAN}\n{SUDAN_2}\nRelated\nEditors' Picks\n"
        "Daily Planet has been declared a foreign agent by the authorities.\n"
        "Please note that sharing our content could lead to prosecution.\n"
        "Listen\nTop Trending Sudan\n1"
    )
    article = parse_article(page)
    assert article.body == f"{SUDAN}\n\n{SUDAN_2}"


def test_related_box_mid_article_does_not_end_the_body() -> None:
    page = f"{SUDAN}\n\nOn the same subject\n\nSudan: talks stall in Jeddah\n\n{SUDAN_2}"
    assert parse_article(page).body == f"{SUDAN}\n\n{SUDAN_2}"


def test_subheads_are_not_body() -> None:
    page = f"{SUDAN}\n\n'A city under siege'\n\n{SUDAN_2}\n\nTalks in Jeddah stall"
    assert parse_article(page).body == f"{SUDAN}\n\n{SUDAN_2}"


# ---------------------------------------------------------------- captions and credits


def test_caption_before_credit_line() -> None:
    page = (
        "Shelling hits Kharkiv\n\n"
        "Firefighters work at a burning depot in Kharkiv, Ukraine, on May 3, 2022.\n\n"
        "SERGEY BOBOK/AFP via Getty Images\n\n"
        "Russian shelling hit a fuel depot in Kharkiv on Tuesday, the regional governor said."
    )
    article = parse_article(page)
    assert article.body.startswith("Russian shelling hit")
    assert "Firefighters" not in article.body
    (caption,) = article.captions
    assert caption.credit == "SERGEY BOBOK/AFP via Getty Images"
    assert caption.date == dt.date(2022, 5, 3)


def test_caption_after_credit_line() -> None:
    page = (
        f"{SUDAN}\n"
        "EPA-EFE/STRINGER\n"
        "Displaced families queue for water in Tawila, Sudan, 12 June 2024. Aid groups warn of "
        "famine in the region."
    )
    article = parse_article(page)
    assert article.body == SUDAN
    assert article.captions[0].date == dt.date(2024, 6, 12)


def test_labelled_credit_takes_the_line_above() -> None:
    credit = "Image: picture-alliance/dpa/J. Doe"
    page = f"{SUDAN}\n\nA convoy on the road to Tawila\n{credit}\n\n{SUDAN_2}"
    article = parse_article(page)
    assert article.body == f"{SUDAN}\n\n{SUDAN_2}"
    assert article.captions[0].text == "A convoy on the road to Tawila"


def test_credit_at_the_end_of_a_caption_line() -> None:
    page = (
        "Drones strike Port Sudan\n\n"
        "Smoke rises over the port in Port Sudan, May 6, 2025. Ahmed OSMAN / AFP\n\n"
        f"{SUDAN}"
    )
    article = parse_article(page)
    assert article.body == SUDAN
    assert article.captions[0].credit == "Ahmed OSMAN / AFP"


# ---------------------------------------------------------------- metadata


def test_wire_page_metadata() -> None:
    page = (
        " date 2023-10-09  Skip to main content\n\nWorld\n\n"
        "Israeli strikes pound Gaza as death toll rises\n\n"
        "Najib Jobain and Samy Magdy\nGAZA CITY, Gaza Strip\nThe Associated Press\n\n"
        "Israeli warplanes struck Gaza overnight, Palestinian health officials said.\n\n"
        "Related topics\n"
    )
    article = parse_article(page)
    assert article.title == "Israeli strikes pound Gaza as death toll rises"
    assert article.published == dt.date(2023, 10, 9)
    assert not article.published_inferred
    assert article.authors == ("Najib Jobain", "Samy Magdy")
    assert article.dateline == "GAZA CITY, Gaza Strip"
    assert article.agencies == ("AP",)
    assert article.outlet is None
    assert (
        article.body
        == "Israeli warplanes struck Gaza overnight, Palestinian health officials said."
    )


def test_outlet_from_self_reference_and_wire_credit() -> None:
    page = (
        "1. Skip to content\n  2. Skip to more DW sites\n\n"
        "Mali junta extends transition\n\nJune 7, 2024\n\n"
        f"{SUDAN}\n\nkb/rm (AFP, Reuters)\n"
    )
    article = parse_article(page)
    assert article.outlet == "DW"
    assert article.published == dt.date(2024, 6, 7)
    assert article.agencies == ("AFP", "Reuters")
    assert article.title == "Mali junta extends transition"


def test_text_by_names_the_outlet() -> None:
    page = f"Fighting in Sahel\n\nText by: France 24 Follow\n\n{SUDAN}"
    article = parse_article(page)
    assert (article.outlet, article.authors) == ("France 24", ())


def test_caller_values_win() -> None:
    page = f"Skip to more DW sites\n\nMay 1, 2020\n\n{SUDAN}"
    article = parse_article(
        page, published=dt.date(2020, 5, 2), outlet="Daily Planet", url="https://x.test/a"
    )
    assert (article.outlet, article.published, article.url) == (
        "Daily Planet",
        dt.date(2020, 5, 2),
        "https://x.test/a",
    )


def test_no_title_when_the_page_starts_with_prose() -> None:
    assert parse_article(f"{SUDAN}\n{SUDAN_2}").title is None


def test_published_inferred_from_latest_full_date() -> None:
    page = (
        "Clashes resumed on 3 March 2024 near Goma, officials said. "
        "A truce signed on March 9, 2024 collapsed within hours.\n"
        "In May 2024 more fighting followed, and by 2025 the front had moved."
    )
    article = parse_article(page)
    assert article.published == dt.date(2024, 3, 9)
    assert article.published_inferred


def test_a_day_without_a_year_is_read_near_the_guessed_date() -> None:
    guess = dt.date(2031, 2, 27)  # the date of the other pages of the same story
    # a day just after the guess is that year's, not a year before it
    article = parse_article("Talks on the truce opened in Vessa on March 3.", context=guess)
    assert (article.published, article.date_basis) == (dt.date(2031, 3, 3), DateBasis.TEXT)
    # a day something starts from, or will happen on, does not date the page
    for line in (
        "Joint patrols along the road will start from March 15, the ministry said.",
        "Officials said convoys on March 15 will carry aid to the town.",
        "Both sides must withdraw until March 15 under the deal.",
        "Aid flights to Vessa are racing the March 15 evacuation deadline set by the council.",
        "Crews cleared the Vessa airfield ahead of the March 15 foreign troop pullout deadline.",
    ):
        article = parse_article(line, context=guess)
        assert (article.published, article.date_basis) == (guess, DateBasis.CONTEXT), line
    # an offset from another day names no day of its own: "12 days after" is not read
    article = parse_article(
        "Jets struck a camp near Vessa on February 26, 12 days after the convoy attack.",
        context=dt.date(2031, 2, 14),
    )
    assert article.published == dt.date(2031, 2, 26)
    # a day with its year is that day, never moved to another year
    article = parse_article("The siege of Vessa began on 15 March 2029.", context=guess)
    assert article.published == dt.date(2029, 3, 15)


def test_a_page_telling_a_week_by_its_weekdays_was_written_in_that_week() -> None:
    guess = dt.date(2031, 4, 8)  # the date of later pages of the same story
    page = (
        "Gunmen stormed Vessa on Monday, 24 March, and residents hid in the port. On Wednesday, "
        "26 March, a convoy tried to leave the town. A report on Thursday morning said 40 "
        "people had been rescued."
    )
    article = parse_article(page, context=guess)
    assert (article.published, article.date_basis) == (dt.date(2031, 3, 27), DateBasis.TEXT)
    # weekdays alone, beside a day named without its weekday, tell no week; a batch's date
    # nearly two weeks after the page's latest day is no guess for it either
    plain = page.replace("On Wednesday, 26 March,", "On 26 March")
    dated = parse_article(plain, context=guess)
    assert (dated.published, dated.date_basis) == (dt.date(2031, 3, 26), DateBasis.TEXT)


def test_a_page_keeps_its_own_latest_day_against_a_much_later_context() -> None:
    page = "Militia fighters shelled a market in Vessa on March 3, killing six traders."
    # the batch follows the story for weeks: its median is no date for this early report
    later = parse_article(page, context=dt.date(2031, 3, 20))
    assert (later.published, later.date_basis) == (dt.date(2031, 3, 3), DateBasis.TEXT)
    # a context a day or two on is the better guess: reports come out after the day they name
    near = parse_article(page, context=dt.date(2031, 3, 5))
    assert (near.published, near.date_basis) == (dt.date(2031, 3, 5), DateBasis.CONTEXT)


def test_a_past_weekday_just_after_the_context_moves_the_page_on() -> None:
    guess = dt.date(2031, 2, 28)  # a Friday: the median date of the story's other pages
    # Sunday is two days after the guess: the page reports it as a day gone by
    line = "Drones struck a depot near Vessa on Sunday, the army said."
    page = parse_article(line, context=guess)
    assert (page.published, page.date_basis) == (dt.date(2031, 3, 2), DateBasis.CONTEXT)
    for line in (
        "Drones struck a depot near Vessa on Wednesday, the army said.",  # before the guess
        "Envoys will meet in Vessa on Sunday to discuss the truce.",  # still to come
        "Talks in Vessa resume next Sunday, the mediators said.",
        "A convoy reached Vessa on Thursday after a long wait.",  # five days on: too far
    ):
        page = parse_article(line, context=guess)
        assert (page.published, page.date_basis) == (guess, DateBasis.CONTEXT), line
    # a page with a date of its own is never moved
    own = parse_article("Drones struck Vessa on Sunday.", published=dt.date(2031, 2, 27))
    assert own.published == dt.date(2031, 2, 27)


def test_month_year_is_not_enough_to_infer() -> None:
    article = parse_article("The war that began in March 2011 has killed thousands of people.")
    assert article.published is None
    assert not article.published_inferred


def test_inline_dateline_and_agency() -> None:
    article = parse_article(
        "KYIV, Ukraine (AP) - Russian drones hit Kyiv overnight, officials said."
    )
    assert article.dateline == "KYIV, Ukraine"
    assert article.agencies == ("AP",)


def test_nbsp_and_crlf_keep_original_offsets() -> None:
    page = "Heavy rain in Yemen\r\n\r\n\u200bFloods\u00a0hit Marib on Sunday, "
    page += "killing 9 people.\u00a0\r\n"
    article = parse_article(page)
    assert article.body == "Floods\u00a0hit Marib on Sunday, killing 9 people."
    assert article.title == "Heavy rain in Yemen"
    assert_spans_exact(article)


def test_questions_and_bullets_in_a_related_list_are_headlines() -> None:
    page = (
        f"{SUDAN}\n\nRead next\n\n  \u2022 Who controls the Darfur corridor?\n"
        "Explainer: can the truce in Jeddah hold?\n"
    )
    assert parse_article(page).body == SUDAN


def test_credit_after_an_undated_caption_takes_the_caption() -> None:
    page = (
        "Convoy attacked near Kadugli\n\n"
        "Aid trucks wait at a checkpoint outside Kadugli on Sunday.\n\n"
        "Hanna BERG/AFP\n\n"
        f"{SUDAN}"
    )
    article = parse_article(page)
    assert article.body == SUDAN
    assert article.captions[0].credit == "Hanna BERG/AFP"


def test_masthead_breadcrumb_and_footer_of_a_syndicated_page() -> None:
    page = (
        "Daily Planet\n\nHome \u203a World \u203a Africa\n\n"
        "Sudan's army retakes bridge over the Blue Nile\n\n"
        f"{SUDAN}\n\n"
        "Rescuers at the bridge. (Photo: Handout/Civil Defence)\n\n"
        "This article was generated from a syndicated feed and has not been edited.\n\n"
        "\u00a9 Daily Planet 2031 | Privacy | Terms\n"
    )
    article = parse_article(page)
    assert article.title == "Sudan's army retakes bridge over the Blue Nile"
    assert article.body == SUDAN
    assert article.captions[0].credit == "(Photo: Handout/Civil Defence)"
    assert article.outlet == "Daily Planet"


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    page = (
        "Drone strike kills four soldiers near Vessa\n\n"
        "Four soldiers were killed and two others wounded on Tuesday when a drone hit\n"
        "their convoy, the Defence Ministry said. According to the UN, more than\n"
        "45,000 people have fled the province since January.\n\n"
        "Talks are due to resume next week in Geneva, diplomats said.\n"
    )
    article = parse_article(page)
    assert len(article.paragraphs) == 2
    assert [s.text.split()[0] for s in article.sentences] == ["Four", "According", "Talks"]
    for sentence in article.sentences:
        assert page[sentence.start : sentence.end] == sentence.text


def test_short_lines_are_not_joined() -> None:
    page = "Related\nsyria\nturkey\n\nTwo soldiers were killed on Monday, officials said.\n"
    assert [s.text for s in parse_article(page).sentences] == [
        "Two soldiers were killed on Monday, officials said."
    ]


_WIRE_PAGE = (
    "Skip to main content\n"
    "World\n"
    "Militia attack kills dozens at camp near Korsa, aid group says\n"
    "By Amal Idris\n"
    "March 3, 2031 4:12 PM GMT Updated ago\n\n"
    "KORSA, March 3 (Reuters) - Gunmen killed at least 47 people at a camp near Korsa on "
    "Sunday, an aid group said on Monday.\n\n"
    "Another 90 people were wounded, it said.\n\n"
    "(Reporting by Amal Idris; Editing by Tom Reyes)\n"
)


def test_a_wire_page_gives_its_date_dateline_and_agency() -> None:
    article = parse_article(_WIRE_PAGE)
    assert (article.published, article.dateline, article.agencies) == (
        dt.date(2031, 3, 3),
        "KORSA",
        ("Reuters",),
    )


@pytest.mark.parametrize(
    "line",
    ["2031-03-03T16:12:00Z", "2031-03-03T16:12:00+00:00", "Updated 4:12 PM EDT, 3 March 2031"],
)
def test_machine_and_wire_timestamps_are_date_lines(line: str) -> None:
    article = parse_article(f"Title of the story here\n{line}\n\nTroops moved north on Friday.")
    assert article.published == dt.date(2031, 3, 3)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.reuters.com/world/africa/story-2031-03-03/", "Reuters"),
        ("https://apnews.com/article/abc123", "AP"),
        ("https://www.theguardian.com/world/2031/mar/03/x", "The Guardian"),
        ("https://kyivindependent.com/x/", "Kyiv Independent"),
        ("https://example.org/news/1", None),
        ("not a url at all", None),
        ("http://[::1", None),
    ],
)
def test_the_outlet_comes_from_the_pages_address(url: str, outlet: str | None) -> None:
    article = parse_article("Title of the story here\n\nTroops moved north on Friday.", url=url)
    assert article.outlet == outlet


def test_a_callers_outlet_wins_over_the_address() -> None:
    page = "Title of the story here\n\nTroops moved north on Friday."
    article = parse_article(page, url="https://apnews.com/x", outlet="Daily Planet")
    assert article.outlet == "Daily Planet"


def test_a_bylines_desk_line_names_the_outlet() -> None:
    page = (
        "Drone strike hits market in Korsa\n\nBy Amal Idris\nBBC News, Nairobi\n\n"
        "Published 14 March 2031\n\nAt least 20 people were killed, medics said.\n"
    )
    article = parse_article(page)
    assert (article.outlet, article.authors, article.published) == (
        "BBC",
        ("Amal Idris",),
        dt.date(2031, 3, 14),
    )


@pytest.mark.parametrize(
    ("byline", "outlet", "authors"),
    [
        ("By Amal Idris, CNN", "CNN", ("Amal Idris",)),
        ("By Amal Idris and Li Wei, BBC News", "BBC", ("Amal Idris", "Li Wei")),
        ("By Amal Idris", None, ("Amal Idris",)),
        # an unknown name after the comma is another author
        ("By Amal Idris, Omar Haddad", None, ("Amal Idris", "Omar Haddad")),
    ],
)
def test_a_byline_ending_in_an_outlet_names_it(
    byline: str, outlet: str | None, authors: tuple[str, ...]
) -> None:
    page = f"Drone strike hits market in Korsa\n\n{byline}\n\nAt least 20 people were killed.\n"
    article = parse_article(page)
    assert (article.outlet, article.authors) == (outlet, authors)


def test_a_labelled_photo_line_that_describes_is_its_own_caption() -> None:
    page = (
        "Strike hits Korsa\n\nAt least 20 people were killed on Monday, medics said.\n\n"
        "Two soldiers were killed on Tuesday, the army said, bringing its toll to 41.\n\n"
        "Photo: Residents inspect a destroyed house in Korsa, March 17, 2031. Getty Images\n"
    )
    article = parse_article(page)
    assert [c.text[:6] for c in article.captions] == ["Photo:"]
    assert [s.text[:3] for s in article.sentences] == ["At ", "Two"]


def test_a_paragraph_ending_in_a_wire_credit_is_body() -> None:
    prose = (
        "The army said on Monday that rebels had killed 13 soldiers near Kutum in two days "
        "of clashes."
    )
    page = f"Fighting in Kutum\n\n{prose} (Reporting by Ann Lee; Editing by Tom Vale)\n"
    article = parse_article(page)
    assert article.body.startswith(prose)
    # a credit on a line of its own is still furniture
    alone = parse_article(f"Fighting in Kutum\n\n{prose}\n\n(Reporting by Ann Lee)\n")
    assert alone.body == prose
