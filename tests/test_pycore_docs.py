"""docs/rules.md is generated from the rules; fail when it is stale."""

from pathlib import Path

from pycore.docgen import default_path, render
from pycore.rules import RULES


def test_docs_rules_md_is_up_to_date():
    path = default_path()
    assert path.exists(), "run: python -m pycore docs"
    assert path.read_text(encoding="utf-8") == render(), "docs/rules.md is stale: run python -m pycore docs"


def test_docs_mention_every_rule():
    text = render()
    for r in RULES:
        assert f"### {r.id}" in text
    assert Path(default_path()).name == "rules.md"
