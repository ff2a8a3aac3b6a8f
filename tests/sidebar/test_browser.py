"""The sidebar page in headless Chromium: the due date shows and the trail verifies in the browser.

The service runs with uvicorn on a free port; Chromium loads the page as the demo does
(`?ticket=N&token=…`), runs the page's JavaScript (the proofs are checked with WebCrypto), and dumps
the DOM. A screenshot is written to test-output/sidebar.png for a reviewer. Without Chromium the
tests skip, except under CI=true where they fail.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from plugin.app import Service, create_app
from plugin.sidebar import SidebarData, sidebar_routes
from tests.browser import OUTPUT, find_chromium, run_chromium
from tests.sidebar._helpers import TICKET, Filled, create_token, fill_case, make_service, make_settings
from tests.support import NOW, MovableClock

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium() -> str:
    return find_chromium()


@contextlib.contextmanager
def serving(app: Starlette) -> Iterator[str]:
    """Run `app` with uvicorn in a thread on a free port; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def load(binary: str, url: str, profile: Path, *extra: str) -> str:
    """Load `url` headless, let its scripts finish (virtual time), return stdout (the DOM with --dump-dom)."""
    return run_chromium(
        binary, url, profile, "--virtual-time-budget=5000", "--window-size=360,1300", *extra, timeout=90
    )


# --- reading the dumped DOM --------------------------------------------------------------------
@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)

    @property
    def content(self) -> str:
        return " ".join("".join(self.text).split())


class Dom(HTMLParser):
    """Every element with an id, a data-verify or a class, with its text content (descendants included)."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr"})

    def __init__(self, html: str) -> None:
        super().__init__()
        self.nodes: list[Node] = []
        self._open: list[Node] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.nodes.append(node)
        self._open.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                return

    def handle_data(self, data: str) -> None:
        for node in self._open:
            node.text.append(data)

    def by_id(self, id_: str) -> Node:
        found = [n for n in self.nodes if n.attrs.get("id") == id_]
        assert found, f"no element #{id_}"
        return found[0]

    def all(self, **attrs: str) -> list[Node]:
        return [
            n for n in self.nodes if all(n.attrs.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())
        ]


# --- fixtures ----------------------------------------------------------------------------------------
@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(NOW)


@pytest.fixture
def service(tmp_path: Path, clock: MovableClock) -> Service:
    return make_service(make_settings(tmp_path), clock)


@pytest.fixture
def filled(service: Service) -> Filled:
    return fill_case(service)


def test_sidebar_shows_the_due_date_and_verifies_the_trail_in_the_browser(
    chromium: str, service: Service, filled: Filled, tmp_path: Path
) -> None:
    token = create_token(service, "auditor")
    app = create_app(service.settings, service=service, extra_routes=sidebar_routes(service), background=False)
    OUTPUT.mkdir(exist_ok=True)
    screenshot = OUTPUT / "sidebar.png"
    screenshot.unlink(missing_ok=True)
    with serving(app) as base:
        url = f"{base}/app/sidebar?ticket={TICKET}&token={token}"
        dom = Dom(load(chromium, url, tmp_path / "profile", "--dump-dom"))
        load(chromium, url, tmp_path / "profile-shot", f"--screenshot={screenshot}", "--hide-scrollbars")

    app_node = dom.by_id("app")
    assert app_node.attrs["data-state"] == "ready", app_node.content[:500]
    assert dom.by_id("due-date").content == "28 December 2026"
    assert dom.by_id("days-left").content == "30 days left"
    assert dom.by_id("due").attrs["data-urgency"] == "ok"
    assert "Right of access" in dom.by_id("rights").content
    assert "Acknowledge receipt" in dom.by_id("next-macro").content
    assert "Access: send a copy" in dom.by_id("checklist").content

    entries = dom.all(class_="entry")
    assert sorted(int(e.attrs["data-seq"]) for e in entries) == sorted(filled.trail)
    assert [e.attrs["data-verify"] for e in entries] == ["ok"] * len(filled.trail)
    assert all(e.content.startswith("✓ verified") for e in entries)
    assert (
        dom.by_id("verify-summary").content
        == f"{len(entries)} of {len(entries)} entries verified against the signed root"
    )
    assert dom.by_id("signature").content == "signature verified in this browser"  # Ed25519 in WebCrypto
    assert "static.zdassets.com" not in "".join(n.attrs.get("src", "") for n in dom.all())  # not inside Zendesk

    assert screenshot.is_file() and screenshot.stat().st_size > 5000
    print(f"\nsidebar screenshot: {screenshot}")


def _tampering_routes(service: Service) -> list[BaseRoute]:
    """The real routes, but the data route flips one byte of a leaf and of another entry's proof."""
    data = SidebarData(service)

    async def tampered(request: Request) -> Response:
        query = request.query_params
        body: dict[str, Any] = data.load(int(query["ticket"]), requested_lang=query.get("lang"))
        trail = body["trail"]
        leaf = bytearray(base64.b64decode(trail[0]["leaf"]))
        leaf[-3] ^= 0x01  # inside the time string: still JSON, still the same seq
        trail[0]["leaf"] = base64.b64encode(bytes(leaf)).decode()
        proof = bytearray(base64.b64decode(trail[1]["proof"][0]))
        proof[0] ^= 0x80
        trail[1]["proof"][0] = base64.b64encode(bytes(proof)).decode()
        return JSONResponse(body)

    return [Route("/app/sidebar/data", tampered), *sidebar_routes(service)]


