"""The command line against the hostile corpus: one test per case (corpus.py says what each is)."""

import pytest

from .corpus import IDS


@pytest.mark.parametrize("case_id", IDS)
def test_hostile_input(case_id, corpus_runs):
    result = corpus_runs[case_id].result()
    assert not result.problems, result.report()
