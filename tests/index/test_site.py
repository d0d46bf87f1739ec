"""A page's site name (from its <title>) is shown, filtered on and searched by keyword, but not embedded."""

from __future__ import annotations

from assistant.index.files import keyword_text
from assistant.ingest.sync import embedding_text
from assistant.serialize import passage_json, source_json
from assistant.types import Filters, Passage


def _passage(publisher: str = "", site: str = "") -> Passage:
    return Passage(id="p", doc_id="skoleskyss", text="Skoleskyssen kjøres av Fjordbuss.", title="Skoleskyss",
                   section="Busskort", language="no", start=0, end=33, publisher=publisher, site=site)


def test_the_site_is_searched_by_keyword_but_not_embedded() -> None:
    """Embedded, the place in every chunk raised the answer threshold of questions naming it (nine right answers
    refused over the written sets, stop 43); by keyword it is what a question naming the municipality can match."""
    p = _passage(site="Brekkestad kommune")
    assert "Brekkestad kommune" in keyword_text(p)
    assert "Brekkestad" not in embedding_text(p)
    assert "Fjordvik kommune" in embedding_text(_passage(publisher="Fjordvik kommune"))  # a publisher still is


def test_the_site_is_shown_and_filtered_on_where_there_is_no_publisher() -> None:
    p = _passage(site="Brekkestad kommune")
    assert source_json(p)["publisher"] == passage_json(p)["publisher"] == "Brekkestad kommune"
    assert Filters.of(publisher="brekkestad kommune").accept(p)
    assert not Filters.of(publisher="Fjordvik kommune").accept(p)
    both = _passage(publisher="Kari Nilsen", site="NRK Vestkyst")  # the publisher, when known, comes first
    assert both.shown_publisher == "Kari Nilsen" and source_json(both)["publisher"] == "Kari Nilsen"
