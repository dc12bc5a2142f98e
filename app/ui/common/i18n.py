"""The interface language: which languages exist, loading their translations (Guvoh's own
from resources/i18n, and Qt's where Qt ships one), and the locale for dates and numbers.

Translations are Qt Linguist files: resources/i18n/guvoh_<code>.ts are the sources a
translator edits; `make translations` compiles them to .qm next to them. A language whose
.qm is missing falls back to English (the source text), never to an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # BCP 47, as in the vocabularies: en, ru, uz-Latn, uz-Cyrl, tg, kk, ky, tk
    native: str  # the language's name in itself, as the language menu shows it
    locale: str  # the QLocale name for dates, numbers and plurals
    qt: str | None  # Qt's own translation (qtbase_<qt>.qm), where Qt ships one


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en_GB", None),
    Language("ru", "Русский", "ru_RU", "ru"),
    Language("uz-Latn", "Oʻzbekcha", "uz_Latn_UZ", None),
    Language("uz-Cyrl", "Ўзбекча", "uz_Cyrl_UZ", None),
    Language("tg", "Тоҷикӣ", "tg_TJ", None),
    Language("kk", "Қазақша", "kk_KZ", "kk"),
    Language("ky", "Кыргызча", "ky_KG", None),
    Language("tk", "Türkmençe", "tk_TM", None),
)
BY_CODE = {language.code: language for language in LANGUAGES}
DEFAULT = "en"
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    return Path(str(resources.files("resources") / "i18n"))


def file_stem(code: str) -> str:
    """guvoh_uz_Latn for uz-Latn: the file name of a language's .ts and .qm."""
    return "guvoh_" + code.replace("-", "_")


def system_language(locale: QLocale | None = None) -> str:
    """The interface language that best fits the system's locale (English otherwise)."""
    locale = locale or QLocale.system()
    name = locale.name()  # e.g. ru_RU, uz_UZ, uz_Cyrl_UZ (Qt names the script when not default)
    language = name.split("_", 1)[0]
    if language == "uz":
        script = locale.script()
        return "uz-Cyrl" if script == QLocale.Script.CyrillicScript else "uz-Latn"
    return language if language in BY_CODE else DEFAULT


def resolve(code: str | None) -> str:
    """A known language code for `code` (None or unknown: the system's language)."""
    if code in BY_CODE:
        return str(code)
    return system_language()


def install(code: str) -> str:
    """Make `code` the interface language of the running application: its translators,
    the default locale, and the property the vocabularies read. Returns the code used."""
    app = QCoreApplication.instance()
    language = BY_CODE.get(code) or BY_CODE[DEFAULT]
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if language.qt is not None:
        qt = QTranslator()
        if qt.load(f"qtbase_{language.qt}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    own = QTranslator()
    if own.load(file_stem(language.code), str(i18n_dir())):
        _installed.append(own)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
        app.setProperty("guvoh_language", language.code)
    QLocale.setDefault(QLocale(language.locale))
    return language.code
