r"""Extraction of claims from a parsed article: the grammar of counts in conflict reporting.

:func:`extract_claims` reads the headline, the body sentences and the captions of an
:class:`~conflictfacts.article.Article`. For every count it finds (see
:func:`~conflictfacts.quantities.find_quantities`) it asks, within the sentence:

* **what was counted**: the noun phrase after the figure ("Turkish soldiers", "armoured
  personnel carriers"), with coreference for "its soldiers", "five others" and elided heads
  ("two were killed and five injured");
* **what happened** to the counted group: a casualty verb after the noun phrase
  ("... were killed", "... killed in an air strike", "... dead"), before it ("killed at least
  two soldiers", "claimed the lives of 27 fighters", "left 27 fighters dead"), shared by a
  coordinated list ("At least 11 X and 14 Y were killed as well as two Z"), or a list of
  equipment ("five tanks, two armoured vehicles and a drone were destroyed");
* **who did it**: "in a <X> attack", "by <X>", "<X> air strikes killed ...", the side whose
  ministry reports the enemy's losses, and "<A> accuses <X>" in the next sentence;
* **when**: the nearest date expression, resolved against the article's date (a caption's
  figure takes the caption's date), "since <date>" running to the article's date, else the
  last day the article named;
* **where**: the nearest place the gazetteer knows, else the article's main place;
* **on whose word**: "<X> said (that)", "..., <X> said.", "according to <X>", "it said",
  "the ministry" (the last ministry named), carried to the next sentence when it goes on
  with the same kind of count.

The same fact stated twice in one article is one claim with several evidence spans.

Each question has a module of its own in this package:

=============  ==================================================================
module         reads
=============  ==================================================================
``units``      the pieces an article is read in: headline, sentences, captions
``tokens``     the words of a sentence, and the small words of grammar
``words``      the word lists: verbs by kind, nouns of counted groups, verbs of saying
``names``      the gazetteer's actors and places in the page, found once
``phrase``     the counted noun phrase after each figure ("11 pro-government combatants")
``toll``       toll phrases before a figure ("the death toll rose to")
``kind``       what happened to the counted group: killed, wounded, displaced...
``victims``    who or what was counted: label, side and category of the group
``actor``      who did it: the perpetrator
``time``       when: the nearest date, or the last day the article named
``place``      where: the nearest place named as a location, or the article's own
``source``     on whose word: reporting clauses and the sources they name
``merge``      one claim per fact: repeated statements and headlines merged
``reader``     the reader that asks them all, unit by unit, and ``extract_claims``
=============  ==================================================================

>>> import datetime as dt
>>> from conflictfacts import parse_article
>>> page = (
...     "Shelling kills nine in river town\n\n"
...     "Nine civilians were killed and 14 others wounded on Tuesday when shells hit the "
...     "market of Kherson, the regional governor said.\n"
... )
>>> for claim in extract_claims(parse_article(page, published=dt.date(2031, 5, 8))):
...     print(claim.kind.value, claim.quantity.value, claim.subject.label, claim.time.start)
killed 9 civilians 2031-05-06
wounded 14 civilians 2031-05-06
"""

from conflictfacts.extraction import merge as _merge
from conflictfacts.extraction import units as _units
from conflictfacts.extraction.reader import extract_claims

__all__ = ["MAX_UNIT_CHARS", "MERGE_WINDOW", "extract_claims"]

#: Sentences longer than this many characters are read only up to it: no real sentence is
#: that long, and the cap keeps the work per sentence bounded on hostile input.
MAX_UNIT_CHARS = _units.MAX_UNIT_CHARS

#: How many earlier facts of the same kind and figure a claim is compared with when repeated
#: statements of one fact are merged.
MERGE_WINDOW = _merge.MERGE_WINDOW
