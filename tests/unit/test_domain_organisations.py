"""The own organisation: the one marked own (and carrying this vault's key when that is
given); none when the vault cannot tell."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.organisations import own_organisation


@dataclass(frozen=True)
class Org:
    name: str
    fingerprint: str
    own: bool = False


def test_own_organisation() -> None:
    ours, other = Org("Ours", "SHA256:ours", own=True), Org("Other", "SHA256:other")
    assert own_organisation([other, ours]) is ours
    assert own_organisation([other, ours], "SHA256:ours") is ours
    assert own_organisation([other]) is None
    assert own_organisation([]) is None
    # Marked own, but not with this vault's key: not ours.
    assert own_organisation([ours], "SHA256:mine") is None
    # Carrying our key is not enough without the mark (a card trusted as any other).
    assert own_organisation([Org("Ours", "SHA256:ours")], "SHA256:ours") is None


def test_two_marked_own_is_none_rather_than_a_guess() -> None:
    a, b = Org("A", "SHA256:a", own=True), Org("B", "SHA256:b", own=True)
    assert own_organisation([a, b]) is None
    assert own_organisation([a, b], "SHA256:b") is b  # the vault's key tells them apart
