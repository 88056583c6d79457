"""Baseline child process: plain mkdocs builds of already generated sources, in one process.

Usage: python benchmarks/plain_mkdocs.py CONFIG SITE_DIR [CONFIG SITE_DIR ...]

One process for all languages, like `course build`, so both pay Python's start-up once.
"""

import logging
import os
import sys

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
from mkdocs.commands.build import build
from mkdocs.config import load_config

logging.getLogger("mkdocs").setLevel(logging.WARNING)  # `course build` is quiet too
args = sys.argv[1:]
for config_file, site_dir in zip(args[::2], args[1::2], strict=True):
    build(load_config(config_file=config_file, site_dir=site_dir))
