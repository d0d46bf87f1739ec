"""The chat page and the widget in headless Chromium (Debian's /usr/bin/chromium), real model (slow)."""

from __future__ import annotations

import functools
import http.server
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from assistant import Assistant, Settings
from tests.conftest import hostile_corpus
from web import create_app

pytestmark = pytest.mark.slow
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]
SHOTS = os.environ.get("SCREENSHOTS_DIR")  # set to docs/screenshots to refresh the README pictures

HOSTILE_CSS = ("<style>* { color: red !important; font-size: 40px !important; background: yellow !important; }"
               " button { display: none !important; } div { position: static !important; }</style>")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(settings: Settings, port: int) -> tuple[uvicorn.Server, threading.Thread]:
    """Index the settings' corpus and serve the chat on a loopback port in a thread, once it has started."""
    a = Assistant.from_settings(settings)
    a.ingest()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, a), host="127.0.0.1", port=port,
                                           log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.time() + 120
    while not server.started and time.time() < deadline:
        time.sleep(0.1)
    assert server.started, "the assistant server did not start"
    return server, t


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    tmp = tmp_path_factory.mktemp("browser")
    host_port, port = free_port(), free_port()
    api = f"http://127.0.0.1:{port}"
    settings = Settings(index_dir=tmp / "index", data_dir=tmp / "data", corpus_dir=hostile_corpus(tmp),
                        cors_origins=[f"http://127.0.0.1:{host_port}"], rate_limit=0, show_details=True)
    server, t = serve(settings, port)

    site = tmp / "site"
    site.mkdir()
    tag = f'<script src="{api}/widget.js" data-title="Fråga assistenten" data-lang="sv" defer></script>'
    for name, link in (("page1.html", "page2.html"), ("page2.html", "page1.html")):
        (site / name).write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>{name}</title>"
                                 f"{HOSTILE_CSS}</head><body>"
                                 f"<h1>Socialtjänstens intranät</h1><a id='next' href='{link}'>Nästa sida</a>"
                                 f"{tag}</body></html>", encoding="utf-8")
    (site / "inline.html").write_text(
        "<!doctype html><html><head><meta charset='utf-8'></head><body><h1>Vård och omsorg</h1><div id='box'></div>"
        f'<script src="{api}/widget.js" data-mode="inline" data-target="#box" data-lang="en" '
        'data-filter-publisher="Vilans" defer></script></body></html>', encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", host_port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield {"api": api, "host": f"http://127.0.0.1:{host_port}", "data": str(tmp / "data")}
    httpd.shutdown()
    server.should_exit = True
    t.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": 1100, "height": 820}, locale="en-US")
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / name))


def ask(page, question: str, scope=None):  # type: ignore[no-untyped-def]
    root = scope or page
    n = root.locator(".msg:not(.user)").count()
    root.get_by_role("textbox").fill(question)
    root.get_by_role("button", name="Send").or_(root.get_by_role("button", name="Skicka")).first.click()
    answer = root.locator(".msg:not(.user)").nth(n)
    answer.locator(".feedback, .notfound").first.wait_for(timeout=30_000)
    return answer


