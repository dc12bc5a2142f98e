"""Uzbek Latin to Cyrillic for the interface translations (tools/uz_cyrl.py), on real words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from uz_cyrl import latin_to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Toshkent", "Тошкент"),
        ("Qoʻqon", "Қўқон"),
        ("Gʻiyosov", "Ғиёсов"),
        ("shahar", "шаҳар"),
        ("yoʻq", "йўқ"),
        ("Yoʻq", "Йўқ"),
        ("eshik", "эшик"),
        ("maʼlumot", "маълумот"),
        ("oʻzbek", "ўзбек"),
        ("Oʻzbekiston", "Ўзбекистон"),
        ("Fargʻona", "Фарғона"),
        ("Chust", "Чуст"),
        ("Xorazm", "Хоразм"),
        ("Samarqand", "Самарқанд"),
        ("Yunusobod", "Юнусобод"),
        ("yangi", "янги"),
        ("tayyor", "тайёр"),
        ("qayerda", "қаерда"),
        ("yetib", "етиб"),
        ("poet", "поэт"),
        ("eʼlon", "эълон"),
        ("tong", "тонг"),
        ("koʻrsatsa", "кўрсатса"),
        ("politsiya", "полиция"),
        ("politsiyaga", "полицияга"),
        ("kompyuterda", "компьютерда"),
        ("SHIFRLANMAYDI", "ШИФРЛАНМАЙДИ"),
        ("Shahar", "Шаҳар"),
        ("Isʼhoq", "Исҳоқ"),
    ],
)
def test_words(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


def test_apostrophe_variants() -> None:
    assert latin_to_cyrillic("O'zbekiston, g'alaba, ma'lumot") == "Ўзбекистон, ғалаба, маълумот"
    assert latin_to_cyrillic("o‘zbek, ma’lumot") == "ўзбек, маълумот"


def test_placeholders_and_accelerators_are_kept() -> None:
    assert latin_to_cyrillic("%1-paket tekshirilmoqda (jami %2 ta)") == (
        "%1-пакет текширилмоқда (жами %2 та)"
    )
    assert latin_to_cyrillic("Shifrlangan omboringizda %n soniya oldin saqlandi.") == (
        "Шифрланган омборингизда %n сония олдин сақланди."
    )
    assert latin_to_cyrillic("Sa&qlash") == "Са&қлаш"
    assert latin_to_cyrillic("&Tarix") == "&Тарих"
    assert latin_to_cyrillic("&Shaxs") == "&Шахс"
    assert latin_to_cyrillic("koʻrsat&ish") == "кўрсат&иш"
    assert latin_to_cyrillic("%1 (%2%)") == "%1 (%2%)"


def test_names_formats_and_file_patterns_stay_latin() -> None:
    assert latin_to_cyrillic("Guvoh dasturiga xush kelibsiz") == "Guvoh дастурига хуш келибсиз"
    assert latin_to_cyrillic("USB fleshkada yoki Signal orqali") == "USB флешкада ёки Signal орқали"
    assert latin_to_cyrillic("Paket faylining SHA-256 qiymati: %1") == (
        "Пакет файлининг SHA-256 қиймати: %1"
    )
    assert latin_to_cyrillic("Tasdiqlar (R-*.age);;Barcha fayllar (*)") == (
        "Тасдиқлар (R-*.age);;Барча файллар (*)"
    )
    assert latin_to_cyrillic("Fayl: B-%1.age") == "Файл: B-%1.age"
    assert latin_to_cyrillic("Omborni qulflash (Ctrl+L)") == "Омборни қулфлаш (Ctrl+L)"


def test_quotes_become_guillemets() -> None:
    assert latin_to_cyrillic("“Koʻrsatish” tugmasini") == "«Кўрсатиш» тугмасини"
