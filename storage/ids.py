"""Typed ids handed out by storage/."""

from __future__ import annotations

from typing import NewType

CaseId = NewType("CaseId", str)
BlobId = NewType("BlobId", str)