def test_chat_page_answers_with_expandable_citation(servers: dict[str, str], page) -> None:  # type: ignore[no-untyped-def]
    page.goto(servers["api"] + "/")
    answer = ask(page, "Which networks cover elderly care?")
    sources = answer.locator(".src")
    assert "ENSA" in sources.first.inner_text()
    passage = answer.locator(".passage").first
    assert passage.is_hidden()
    answer.locator(".cite").first.click()  # the [1] marker in the answer text
    assert passage.is_visible()
    mark = passage.locator("mark").inner_text()
    assert mark and mark in passage.locator("blockquote").inner_text()
    assert "Vänersborgs kommun" in passage.inner_text()
    page.locator(".msg.user").last.evaluate("e => e.scrollIntoView()")
    shot(page, "chat.png")
    answer.get_by_role("button", name="Retrieval details").click()
    assert answer.locator(".details td").count() >= 6
    from web.store import Store

    def votes() -> list[tuple[str, str]]:
        rows = Store(Path(servers["data"]) / "assistant.sqlite3").open().rows("feedback")
        return [(r["rating"], r["comment"]) for r in rows if r["question"] == "Which networks cover elderly care?"]

    helpful = answer.get_by_role("button", name="Helpful", exact=True)
    with page.expect_response("**/api/feedback"):
        helpful.click()
    answer.locator("form.comment").wait_for()  # the vote is taken: the comment field opens, no thanks yet
    assert helpful.get_attribute("aria-pressed") == "true" and "Thanks" not in answer.locator(".feedback").inner_text()
    with page.expect_response("**/api/feedback"):
        answer.get_by_role("button", name="Not helpful", exact=True).click()  # changing the vote changes the row
    answer.get_by_label("Comment (optional)").fill("Good <b>answer</b>")
    answer.get_by_role("button", name="Send comment").click()
    answer.get_by_text("Thanks for the feedback").wait_for()
    answer.locator("form.comment").wait_for(state="hidden")
    assert votes() == [("down", "Good <b>answer</b>")]
    page.reload()  # remembered with the conversation
    again = page.locator(".msg:not(.user)").last
    assert again.get_by_role("button", name="Not helpful", exact=True).get_attribute("aria-pressed") == "true"
    assert "Thanks for the feedback" in again.inner_text()
    shot(page, "chat-details.png")
    page.set_viewport_size({"width": 375, "height": 740})  # phone width: nothing scrolls sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shot(page, "chat-phone.png")
    assert page.errors == []


def test_a_question_not_answered_names_the_closest_pages_to_open(servers: dict[str, str], page) -> None:  # type: ignore[no-untyped-def]
    page.goto(servers["api"] + "/")
    answer = ask(page, "What is the budget of SERN?")  # the pages about SERN give no budget
    assert answer.locator(".notfound").is_visible() and answer.locator(".src").count() == 0
    links = answer.locator(".nearest a")
    assert 1 <= links.count() <= 3 and "closest" in answer.locator(".nearest p").inner_text()
    shot(page, "chat-not-found.png")
    href = links.first.get_attribute("href")
    assert href and "/documents/" in href
    opened = httpx.get(href, cookies={c["name"]: c["value"] for c in page.context.cookies()})
    assert opened.status_code == 200 and links.first.inner_text() in opened.text
    assert not page.errors


def test_widget_on_another_origin_keeps_conversation(servers: dict[str, str], page) -> None:  # type: ignore[no-untyped-def]
    page.goto(servers["host"] + "/page1.html")
    launcher = page.get_by_role("button", name="Öppna assistenten: Fråga assistenten")
    assert launcher.is_visible()  # the host page's `button { display: none }` does not reach it
    launcher.click()
    panel = page.get_by_role("dialog")
    answer = ask(page, "Vilka nätverk arbetar med äldreomsorg?", panel)
    assert answer.locator(".src").count() >= 1
    answer.locator(".src button").first.click()
    assert answer.locator(".passage").first.is_visible()
    color = panel.locator(".bar h2").evaluate("e => getComputedStyle(e).color")
    assert color == "rgb(255, 255, 255)"  # host `* { color: red !important }` does not leak in
    shot(page, "widget.png")
    page.locator("#next").click()
    page.wait_for_url("**/page2.html")
    dialog = page.get_by_role("dialog")
    dialog.locator(".src").first.wait_for()
    assert "Vilka nätverk arbetar med äldreomsorg?" in dialog.inner_text()
    assert page.errors == []


def test_inline_widget_scoped_by_host_context(servers: dict[str, str], page) -> None:  # type: ignore[no-untyped-def]
    page.goto(servers["host"] + "/inline.html")
    answer = ask(page, "How do the networks exchange knowledge?", page.locator("#box"))
    answer.locator(".src button").first.click()
    for i in range(answer.locator(".passage").count()):
        pub = answer.locator(".passage").nth(i)
        if pub.is_visible():
            assert "Publisher: Vilans" in pub.inner_text()
    assert answer.locator(".src").count() >= 1


