"""The word-casing table behind names in lower-cased archives (from the installed truecase package)."""

from __future__ import annotations

import io
import pickle

import pytest

from assistant.text.casing import _CountsOnly, capital_share


def test_names_are_mostly_capitalised_and_common_words_are_not():
    assert capital_share("Houston") > 0.9 and capital_share("kentucky") > 0.9
    assert capital_share("the") < 0.2 and capital_share("said") < 0.05
    # A surname that is also a common word sits in between; a word no corpus saw has no share.
    assert 0.1 < capital_share("stern") < 0.5
    assert capital_share("zqxwvbrel") is None


def test_the_table_is_read_without_running_code_from_the_pickle():
    class Sneaky:
        def __reduce__(self):
            return (print, ("ran",))

    with pytest.raises(pickle.UnpicklingError, match="unexpected class"):
        _CountsOnly(io.BytesIO(pickle.dumps(Sneaky()))).load()


def test_without_the_table_lower_case_text_shows_no_names(monkeypatch):
    import assistant.text.casing as casing
    from assistant.text.entities import caseless_names

    assert caseless_names("the ship left from tampa on sunday.")[0].text == "tampa"
    monkeypatch.setattr(casing, "_SHARES", {})  # as when the truecase package cannot be read
    assert caseless_names("the ship left from tampa on sunday.") == []
