"""Regenerate the README's screenshots (docs/screenshots/*.png) from the fixture store.

Builds the web fixture store (and its article of reported speech) in a temporary folder,
serves it on a loopback port and photographs the home, person, article, story, quotes
(browse) and search pages with Debian's Chromium (the same
browser and flags as the browser tests; Playwright downloads nothing).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--lang fr]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from presswatch.store import Store
from presswatch.web import create_app
from presswatch.web.fixtures import GuillemetAnnotator, populate, reported_speech_article

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the browser helpers live with the browser tests
from browser_server import CHROMIUM, CHROMIUM_ARGS, running  # noqa: E402

VIEWPORT = {"width": 1200, "height": 820}


def _pages(store: Store, ids: dict[str, str]) -> dict[str, str]:
    """Screenshot name → path, picked from the fixture store."""
    lavrov = next(p["id"] for p in store.people().rows if p["name"] == "Sergueï Lavrov")
    story = store.stories().rows[0]["id"]
    return {"home": "/", "person": f"/people/{lavrov}",
            "article": f"/articles/{ids['geneve-3']}", "story": f"/stories/{story}",
            "quotes": "/quotes", "search": "/search?q=Gen%C3%A8ve"}


def main(argv: list[str] | None = None) -> int:
    """Write one PNG per page; the exit status is 1 when Chromium is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"no browser at {CHROMIUM}: apt-get install -y chromium", file=sys.stderr)
        return 1
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'presswatch.db'}"
        with Store(url) as store:
            ids = populate(store)
            store.add_article(*reported_speech_article(), pipeline_version="fixtures")
            store.recompute()
            pages = _pages(store, ids)
        with running(create_app(url, annotator=GuillemetAnnotator())) as base, \
                sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                str(Path(tmp) / "profile"), executable_path=CHROMIUM, headless=True,
                args=list(CHROMIUM_ARGS), viewport=VIEWPORT, device_scale_factor=1)
            tab = context.new_page()
            for name, path in pages.items():
                sep = "&" if "?" in path else "?"
                tab.goto(base + path + (f"{sep}lang={args.lang}" if args.lang != "fr" else ""))
                tab.wait_for_load_state("networkidle")
                target = args.out / f"{name}.png"
                tab.screenshot(path=str(target), full_page=True)
                print(f"wrote {target}")
            context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