@pytest.mark.parametrize("where", ["page", "widget"])
def test_markup_in_documents_and_questions_stays_text(servers: dict[str, str], page, where: str) -> None:  # type: ignore[no-untyped-def]
    if where == "page":
        page.goto(servers["api"] + "/?lang=en")
        scope = page
    else:
        page.goto(servers["host"] + "/page1.html")
        page.get_by_role("button", name="Öppna assistenten: Fråga assistenten").click()
        scope = page.get_by_role("dialog")
    q = 'What does the Zebra Crossing Network do? <img src=x onerror="window.__pwned = 3">'
    answer = ask(page, q, scope)
    answer.locator(".src button").first.click()
    text = answer.inner_text()
    assert "Zebra Crossing Network" in text
    # a page without headings: its title is its section, named once ("Zebra Crossing Network › Zebra Crossing Network")
    assert "Zebra Crossing Network › Zebra" not in text
    assert "<script>window.__pwned = 1</script>" in text or 'onerror="window.__pwned = 2"' in text
    assert q in scope.locator(".msg.user").last.inner_text()
    time.sleep(0.3)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0 and page.locator("script:not([src])").count() == 0
    assert page.errors == []


def test_follow_up_question_uses_history(servers: dict[str, str]) -> None:
    with httpx.Client(base_url=servers["api"], timeout=60) as c:
        first = c.post("/api/ask", json={"question": "What is SERN?"}).json()
        sources = sorted({x["doc_id"] for x in first["citations"]})
        follow = c.post("/api/ask", json={"question": "Who is the contact person for it?", "history": [
            {"question": "What is SERN?", "answer": first["answer"], "sources": sources}]}).json()
        alone = c.post("/api/ask", json={"question": "Who is the contact person for it?"}).json()
    assert "Anders Fridén" in follow["answer"]
    assert all(x["doc_id"] in sources for x in follow["citations"])
    assert follow["answer"] != alone["answer"]
    assert follow["follow_up_of"] == "What is SERN?" and alone["follow_up_of"] == ""


def test_a_question_read_otherwise_says_how_and_can_be_asked_as_typed(  # type: ignore[no-untyped-def]
        servers: dict[str, str], page) -> None:
    page.goto(servers["api"] + "/")
    answer = ask(page, "Who is the cntact for SERN?")
    note = answer.locator(".followup")
    assert "Read as: \u201cWho is the contact for SERN?\u201d" in note.inner_text()
    assert "Anders Fridén" in answer.inner_text()
    note.get_by_role("button", name="Search for what I typed").click()
    again = page.locator(".msg:not(.user)").nth(1)
    again.locator(".feedback, .notfound").first.wait_for(timeout=30_000)
    assert again.locator(".followup").count() == 0
    assert page.errors == []


def test_citations_link_contacts_name_the_source_language_and_open_the_whole_document(  # type: ignore[no-untyped-def]
        servers: dict[str, str], page) -> None:
    page.goto(servers["api"] + "/")
    answer = ask(page, "Who is the contact for SERN?")
    assert "Swedish" in answer.locator(".srclang").inner_text()  # an English question, a Swedish page
    assert answer.locator(".answer a[href^='mailto:anders.friden@vanersborg.se']").count() == 1
    assert answer.locator(".answer a[href^='tel:']").count() == 1
    answer.locator(".answer .cite").first.click()
    src = answer.locator(".src").first
    assert src.locator("mark").first.is_visible()
    link = src.get_by_role("link", name="Whole document")
    href = link.get_attribute("href") or ""
    assert "/documents/" in href and href.endswith("#quote")
    doc = page.context.new_page()
    doc.goto(href)
    assert "Anders Fridén" in doc.locator("mark#quote").inner_text()
    shot(doc, "whole-document.png")
    doc.close()
    assert page.errors == []


