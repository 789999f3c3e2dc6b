"""The statistical back-up rules (pycore/rules/model.py) and their shipped weights."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pycore
from pycore import _model_weights as MW
from pycore.rules import RULES
from pycore.rules import model as M

ROOT = Path(__file__).resolve().parent.parent


def test_weights_load_and_hash_matches():
    from pycore import _model_data as MD
    digest = hashlib.sha256(json.dumps([list(MW.BIAS), MW.THRESHOLD, MD.DATA], sort_keys=True)
                            .encode()).hexdigest()
    assert MD.VERSION == MW.VERSION
    assert digest == MW.HASH and MW.VERSION == digest[:12]
    assert tuple(M.CATEGORIES) == pycore.CATEGORY_IDS
    assert M.W.ready() and M.THRESHOLD
    # part of the 8 MB zip budget (the wheel compresses the text about fourfold)
    assert len((ROOT / "pycore" / "_model_data.py").read_bytes()) < 1_000_000


def test_feature_weights_are_read_on_the_first_check_not_at_import():
    # the extension snapshots Python right after `import pycore`; the snapshot must fit in
    # Pyodide's first heap, so the bulk of the model may not be imported with the package
    code = ("import sys, pycore; before = 'pycore._model_data' in sys.modules; "
            "f = pycore.check('My client Jenny, 34, a teacher at Lincoln High, told me today she is leaving her husband.'); "
            "from pycore.rules import model as M; "
            "print(before, len(M.W) > 1000, 'pycore._model_data' in sys.modules, bool(f))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["False", "True", "False", "True"], r.stderr


def test_training_is_deterministic_and_matches_shipped_weights():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "train_model.py"), "--check", "--quiet"],
                       cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, ("pycore/_model_weights.py or _model_data.py is stale: "
                               "run python3 tools/train_model.py")


def test_trainer_never_reads_the_holdout():
    src = (ROOT / "tools" / "train_model.py").read_text(encoding="utf-8")
    assert "holdout" not in src.replace('assert "holdout" not in rel', "")


def _model_rule(cat):
    return next(r for r in RULES if r.id in M.MODEL_IDS and r.category == cat)


# a post inviting health details in the comments; the category's pattern rules are
# switched off so that the model is seen alone (as in the model rules' own examples)
TEXT = "Drop your biggest fear in the comments and our team will reply with a personalised coping tip."
CAT = "sensitive-contact"


def _alone(**extra):
    st = M._patterns_off(CAT)
    for k, v in extra.items():
        st[k] = st.get(k, []) + v if isinstance(v, list) else v
    return st


def test_model_rule_fires_and_respects_settings():
    rule = _model_rule(CAT)
    assert rule.id in {f.rule for f in pycore.check(TEXT, settings=_alone())}
    assert not pycore.check(TEXT, settings=_alone(disabled_categories=[CAT]))
    assert rule.id not in {f.rule for f in pycore.check(TEXT, settings=_alone(disabled_rules=[rule.id]))}
    assert not pycore.check(TEXT, settings=_alone(account="personal"))


def test_model_span_is_a_sentence_not_the_whole_post():
    text = "Our office is open Monday to Friday. " + TEXT + " Call us to book."
    f = next(f for f in pycore.check(text, settings=_alone()) if f.rule in M.MODEL_IDS)
    assert text[f.start:f.end] == TEXT


def test_model_is_silent_when_a_pattern_rule_found_the_category():
    text = "Friend me on my personal Facebook, clients!"
    fs = pycore.check(text)
    assert any(f.category == "dual-relationship" for f in fs)
    assert not any(f.rule in M.MODEL_IDS for f in fs)


def test_model_never_fires_on_any_rules_clean_examples():
    bad = []
    for r in RULES:
        for ex in r.examples_clean:
            fs = pycore.check(ex.text, ex.context, ex.settings, parent=ex.parent)
            bad += [(r.id, ex.text, f.rule) for f in fs if f.rule in M.MODEL_IDS]
    assert not bad, bad[:10]
