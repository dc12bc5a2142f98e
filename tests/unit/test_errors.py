"""Closed lists are tested lists (CONVENTIONS.md): every public error class of the three
layers has a sentence and an exit status, every import outcome has a sentence.

The error classes are found by introspection (every subclass of crypto.errors.CryptoError,
storage.errors.StorageError and app.services.errors.ServiceError), so a new class is
covered at once: it fails here until it has representative arguments in ARGS and its own
arm in app.messages.explain.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import app.services
import crypto
import storage
from app import messages
from app.domain.outcomes import DETAILED, Outcome
from app.messages import ExitCode, Explanation, explain
from app.services import errors as service_errors
from crypto import errors as crypto_errors
from crypto.identity import SigningKey
from storage import errors as storage_errors

ROOTS: dict[ModuleType, type[Exception]] = {
    crypto_errors: crypto_errors.CryptoError,
    storage_errors: storage_errors.StorageError,
    service_errors: service_errors.ServiceError,
}
PACKAGES: dict[ModuleType, ModuleType] = {
    crypto: crypto_errors,
    storage: storage_errors,
    app.services: service_errors,
}
# Exceptions a layer may define outside its errors module: private control flow that never
# leaves the module (a sink's "discard" signal), never shown to anyone.
PRIVATE_CONTROL_FLOW = {"storage.quarantine._Discarded"}


def _layer_errors(module: ModuleType, root: type[Exception]) -> list[type[Exception]]:
    return [
        obj for obj in vars(module).values()
        if inspect.isclass(obj) and issubclass(obj, root) and obj is not root
    ]


ERRORS: list[type[Exception]] = [
    cls for module, root in ROOTS.items() for cls in _layer_errors(module, root)
]

# Representative arguments for each class (what its __init__ takes). A new error class
# needs a line here: the test below fails for a class without one.
KEY = SigningKey.generate().public_key()
PATH = Path("/home/u/cases/case.json")
ARGS: dict[type[Exception], tuple[object, ...]] = {
    # crypto.errors
    crypto_errors.Cancelled: (4096,),
    crypto_errors.KdfParamsOutOfBounds: (8, 1, 1),
    crypto_errors.KeySlotsCorrupt: ("truncated",),
    crypto_errors.TeamEventError: ("signature",),
    crypto_errors.NoSlotOpened: (),
    crypto_errors.RecoveryCodeMalformed: ("checksum",),
    crypto_errors.SealError: (),  # sealed for travel (crypto/seal.py)
    crypto_errors.SlotSealed: (3,),
    crypto_errors.SealFileCorrupt: (),
    crypto_errors.RequestMalformed: ("structure",),
    crypto_errors.TokenMalformed: ("armour",),
    crypto_errors.TokenNotFromOrganisation: (),
    crypto_errors.TokenWrongVault: (),
    crypto_errors.TokenWrongSeal: (),
    crypto_errors.Bech32Error: ("invalid checksum",),
    crypto_errors.AgeError: ("STREAM counter overflow",),
    crypto_errors.AgeKeyError: ("malformed recipient",),
    crypto_errors.AgeHeaderError: (crypto_errors.HeaderFailure.VERSION,),
    crypto_errors.AgeHeaderMacError: (),
    crypto_errors.AgeArmorUnsupported: (),
    crypto_errors.AgePayloadError: (crypto_errors.PayloadFailure.TAG, 3, 196608),
    crypto_errors.AgeNoMatch: (("X25519", "scrypt"),),
    crypto_errors.IdentityError: (),
    crypto_errors.InvalidPublicKey: ("weak",),
    crypto_errors.PublicKeyMalformed: ("truncated",),
    crypto_errors.PublicKeyBadBase64: (),
    crypto_errors.PublicKeyWrongType: ("ssh-rsa",),
    crypto_errors.PublicKeyWrongLength: (31,),
    crypto_errors.PublicKeyTrailingData: (4,),
    crypto_errors.WeakPublicKey: (),
    crypto_errors.InvalidSigningKey: (31,),
    crypto_errors.InvalidComment: ("two\nlines",),
    crypto_errors.InvalidSafetyCode: (31, "x"),
    crypto_errors.SshSigError: (),
    crypto_errors.SignatureMalformed: ("armor",),
    crypto_errors.SignatureUnsupported: ("hash-alg", "md5"),
    crypto_errors.SignatureNamespaceMismatch: ("guvoh-bundle-v1", "file"),
    crypto_errors.SignatureInvalid: (KEY,),
    crypto_errors.SignerNotAllowed: (KEY,),
    crypto_errors.InvalidNamespace: ("with space",),
    crypto_errors.InvalidAllowedSigner: ("name", "Ali Valiyev"),
    crypto_errors.CardError: (),
    crypto_errors.CardMalformed: ("layout",),
    crypto_errors.CardSignatureInvalid: ("signature",),
    crypto_errors.BundleError: (),
    crypto_errors.BundleUnreadable: ("header",),
    crypto_errors.BundleNotForUs: ("recipient",),
    crypto_errors.BundleTruncated: ("at chunk 3",),
    crypto_errors.BundleTampered: ("manifest", "data/cases/x.json"),
    crypto_errors.BundleMalformed: ("tar", "archive ends inside a header"),
    crypto_errors.UnsupportedBundleFormat: ("guvoh-bundle/2",),
    # storage.errors
    storage_errors.VaultError: (),
    storage_errors.VaultNotFound: (PATH,),
    storage_errors.NotAVault: (PATH,),
    storage_errors.VaultExists: (PATH,),
    storage_errors.VaultInUse: (PATH,),
    storage_errors.VaultLocked: (),
    storage_errors.WrongPassphrase: (),
    storage_errors.WrongRecoveryCode: (),
    storage_errors.RekeyInterrupted: (),
    storage_errors.VaultSealed: (),  # sealed for travel (storage/seal.py)
    storage_errors.NotSealed: (),
    storage_errors.SealDamaged: (),
    storage_errors.DuressSameAsPassphrase: (),  # duress passphrase (storage/duress.py)
    storage_errors.RecoverySlotUnknown: (),
    storage_errors.NoDuress: (),
    storage_errors.DeviceSecretMissing: (True,),
    storage_errors.KeyringUnavailable: ("SecretService", "locked"),
    storage_errors.WeakPassphrase: ("too_short", 0),
    storage_errors.DatabaseCorrupt: ("file is not a database",),
    storage_errors.SchemaTooNew: (9, 3),
    storage_errors.FolderNotEmpty: (PATH,),
    storage_errors.BackupFolderNotEmpty: (PATH,),
    storage_errors.BackupInsideVault: (PATH,),
    storage_errors.CaseNotFound: ("3f2b",),
    storage_errors.ReferenceTaken: ("UZ-2026-001",),
    storage_errors.RevisionSealed: ("3f2b", 2),
    storage_errors.AttachmentNotFound: ("0a1b",),
    storage_errors.BlobCorrupt: ("0a1b", "tampered"),
    storage_errors.SourceChanged: (PATH, "grew"),
    storage_errors.OutputExists: (PATH,),
    storage_errors.ImportConflict: ("case", "3f2b"),
    storage_errors.NotEnoughSpace: (PATH.parent, 300 << 20, 20 << 20),
    storage_errors.OrganisationNotFound: ("Memorial",),
    storage_errors.OrganisationAmbiguous: ("Memorial",),
    storage_errors.SignerNameTaken: ("Ali",),
    storage_errors.SignerNotFound: ("Ali",),
    storage_errors.SignerValidityInvalid: ("2026-02-01", "2026-01-01"),
    storage_errors.FileSystemError: (PATH, "disk_full", 28),
    storage_errors.DraftTooLarge: (9_000_000,),
    # app.services.errors
    service_errors.CaseFileError: (),
    service_errors.DisguiseError: ("target_taken", PATH.parent),
    service_errors.CaseFileUnreadable: (PATH, "missing"),
    service_errors.CaseFileMalformed: (PATH, 3, 14, "Expecting value"),
    service_errors.CaseInvalid: ("events[0]", "required", "date"),
    service_errors.NotACoordinator: ("researcher",),
    service_errors.NoOrganisation: (),
    service_errors.OrganisationCardChanged: ("Memorial",),
    service_errors.NothingToExport: (),
    service_errors.ConsentMissing: ("UZ-2026-001",),
    service_errors.UnknownSigner: (KEY,),
    service_errors.SignerExpired: ("Ali", None, "2026-01-01T00:00:00Z"),
    service_errors.DuplicateBundle: ("9c1e", "2026-01-01T00:00:00Z"),
    service_errors.ReplayedBundle: ("9c1e",),
    service_errors.BundleIdConflict: ("9c1e", "Researcher 7"),
    service_errors.BundleHasNoCase: ("9c1e",),
    service_errors.BundleCaseInvalid: ("3f2b", service_errors.CaseInvalid("title", "required")),
    service_errors.ReceiptMismatch: ("9c1e",),
    service_errors.BundleNotFound: ("9c1e",),
    service_errors.NotDelivered: ("UZ-2026-001",),
    service_errors.TooManyBundles: (1000,),
    service_errors.CardTooLargeForQr: (70_000,),
    service_errors.WavUnreadable: ("not_wav",),
    service_errors.PictureUnreadable: ("damaged",),
    service_errors.PictureTooLarge: (30_000, 30_000),
    service_errors.FileMetadataError: (),
    service_errors.MetadataUnreadable: (),
    service_errors.MetadataLimitHit: (),
    service_errors.FileTooLargeToInspect: (600 * 1024 * 1024, 512 * 1024 * 1024),
    service_errors.MetadataNotCleanable: (),
    service_errors.OriginalNotRemoved: (PATH, "changed"),
    service_errors.ProvisionRefused: ("unknown_field", "Colour"),
    service_errors.TeamError: ("folder_missing", "/media/team"),
}

# Families whose bare member has a sentence of its own in explain(): a named member must
# not fall through to it (a new class without its own arm would).
FAMILIES = (
    crypto_errors.AgeError, crypto_errors.IdentityError, crypto_errors.SshSigError,
    crypto_errors.CardError, crypto_errors.BundleError, service_errors.CaseFileError,
    storage_errors.VaultError,
)
EXIT_CODES = {v for k, v in vars(ExitCode).items() if k.isupper() and isinstance(v, int)}


def _marked_sentences() -> set[str]:
    """Every string app/messages/ marks with QT_TRANSLATE_NOOP("Errors", ...)."""
    trees = [ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted(Path(messages.__file__).parent.glob("*.py"))]
    return {
        node.args[1].value for tree in trees for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2
        and isinstance(node.args[0], ast.Constant) and node.args[0].value == messages.CONTEXT
        and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
    }


MARKED = _marked_sentences()


def _explained(cls: type[Exception]) -> Explanation:
    assert cls in ARGS, f"{cls.__module__}.{cls.__name__} has no arguments in ARGS: add a line"
    args = ARGS[cls]
    inspect.signature(cls.__init__).bind(None, *args)  # the table follows __init__
    explanation = explain(cls(*args))
    assert explanation is not None, f"{cls.__name__} has no sentence in app.messages.explain"
    return explanation


def test_the_walk_finds_the_three_layers() -> None:
    names = {cls.__name__ for cls in ERRORS}
    assert {"Cancelled", "AgeError", "WrongPassphrase", "DraftTooLarge", "CardTooLargeForQr",
            "WavUnreadable", "CaseFileError"} <= names
    assert not {"CryptoError", "StorageError", "ServiceError"} & names


@pytest.mark.parametrize("cls", ERRORS, ids=lambda cls: cls.__name__)
def test_every_error_has_a_sentence_and_an_exit_status(cls: type[Exception]) -> None:
    explanation = _explained(cls)
    assert explanation.exit_code in EXIT_CODES - {ExitCode.OK}
    assert explanation.text in MARKED, "the sentence must be marked for translation"
    text = explanation.render()
    assert text[:1].isupper() or text[:1] == "/", text
    assert text.endswith("."), text
    assert not re.search(r"%\d", text), f"a placeholder left unfilled: {text}"


@pytest.mark.parametrize(
    "cls", [cls for cls in ERRORS if cls not in FAMILIES and issubclass(cls, FAMILIES)],
    ids=lambda cls: cls.__name__,
)
def test_a_named_error_has_its_own_sentence_not_its_familys(cls: type[Exception]) -> None:
    family = next(f for f in cls.__mro__[1:] if f in FAMILIES)
    assert _explained(cls).text != _explained(family).text, (
        f"{cls.__name__} only gets the sentence of {family.__name__}: give it its own arm")


def test_the_arguments_table_names_only_real_errors() -> None:
    assert set(ARGS) == set(ERRORS)


def _modules(package: ModuleType) -> Iterator[ModuleType]:
    yield package
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        yield importlib.import_module(info.name)


def _exception_classes(module: ModuleType) -> Iterator[type[BaseException]]:
    for obj in vars(module).values():
        if (inspect.isclass(obj) and issubclass(obj, BaseException)
                and obj.__module__ == module.__name__):
            yield obj


@pytest.mark.parametrize("package", list(PACKAGES), ids=lambda p: p.__name__)
def test_every_error_class_lives_in_its_layers_errors_module(package: ModuleType) -> None:
    errors_module = PACKAGES[package]
    root = ROOTS[errors_module]
    elsewhere = []
    for module in _modules(package):
        for cls in _exception_classes(module):
            name = f"{module.__name__}.{cls.__name__}"
            if module is errors_module:
                assert issubclass(cls, root), f"{name} is not a {root.__name__}"
            elif name not in PRIVATE_CONTROL_FLOW:
                elsewhere.append(name)
    assert elsewhere == [], f"error classes outside {errors_module.__name__}: {elsewhere}"


def test_there_is_exactly_one_cancelled() -> None:
    found = {
        cls for package in PACKAGES for module in _modules(package)
        for cls in vars(module).values()
        if inspect.isclass(cls) and issubclass(cls, BaseException) and "Cancel" in cls.__name__
    }
    assert found == {crypto_errors.Cancelled}
    assert service_errors.Cancelled is crypto_errors.Cancelled  # what the screens import
    assert crypto_errors.Cancelled(5).done == 5
    assert crypto_errors.Cancelled().done is None


def test_placeholders_are_filled_in_one_pass() -> None:
    path = Path("/home/u/100%2 done.json")
    assert explain(storage_errors.OutputExists(path)).render() == (  # type: ignore[union-attr]
        "/home/u/100%2 done.json already exists; Guvoh does not overwrite files. "
        "Choose another name.")
    malformed = explain(service_errors.CaseFileMalformed(path, 3, 14, "Expecting value"))
    assert malformed is not None
    assert malformed.render() == (
        "The case file /home/u/100%2 done.json is not valid JSON: Expecting value at line 3, "
        "column 14.")
    # a translation fills the same way, whatever order it puts the placeholders in
    assert malformed.render("%2:%3 %1 (%4)") == "3:14 /home/u/100%2 done.json (Expecting value)"


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_import_outcome_has_a_sentence(outcome: Outcome) -> None:
    assert set(messages.IMPORT_OUTCOMES) == set(Outcome)
    assert all(isinstance(key, Outcome) for key in messages.IMPORT_OUTCOMES)
    text = messages.IMPORT_OUTCOMES[outcome]
    assert text in MARKED
    assert text.endswith(".")
    assert messages.import_outcome_text(outcome.value) == text


def test_detailed_outcome_sentences_belong_to_detailed_outcomes() -> None:
    for reason, text in messages.IMPORT_OUTCOME_DETAILS.items():
        kind, _, detail = reason.partition(".")
        assert Outcome(kind) in DETAILED, reason
        assert detail, reason
        assert text in MARKED
        assert messages.import_outcome_text(reason) == text
    assert messages.import_outcome_text("tampered.signature") == (
        messages.IMPORT_OUTCOMES[Outcome.TAMPERED])
    assert messages.import_outcome_text("no_such_kind") == messages.IMPORT_OUTCOMES[Outcome.FAILED]