def test_a_tampered_leaf_or_proof_is_marked_failed_and_overdue_shows_red(
    chromium: str, service: Service, filled: Filled, clock: MovableClock, tmp_path: Path
) -> None:
    clock.advance(days=40)  # due 28 December 2026: 10 days overdue
    token = create_token(service, "auditor")
    app = create_app(service.settings, service=service, extra_routes=_tampering_routes(service), background=False)
    with serving(app) as base:
        url = f"{base}/app/sidebar?ticket={TICKET}&lang=fr#token={token}"
        dom = Dom(load(chromium, url, tmp_path / "p", "--dump-dom"))
    assert dom.by_id("app").attrs["data-state"] == "ready"
    assert dom.by_id("due").attrs["data-urgency"] == "overdue"
    assert (dom.by_id("due-date").content, dom.by_id("days-left").content) == ("28 décembre 2026", "10 jours de retard")
    marks = {int(e.attrs["data-seq"]): e.attrs["data-verify"] for e in dom.all(class_="entry")}
    first, second, *rest = filled.trail
    assert marks == {first: "failed", second: "failed", **{seq: "ok" for seq in rest}}
    assert dom.by_id("verify-summary").content == f"2 entrée(s) sur {len(filled.trail)} en ÉCHEC de vérification"


def test_without_a_credential_the_page_says_so(chromium: str, service: Service, filled: Filled, tmp_path: Path) -> None:
    app = create_app(service.settings, service=service, extra_routes=sidebar_routes(service), background=False)
    with serving(app) as base:
        dom = Dom(load(chromium, f"{base}/app/sidebar?ticket={TICKET}&lang=nl", tmp_path / "p", "--dump-dom"))
    app_node = dom.by_id("app")
    assert (app_node.attrs["data-state"], app_node.attrs["data-status"]) == ("error", "401")
    assert dom.by_id("status").content.startswith("Geen toegang.")
    assert dom.by_id("detail").content.startswith("a bearer credential is required")
    assert "28 December 2026" not in app_node.content


def test_inside_zendesk_the_page_loads_the_zaf_sdk_from_zendesks_cdn(
    chromium: str, service: Service, tmp_path: Path
) -> None:
    # ZAF adds origin and app_guid to the iframe URL. The CDN host is made unresolvable so the
    # outcome is the same with or without network: the page must have tried that exact URL.
    app = create_app(service.settings, service=service, extra_routes=sidebar_routes(service), background=False)
    query = "origin=https%3A%2F%2Facme.zendesk.com&app_guid=0f6e1d2c-aaaa-bbbb-cccc-123456789abc"
    with serving(app) as base:
        html = load(
            chromium,
            f"{base}/app/sidebar?{query}",
            tmp_path / "p",
            "--host-resolver-rules=MAP static.zdassets.com ~NOTFOUND",
            "--dump-dom",
        )
    dom = Dom(html)
    assert dom.by_id("app").attrs["data-state"] == "error"
    sdk = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"
    assert [n.attrs["src"] for n in dom.all() if n.tag == "script" and "zdassets" in n.attrs.get("src", "")] == [sdk]
    assert sdk in dom.by_id("status").content