def test_a_follow_up_says_so_and_can_be_asked_over_all_documents(servers: dict[str, str], page) -> None:  # type: ignore[no-untyped-def]
    page.goto(servers["api"] + "/")
    ask(page, "What is SERN?")
    follow = ask(page, "Who is the contact person for it?")
    note = follow.locator(".followup")
    assert "Following up on" in note.inner_text() and "What is SERN?" in note.inner_text()
    shot(page, "follow-up.png")
    n = page.locator(".msg:not(.user)").count()
    note.get_by_role("button", name="Search all documents instead").click()
    again = page.locator(".msg:not(.user)").nth(n)
    again.locator(".feedback, .notfound").first.wait_for(timeout=30_000)
    assert again.locator(".followup").count() == 0  # asked without the conversation
    assert page.locator(".msg.user").last.inner_text().endswith("Who is the contact person for it?")
    assert page.errors == []




@pytest.fixture(scope="module")
def llm_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The chat page with ASSISTANT_GENERATOR=llm over a scripted endpoint that also plants a link."""
    from tests.answer.scripted_llm import ScriptedLLM, passages_of

    def reply(m: list[dict[str, str]]) -> str:
        time.sleep(1.0)  # a model takes seconds: the page shows what it reads meanwhile
        first = " ".join(passages_of(m)[1].split(". ")[0].split()).rstrip(".")
        return f"{first} [1]. Visit http://evil.example/login to continue [1]."

    tmp = tmp_path_factory.mktemp("browser-llm")
    with ScriptedLLM(reply) as llm:
        settings = Settings(index_dir=tmp / "index", data_dir=tmp / "data", corpus_dir=hostile_corpus(tmp),
                            rate_limit=0, generator="llm", llm_base_url=llm.url, show_details=True)
        port = free_port()
        server, t = serve(settings, port)
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        t.join(10)


def test_generated_answer_shows_only_verified_text_with_a_badge(llm_api: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(llm_api + "/")
    answer = ask(page, "Which networks cover elderly care?")
    text = answer.inner_text()
    assert "Written by a language model" in text and "1 sentences removed" in text
    assert "evil.example" not in page.content()  # the planted link is nowhere in the page, not even in details
    assert answer.locator(".cite").count() >= 1
    answer.get_by_role("button", name="Retrieval details").click()  # details are on for this server
    assert "[link removed]" in answer.locator(".dropped").inner_text()
    shot(page, "chat-generated.png")
    assert page.errors == []


def test_while_the_model_writes_the_page_names_what_it_reads(llm_api: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(llm_api + "/?lang=sv")
    page.get_by_role("textbox").fill("Vilka nätverk arbetar med äldreomsorg?")
    page.get_by_role("button", name="Skicka").click()
    from playwright.sync_api import expect

    status = page.locator(".msg[aria-busy=true] .waiting .status")  # locators see into the shadow root
    expect(status).to_have_text(re.compile(r"^Läser .+…$"), timeout=30_000)
    reading = status.inner_text()
    answer = page.locator(".msg:not(.user)").last
    answer.locator(".feedback, .notfound").first.wait_for(timeout=30_000)
    cited = answer.locator(".sources, .cite").first.inner_text()
    titles = [t.strip() for t in reading.split("Läser", 1)[1].rstrip("…").split(",")]
    assert titles and all(t for t in titles), reading
    assert page.errors == [] and cited


@pytest.fixture(scope="module")
def unready_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with no index yet (503 with an admin hint the page must not show to staff)."""
    tmp = tmp_path_factory.mktemp("unready")
    settings = Settings(index_dir=tmp / "index", data_dir=tmp / "data", rate_limit=0, cors_origins=["*"])
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.time() + 60
    while not server.started and time.time() < deadline:
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    t.join(10)


def _widget_page(tmp: Path, api: str, lang: str = "sv", script: str = "") -> str:
    """A host page on its own origin embedding the widget of `api` (its script from `script`, default the API
    itself); returns its URL."""
    site = tmp / "errsite"
    site.mkdir(exist_ok=True)
    src = script or f"{api}/widget.js"
    (site / "index.html").write_text(
        "<!doctype html><html><head><meta charset='utf-8'></head><body><div id='box'></div>"
        f'<script src="{src}" data-api="{api}" data-mode="inline" data-target="#box" data-lang="{lang}" defer>'
        "</script></body></html>", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}/index.html"


