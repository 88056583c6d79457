"""`make site-assets`: the course's scripts and stylesheets as the site carries them, minified by esbuild
into builder/site/assets/shipped/ (committed, so building a course never needs Node.js). After editing a
file of builder/site/assets/, run it again; tests/site/test_page_assets.py holds the two equal.

Each script of assets.SCRIPTS is packed from its files first (assets.pack: one strict-mode function),
then minified; each stylesheet that assets.KINDS names is minified on its own. Scripts keep the syntax
of their sources: ES5, with BigInt and its `**` on the diagnostic's pages (lowered to Math.pow, `**`
would fail on a BigInt); esbuild only shortens them, adding no helper of its own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from . import assets

ROOT = Path(__file__).resolve().parents[3]
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
JS_FLAGS = ("--loader=js", "--target=es5", "--supported:bigint=true", "--supported:exponent-operator=true")
CSS_FLAGS = ("--loader=css",)


def minified(text: str, flags: tuple[str, ...], esbuild: Path = ESBUILD) -> str:
    """`text` as esbuild minifies it."""
    return subprocess.run([str(esbuild), "--minify", "--legal-comments=none", "--log-level=warning", *flags],
                          input=text, capture_output=True, text=True, timeout=60, check=True).stdout


def expected(esbuild: Path = ESBUILD) -> dict[str, str]:
    """Every file of assets/shipped/, by name, as the sources make it now."""
    out = {assets.shipped_name(name): minified(assets.script(name), JS_FLAGS, esbuild) for name in assets.SCRIPTS}
    for name in assets.stylesheets():
        out[assets.shipped_name(name)] = minified((assets.ASSETS / name).read_text(encoding="utf-8"), CSS_FLAGS,
                                                  esbuild)
    return out


def main() -> int:
    folder = Path(str(assets.SHIPPED))
    folder.mkdir(exist_ok=True)
    files = expected()
    for stale in folder.iterdir():
        if stale.name not in files:
            stale.unlink()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    print(f"{len(files)} files written to {folder.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
