"""The command line: `course check | build | serve | schema | score` (the top of the pipeline)."""

from .main import main

__all__ = ["main"]