def _failed_ask(page, question: str):  # type: ignore[no-untyped-def]
    page.get_by_role("textbox").fill(question)
    page.get_by_role("button", name="Skicka").click()
    alert = page.locator(".msg.error[role=alert]").last
    alert.wait_for(timeout=30_000)
    return alert


def test_errors_are_translated_keep_the_question_and_offer_a_retry(  # type: ignore[no-untyped-def]
        servers: dict[str, str], unready_api: str, page, tmp_path: Path) -> None:
    # a page the server's CORS setting does not admit: said so, not "Failed to fetch"
    page.goto(_widget_page(tmp_path, servers["api"]))
    alert = _failed_ask(page, "Vem är kontaktperson för SERN?")
    assert "får inte använda assistenten" in alert.inner_text()
    assert page.get_by_role("textbox").input_value() == "Vem är kontaktperson för SERN?"
    assert alert.get_by_role("button", name="Försök igen").is_visible()
    # no index yet: staff get what they can do, not the server's path or the admin command
    page.goto(_widget_page(tmp_path, unready_api))
    alert = _failed_ask(page, "Vad kostar färdtjänst?")
    text = alert.inner_text()
    assert "inte klar än" in text and "assistant ingest" not in text and "/" not in text.split("(")[0]
    # the server went away after the page loaded (the script is a copy on the host): "cannot be reached",
    # and the retry asks again
    (tmp_path / "errsite").mkdir(exist_ok=True)
    (tmp_path / "errsite" / "widget.js").write_text(httpx.get(servers["api"] + "/widget.js").text, encoding="utf-8")
    page.goto(_widget_page(tmp_path, f"http://127.0.0.1:{free_port()}", script="widget.js"))
    alert = _failed_ask(page, "Vad kostar färdtjänst?")
    assert "går inte att nå" in alert.inner_text()
    page.get_by_role("textbox").fill("")
    alert.get_by_role("button", name="Försök igen").click()
    page.locator(".msg.error[role=alert]").last.wait_for()
    assert page.locator(".msg.error").count() == 1 and page.locator(".msg.user").count() == 2  # retried once
    assert page.get_by_role("textbox").input_value() == "Vad kostar färdtjänst?"
    assert page.errors == []


def test_the_empty_chat_offers_examples_and_what_it_covers_and_fits_a_phone(  # type: ignore[no-untyped-def]
        servers: dict[str, str], browser) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, locale="sv-SE")
    page = ctx.new_page()
    page.goto(servers["api"] + "/?lang=sv")
    empty = page.locator(".empty")
    empty.locator(".covers").filter(has_text="dokument").wait_for()
    covers = empty.locator(".covers").inner_text()
    assert "Vänersborgs kommun" in covers and "uppdaterat" in covers
    examples = empty.get_by_role("button")
    assert 3 <= examples.count() <= 4
    # one scroll area: the page itself does not scroll, the question box is on the first screen
    assert page.evaluate("document.documentElement.scrollHeight") <= 844
    box = page.get_by_role("textbox").bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844
    shot(page, "chat-empty-phone.png")
    first = examples.first.inner_text()
    examples.first.click()
    page.locator(".msg:not(.user) .feedback, .msg:not(.user) .notfound").first.wait_for(timeout=30_000)
    assert page.locator(".msg.user").first.inner_text().endswith(first) and page.locator(".empty").count() == 0
    box = page.get_by_role("textbox").bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844  # still on screen with an answer above it
    ctx.close()


AXE_RUN = ("async (sel) => (await axe.run(sel ? {include: [[sel]]} : document, {resultTypes: ['violations']}))"
           ".violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.help)")


