"""The envelope of a team event or key transfer (docs/team.md): a body signed by the
member who made it, then age-encrypted.

Plaintext layout (our own, strictly parsed)::

    guvoh-team-event/1\\n
    -----BEGIN SSH SIGNATURE-----      (SSHSIG over the body, namespace
    ...                                 "guvoh-team-event-v1", sha512)
    -----END SSH SIGNATURE-----\\n
    <body bytes>

The body is whatever the caller signs (canonical JSON, app.domain.team); the event's id is
the SHA-256 of the body, so the same event encrypted twice is still one event. `open_event`
proves only that the holder of the returned key signed these body bytes: whether that key
may sign events is the caller's rule.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from crypto import age, sshsig
from crypto.errors import AgeError, AgeNoMatch, SshSigError, TeamEventError
from crypto.identity import PublicKey, SigningKey

NAMESPACE: Final = "guvoh-team-event-v1"
TRANSFER_NAMESPACE: Final = "guvoh-team-transfer-v1"  # key transfers: never taken for events
HEADER: Final = b"guvoh-team-event/1\n"
MAX_FILE_BYTES: Final = 256 * 1024  # an event holds a note or a key transfer, never files
_END: Final = b"-----END SSH SIGNATURE-----\n"
_HASH_ALG: Final = "sha512"


@dataclass(frozen=True, slots=True)
class OpenedEvent:
    id: str  # SHA-256 of the body, hex
    body: bytes
    signer: PublicKey


def event_id(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def seal_event(body: bytes, key: SigningKey, recipients: Sequence[age.X25519Recipient],
               namespace: str = NAMESPACE) -> bytes:
    """The file bytes: `body` signed with `key`, encrypted to `recipients`."""
    signature = sshsig.sign(body, key, namespace, _HASH_ALG)
    plain = HEADER + signature + (b"" if signature.endswith(b"\n") else b"\n") + body
    out = io.BytesIO()
    age.encrypt(io.BytesIO(plain), out, list(recipients))
    data = out.getvalue()
    if len(data) > MAX_FILE_BYTES:
        raise TeamEventError("too_large")
    return data


def open_event(data: bytes, identities: Iterable[age.Identity],
               namespace: str = NAMESPACE) -> OpenedEvent:
    """Decrypt and check the signature of an event file; TeamEventError otherwise."""
    if len(data) > MAX_FILE_BYTES:
        raise TeamEventError("too_large")
    out = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(data), out, list(identities))
    except AgeNoMatch:
        raise TeamEventError("not_for_us") from None
    except AgeError:
        raise TeamEventError("damaged") from None
    plain = out.getvalue()
    if len(plain) > MAX_FILE_BYTES or not plain.startswith(HEADER):
        raise TeamEventError("malformed")
    end = plain.find(_END, len(HEADER))
    if end < 0:
        raise TeamEventError("malformed")
    armored = plain[len(HEADER): end + len(_END)]
    body = plain[end + len(_END):]
    try:
        parsed = sshsig.parse_signature(armored)
        signer = sshsig.verify(armored, body, namespace, parsed.public_key)
    except SshSigError:
        raise TeamEventError("signature") from None
    return OpenedEvent(event_id(body), body, signer)
