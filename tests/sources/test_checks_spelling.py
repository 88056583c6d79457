"""The spelling check's fast path (a substring test before the case-insensitive pattern) never skips a
text the pattern would flag: checked over texts made of the letters `re` folds in unusual ways."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from builder.sources.checks import _folded

LETTERS = "aiIkKsStTmMlLeE \u0130\u0131\u017f\u212a\u00df\u1e9e-"


@settings(max_examples=400, deadline=None)
@given(wrong=st.text(alphabet="aiksteml ", min_size=1, max_size=6).filter(str.strip),
       text=st.text(alphabet=LETTERS, max_size=30))
def test_whatever_the_pattern_finds_the_substring_test_finds_too(wrong: str, text: str):
    if re.search(re.escape(wrong), text, re.IGNORECASE):
        assert _folded(wrong) in _folded(text)


def test_the_fold_maps_the_letters_lower_case_leaves_behind():
    assert _folded("T\u0130M") == "tim" and _folded("\u017fales") == "sales" and _folded("\u212aPI") == "kpi"