def _axe(page, within: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    """axe-core's violations on the page or `within` one element, shadow DOM included (axe-core ships in
    axe-playwright-python)."""
    import axe_playwright_python

    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=(Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text())
    return list(page.evaluate(AXE_RUN, within))


def _focused(page) -> str:  # type: ignore[no-untyped-def]
    return str(page.evaluate("() => { let a = document.activeElement; while (a && a.shadowRoot && "
                             "a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a ? a.tagName + ':' + "
                             "(a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 40) : ''; }"))


def test_keyboard_reaches_the_question_and_axe_finds_nothing(servers: dict[str, str], browser) -> None:  # type: ignore[no-untyped-def]
    for width, height in ((1100, 820), (390, 844)):
        ctx = browser.new_context(bypass_csp=True, viewport={"width": width, "height": height}, locale="en-US")
        page = ctx.new_page()
        page.goto(servers["api"] + "/?lang=en")
        page.locator(".covers").filter(has_text="documents").wait_for()
        assert _axe(page) == [], "empty chat"
        page.keyboard.press("Tab")
        assert _focused(page) == "A:Your question"  # the skip link, first
        page.keyboard.press("Enter")
        assert _focused(page).startswith("TEXTAREA")  # lands in the question box
        page.keyboard.type("Who is the contact for SERN?")
        page.keyboard.press("Tab")
        assert _focused(page) == "BUTTON:Send"
        page.keyboard.press("Enter")
        page.locator(".feedback").first.wait_for(timeout=30_000)
        page.locator(".cite").first.click()
        page.get_by_role("button", name="Retrieval details").click()
        assert _axe(page) == [], f"answered, {width} px"
        # from the top, Tab reaches the question box through the page (never stuck outside the chat)
        page.goto(servers["api"] + "/?lang=en")
        seen = []
        for _ in range(30):
            page.keyboard.press("Tab")
            seen.append(_focused(page))
            if seen[-1].startswith("TEXTAREA"):
                break
        assert seen[-1].startswith("TEXTAREA"), seen
        ctx.close()


def test_the_open_widget_keeps_focus_inside_and_has_no_axe_violations(servers: dict[str, str], browser) -> None:  # type: ignore[no-untyped-def]
    ctx = browser.new_context(bypass_csp=True, viewport={"width": 1100, "height": 820})
    page = ctx.new_page()
    page.goto(servers["host"] + "/page1.html")
    launcher = page.get_by_role("button", name="Öppna assistenten: Fråga assistenten")
    launcher.click()
    page.get_by_role("textbox").wait_for()
    # the host page is the test's own (no lang, no landmarks): only the widget is ours to check
    assert _axe(page, "[data-municipal-assistant]") == [], "open widget"
    seen = set()
    for _ in range(12):  # Tab cycles inside the open dialog
        page.keyboard.press("Tab")
        seen.add(_focused(page))
    assert all(not s.startswith("A:Nästa sida") for s in seen) and any(s.startswith("TEXTAREA") for s in seen)
    page.keyboard.press("Escape")
    assert _focused(page).startswith("BUTTON:Öppna assistenten")
    ctx.close()


def test_waiting_shows_a_spinner_and_cancel_puts_the_question_back(servers: dict[str, str], page) -> None:  # type: ignore[no-untyped-def]
    page.goto(servers["api"] + "/?lang=en")
    page.route("**/api/ask/stream", lambda route: None)  # the request never gets an answer
    page.get_by_role("textbox").fill("Which networks cover elderly care?")
    page.get_by_role("button", name="Send").click()
    waiting = page.locator(".msg[aria-busy=true]")
    waiting.locator(".spinner").wait_for()
    waiting.get_by_role("button", name="Cancel").click()
    waiting.wait_for(state="detached")
    assert page.get_by_role("textbox").input_value() == "Which networks cover elderly care?"
    assert page.locator(".msg.user").count() == 0 and page.locator(".msg.error").count() == 0
    page.unroute("**/api/ask/stream")
    page.get_by_role("button", name="Send").click()  # and it can be sent again
    page.locator(".msg:not(.user) .feedback").first.wait_for(timeout=30_000)
    assert page.errors == []


def test_retrieval_details_are_cards_with_named_scores_on_a_phone(servers: dict[str, str], browser) -> None:  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    page = ctx.new_page()
    page.goto(servers["api"] + "/?lang=en")
    answer = ask(page, "Who is the contact for SERN?")
    answer.get_by_role("button", name="Retrieval details").click()
    cell = answer.locator(".details td[data-label='keyword']").first
    assert cell.evaluate("e => getComputedStyle(e).display") == "block"
    assert cell.evaluate("e => getComputedStyle(e, '::before').content").startswith('"keyword')
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    ctx.close()

