"""resources/vocab/country_names.tsv: other names of the countries, for the pickers and the
search index. Every line is well formed, names a known country, comes from a named source,
and adds something the labels do not already give."""

from __future__ import annotations

from importlib import resources

from app import vocabularies
from storage.placenames import OTHER_NAMES_FILE, country_names, other_names
from storage.textnorm import fold


def _lines() -> list[str]:
    ref = resources.files("resources") / "vocab" / OTHER_NAMES_FILE
    return ref.read_text("utf-8").splitlines()


def test_the_file_names_its_sources_and_every_line_is_well_formed() -> None:
    lines = _lines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "CLDR" in header
    assert "hand" in header
    countries = vocabularies.load("countries")
    seen: set[tuple[str, str]] = set()
    for number, line in enumerate(lines, 1):
        if line.startswith("#") or not line.strip():
            continue
        code, lang, name, source = line.split("\t")
        assert code in countries, number
        assert lang in ("en", "ru"), number
        assert source in ("cldr", "hand"), number
        assert name == name.strip(), number
        assert name, number
        labels = {fold(label) for label in countries.term(code).labels.values()}
        assert fold(name) not in labels, f"line {number}: {name} is a label already"
        assert (code, fold(name)) not in seen, f"line {number}: {name} twice"
        seen.add((code, fold(name)))


def test_other_names_reach_the_pickers_and_the_index() -> None:
    assert "Turkey" in other_names("TR")
    assert "Turkey" in vocabularies.other_names("countries", "TR")
    assert vocabularies.other_names("acts", "TR") == ()
    assert "Turkey" in country_names("TR")
    assert "Türkiye" in country_names("TR")  # the labels and the ISO name as before
    assert vocabularies.resolve("countries", "Russian Federation") == "RU"
    assert vocabularies.resolve("countries", "Iran, Islamic Republic of") == "IR"
