"""The search section of `make bench`: index size against the same sources indexed the old way, the
weight of the shipped Indonesian search extension, and the time to stem every word of the index in
Chromium. Budgets: index ≤ 1.3× per language, extension ≤ 4 KB gzip, stemming ≤ 100 ms."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
from pathlib import Path

import yaml

from benchlib import ROOT, WORK, fmt_kb, gzip_size, run_child

LANGS = ("id", "en")
WORKER = ROOT / "tests" / "search" / "worker.js"
# What the sites used before stemming: English settings everywhere, only a trimmer on Indonesian,
# and the knowledge checks' feedback in the index.
OLD_SEARCH = {"id": {"lang": "en", "pipeline": ["trimmer"]}, "en": {"lang": "en"}}


def _old_sources(src: Path, dest: Path) -> list[Path]:
    """A copy of the generated sources with the old search settings and no search exclusions."""
    shutil.rmtree(dest, ignore_errors=True)
    configs = []
    for lang in LANGS:
        shutil.copytree(src / lang, dest / lang)
        config_file = dest / lang / "mkdocs.yml"
        config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
        config["plugins"] = [{"search": OLD_SEARCH[lang]} if (p == "search" or isinstance(p, dict) and "search" in p)
                             else p for p in config["plugins"]]
        config_file.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
        for page in (dest / lang / "docs").rglob("*.md"):
            text = page.read_text(encoding="utf-8")
            page.write_text(text.replace(" data-search-exclude", ""), encoding="utf-8")
        configs.append(config_file)
    return configs


def _lunr_index(site_lang: Path) -> tuple[int, int]:
    """Terms and serialised size of the lunr index the site's own worker builds (under node)."""
    done = subprocess.run(["node", str(WORKER), str(site_lang)], input=json.dumps({"vocabulary": True, "size": True}),
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        return 0, 0
    answer = json.loads(done.stdout)
    return len(answer["vocabulary"]), answer.get("size", 0)


def index_words(site_lang: Path) -> list[str]:
    from builder.site.search.report import index_words as words
    return words(site_lang / "search" / "search_index.json")


def _stem_in_chromium(site_lang: Path, words: list[str], chromium: str, flags: list[str]) -> list[float]:
    """Milliseconds to stem every word, first (cold) run then four more, in a Chromium page."""
    from playwright.sync_api import sync_playwright

    workers = site_lang / "assets" / "javascripts" / "workers"
    worker = next(workers.glob("search.*.min.js"))
    pack = site_lang / "assets" / "javascripts" / "lunr" / "min" / "lunr.selaras.min.js"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=flags, headless=True)
        try:
            page = browser.new_page()
            page.set_content("<!doctype html><title>stem</title>")
            # Material's worker script, run in a page, leaves lunr on window; then the site's extension.
            page.add_script_tag(content=worker.read_text(encoding="utf-8"))
            page.add_script_tag(content=pack.read_text(encoding="utf-8"))
            return page.evaluate("""(words) => {
                const times = [];
                for (let run = 0; run < 5; run++) {
                    const start = performance.now();
                    for (const word of words) lunr.selaras.stem(word);
                    times.push(performance.now() - start);
                }
                return times;
            }""", words)
        finally:
            browser.close()


def bench_search(real, plain_cmd, table, met, checked, chromium: str, flags: list[str]) -> str:
    old_site = WORK / "search" / "old-site"
    shutil.rmtree(old_site, ignore_errors=True)
    configs = _old_sources(real.src, WORK / "search" / "old-src")
    checked(run_child(plain_cmd(configs, old_site), timeout=900), "mkdocs build with the old search settings")

    rows, targets, ok = [], [], True
    for lang in LANGS:
        new_json = (real.site / lang / "search" / "search_index.json").stat().st_size
        old_json = (old_site / lang / "search" / "search_index.json").stat().st_size
        new_terms, new_lunr = _lunr_index(real.site / lang)
        old_terms, old_lunr = _lunr_index(old_site / lang)
        ratio = new_json / old_json
        lunr_ratio = new_lunr / old_lunr if old_lunr else float("nan")
        ok &= ratio <= 1.3 and lunr_ratio <= 1.3
        rows.append([lang, f"{fmt_kb(new_json)} / {fmt_kb(old_json)}", f"{ratio:.2f}×",
                     f"{new_terms} / {old_terms}", f"{fmt_kb(new_lunr)} / {fmt_kb(old_lunr)}", f"{lunr_ratio:.2f}×"])
    targets.append(["search index per language (JSON and lunr's), against the old settings", "see above",
                    "≤ 1.3×", met(ok)])

    pack = (real.site / "id" / "assets" / "javascripts" / "lunr" / "min" / "lunr.selaras.min.js").read_bytes()
    pack_gz = gzip_size(pack)
    targets.append(["Indonesian search extension `lunr.selaras.min.js`, gzip",
                    f"{fmt_kb(pack_gz)} (raw {fmt_kb(len(pack))})", "≤ 4 KB", met(pack_gz <= 4 * 1024)])
    en_pack = (real.site / "en" / "assets" / "javascripts" / "lunr" / "min" / "lunr.selaras.min.js").read_bytes()

    words = index_words(real.site / "id")
    times = _stem_in_chromium(real.site / "id", words, chromium, flags)
    targets.append([f"stemming every word of the Indonesian index ({len(words)} words) in Chromium, first run",
                    f"{times[0]:.1f} ms (then median {statistics.median(times[1:]):.1f} ms)", "≤ 100 ms",
                    met(times[0] <= 100)])
    return "\n".join([
        "The same generated sources built twice: as they are, and with the search settings the sites had before "
        "(English settings on both, only a trimmer on Indonesian, feedback in the index). The lunr index is the "
        "one Material's own worker builds from each, run under node (`tests/search/worker.js`).", "",
        table(["language", "JSON now / before", "ratio", "lunr terms now / before", "lunr index now / before",
               "ratio"], rows), "",
        table(["target", "measured", "target", "result"], targets), "",
        f"The English extension (Snowball's Porter2, no budget) is {fmt_kb(gzip_size(en_pack))} gzip.",
    ])
