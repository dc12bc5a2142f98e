"""Passphrase policy: a live strength estimate and a clear reason when one is refused.

Built on zxcvbn (Dropbox's estimator), which finds dictionary words, keyboard walks,
repeats, sequences and dates in any script. The result carries codes, never prose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline attack"
MIN_GUESSES_LOG10 = 10.0  # and at least 10^10 guesses, each costing one Argon2id call
_ESTIMATE_LIMIT = 100  # zxcvbn is quadratic; anything this long is judged on its start


@dataclass(frozen=True, slots=True)
class PassphraseAssessment:
    score: int  # 0..4
    acceptable: bool
    reason: str | None  # None, or: empty, too_short, common_words, keyboard_pattern,
    #                     repeated, sequence, dates, personal, guessable
    guesses_log10: float


_PATTERN_REASON = {
    "dictionary": "common_words",
    "spatial": "keyboard_pattern",
    "repeat": "repeated",
    "sequence": "sequence",
    "regex": "dates",
    "date": "dates",
}


def assess(passphrase: str, personal: Sequence[str] = ()) -> PassphraseAssessment:
    """Judge a passphrase; `personal` holds words an attacker would try first."""
    if not passphrase.strip():
        return PassphraseAssessment(0, False, "empty", 0.0)
    from zxcvbn import zxcvbn  # 30 ms to import: on first use, not when the app starts

    user_inputs = [w for w in (*personal, "guvoh", "vault") if w]
    result = zxcvbn(passphrase[:_ESTIMATE_LIMIT], user_inputs=user_inputs)
    score = int(result["score"])
    guesses = float(result["guesses_log10"])
    if len(passphrase) < MIN_LENGTH:
        return PassphraseAssessment(min(score, 2), False, "too_short", guesses)
    if score >= MIN_SCORE and guesses >= MIN_GUESSES_LOG10:
        return PassphraseAssessment(score, True, None, guesses)
    return PassphraseAssessment(score, False, _weakest_reason(result, user_inputs), guesses)


def _weakest_reason(result: dict[str, object], user_inputs: Sequence[str]) -> str:
    matches = result.get("sequence") or []
    assert isinstance(matches, list)
    worst = max(matches, key=lambda m: len(str(m.get("token", ""))), default=None)
    if worst is None:
        return "guessable"
    if worst.get("pattern") == "dictionary" and worst.get("dictionary_name") == "user_inputs":
        return "personal"
    return _PATTERN_REASON.get(str(worst.get("pattern")), "guessable")
