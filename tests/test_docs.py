"The documentation site: `make docs`'s builder, served on 127.0.0.1 and opened in headless Chromium."
import functools, http.server, importlib.util, json, shutil, threading
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not (CHROMIUM and importlib.util.find_spec("playwright") and importlib.util.find_spec("mkdocs_jupyter")),
                                reason="needs Debian's chromium (make browser) and the docs packages (make install)")

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    "The whole site, built as `make docs` builds it, served on a free port of 127.0.0.1."
    from guard_nb.docsite import build_site
    out = tmp_path_factory.mktemp("site") / "_docs"
    r = build_site(out, ROOT)
    print(f"site: {len(r['pages'])} notebooks, {len(r['api'])} API pages, {r['bytes'] / 2**20:.1f} MiB in {r['seconds']:.0f} s")
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", r
    srv.shutdown()

def _open(page, url:str)->list:
    "Load `url`; the console errors, page errors and failed requests it caused."
    errs = []
    page.on("console", lambda m: errs.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errs.append(f"page error: {e}"))
    page.on("requestfailed", lambda q: errs.append(f"request failed: {q.url}"))
    resp = page.goto(url, wait_until="networkidle")
    assert resp is not None and resp.ok, f"{url}: {resp.status if resp else 'no response'}"
    return errs

def test_site_in_a_browser(site):
    from playwright.sync_api import sync_playwright
    base, built = site
    from guard_nb.docsite import notebook_pages
    import guard_nb.regularizers as R
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for path, figures in [("", False), ("04_curvature/", True), ("13_study/", True), ("api/guard_nb.regularizers/", False)]:
            page = browser.new_page(); errs = _open(page, f"{base}/{path}")
            sizes = page.eval_on_selector_all("article img", "els => els.map(e => e.naturalWidth * e.naturalHeight)")
            if figures: assert sizes and all(s > 0 for s in sizes), f"{path}: figures {sizes}"
            links = set(page.eval_on_selector_all("nav a.md-nav__link", "els => els.map(e => e.href)"))
            missing = [q.as_posix() for q in notebook_pages(ROOT / "nbs")[1:] if f"{base}/{q.with_suffix('').as_posix()}/" not in links]
            assert not missing, f"{path}: the navigation misses {missing}"
            if path.startswith("api/"):
                heads = page.eval_on_selector_all("article h2", "els => els.map(e => e.textContent.replace('¶', '').trim())")
                assert [n for n in R.__all__ if n not in heads] == [], heads
            assert errs == [], f"{path}: {errs}"
            if path == "":
                shot = ROOT / "runs" / "docs-start.png"; shot.parent.mkdir(exist_ok=True); page.screenshot(path=str(shot), full_page=False)
            page.close()
        browser.close()
    assert len(built["pages"]) == len(notebook_pages(ROOT / "nbs"))   # every notebook is a page (speed is reported, not asserted)
