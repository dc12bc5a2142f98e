"""Uzbek Latin to Cyrillic (tools/uz_cyrl.py), the one transliterator of the interface and the
vocabularies, on real words; and the committed Uzbek Cyrillic texts are its output."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import vocab_cldr
from uz_cyrl import LOANWORDS, NAMES, latin_to_cyrillic

REPO = Path(__file__).resolve().parents[2]


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


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        # ц by rule: at the start of a word, and ts before i + a vowel
        ("tsentr", "центр"),
        ("tsenzura", "цензура"),
        ("deportatsiya", "депортация"),
        ("ekstraditsiyasi", "экстрадицияси"),
        ("identifikatsiyasini", "идентификациясини"),
        ("advokatsiya", "адвокация"),
        ("sotsial", "социал"),
        # ... and -siya after k, p, n
        ("sanksiya", "санкция"),
        ("sanksiyasiz", "санкциясиз"),
        ("aksiya", "акция"),
        ("korrupsiya", "коррупция"),
        ("kvitansiyasi", "квитанцияси"),
        # ... but not where Uzbek joins t and s, nor after other letters
        ("koʻrsatsa", "кўрсатса"),
        ("ketsin", "кетсин"),
        ("harakatsizlikda", "ҳаракатсизликда"),
        ("ruxsatsiz", "рухсатсиз"),
        ("versiya", "версия"),
        ("komissiya", "комиссия"),
        # listed loanwords: the soft sign, ц and я the Latin does not show
        ("parol", "пароль"),
        ("Parol", "Пароль"),
        ("PAROL", "ПАРОЛЬ"),
        ("parolni", "парольни"),
        ("parollardan", "парольлардан"),
        ("rol", "роль"),
        ("rollar", "рольлар"),
        ("filtr", "фильтр"),
        ("filtrlarni", "фильтрларни"),
        ("yanvar", "январь"),
        ("dekabr", "декабрь"),
        ("dekabrda", "декабрьда"),
        ("sentabr", "сентябрь"),
        ("fevral", "февраль"),
        ("iyul", "июль"),
        ("kompyuter", "компьютер"),
        ("intervyu", "интервью"),
        ("protsessual", "процессуал"),
        ("pensiya", "пенсия"),
        ("obyekt", "объект"),
        # a final ь is left out before a vowel, as in Russian
        ("roli", "роли"),
        ("parolingiz", "паролингиз"),
        ("yanvarida", "январида"),
        # a stem counts only when the rest of the word is inflection
        ("rolik", "ролик"),
        ("profilaktik", "профилактик"),
    ],
)
def test_loanwords(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


def test_every_listed_loanword_and_its_plural_keep_the_russian_stem() -> None:
    for latin, cyrillic in LOANWORDS.items():
        assert latin_to_cyrillic(latin) == cyrillic
        assert latin_to_cyrillic(latin + "lar") == cyrillic + "лар"


def test_accelerators_stay_on_their_letter_in_loanwords() -> None:
    assert latin_to_cyrillic("&Rol") == "&Роль"
    assert latin_to_cyrillic("Pa&rol") == "Па&роль"
    assert latin_to_cyrillic("San&ksiya") == "Сан&кция"


def test_commands_options_paths_and_literal_values_stay_latin() -> None:
    assert latin_to_cyrillic("Uni “guvoh init” buyrugʻi bilan yarating") == (
        "Уни «guvoh init» буйруғи билан яратинг"
    )
    assert latin_to_cyrillic("koordinator ombori (guvoh init --role coordinator)") == (
        "координатор омбори (guvoh init --role coordinator)"
    )
    assert latin_to_cyrillic("--force-undelivered ni qoʻshing") == "--force-undelivered ни қўшинг"
    assert latin_to_cyrillic("roʻyxatni resources/vocab/%3.json faylida koʻring") == (
        "рўйхатни resources/vocab/%3.json файлида кўринг"
    )
    assert latin_to_cyrillic("%1 (%2-qism).wav") == "%1 (%2-қисм).wav"
    assert latin_to_cyrillic("faqat draft yoki ready") == "фақат draft ёки ready"
    assert latin_to_cyrillic("“ssh-ed25519 AAAA... ism”") == "«ssh-ed25519 AAAA... исм»"
    assert latin_to_cyrillic("32 MiB dan ortiq, UTF-8 matni, Caps Lock") == (
        "32 MiB дан ортиқ, UTF-8 матни, Caps Lock"
    )
    # a slash between words is not a path
    assert latin_to_cyrillic("va/yoki") == "ва/ёки"


def test_guvoh_is_the_product_in_the_interface_and_a_witness_in_the_vocabularies() -> None:
    assert latin_to_cyrillic("Guvoh") == "Guvoh"
    assert vocab_cldr.uz_cyrillic("Guvoh") == "Гувоҳ"
    assert vocab_cldr.uz_cyrillic("SIM-kartani (masalan, Pegasus)") == (
        "SIM-картани (масалан, Pegasus)"
    )


def test_the_vocabularies_use_the_same_transliterator() -> None:
    text = "Parol, rol, filtr, sanksiya, dekabr, tsentr, kvitansiya, politsiya"
    assert vocab_cldr.uz_cyrillic(text) == latin_to_cyrillic(text, keep=vocab_cldr.UZ_KEEP)
    assert vocab_cldr.uz_cyrillic(text) == (
        "Пароль, роль, фильтр, санкция, декабрь, центр, квитанция, полиция"
    )
    assert vocab_cldr.UZ_KEEP >= NAMES


# --- the committed Uzbek Cyrillic is the tool's output ---------------------------------------


def _ts_texts(path: Path) -> dict[tuple[str, str], list[str]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            key = (context.findtext("name") or "", message.findtext("source") or "")
            out[key] = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return out


def test_interface_in_uzbek_cyrillic_is_transliterated_from_uzbek_latin() -> None:
    latin = _ts_texts(REPO / "resources" / "i18n" / "guvoh_uz_Latn.ts")
    cyrillic = _ts_texts(REPO / "resources" / "i18n" / "guvoh_uz_Cyrl.ts")
    stale = [
        f"{context}: {source!r}"
        for (context, source), texts in latin.items()
        if [latin_to_cyrillic(t) for t in texts] != cyrillic.get((context, source))
    ]
    assert not stale, (
        "uz_Cyrl differs from uz_Latn through tools/uz_cyrl.py; run `python tools/uz_cyrl.py "
        "--ts resources/i18n/guvoh_uz_Latn.ts resources/i18n/guvoh_uz_Cyrl.ts`: "
        + "; ".join(stale[:10])
    )


def test_vocabularies_in_uzbek_cyrillic_are_transliterated_from_uzbek_latin() -> None:
    stale = []
    for path in sorted((REPO / "resources" / "vocab").glob("*.json")):
        if path.stem in vocab_cldr.CLDR_VOCABULARIES:
            continue  # names from CLDR, in Cyrillic there already
        doc = json.loads(path.read_text(encoding="utf-8"))
        texts = [("title", doc["title"])]
        for term in doc["terms"]:
            texts.append((f"{term['code']} label", term["labels"]))
            if "description" in term:
                texts.append((f"{term['code']} description", term["description"]))
        stale += [
            f"{path.stem} {where}"
            for where, text in texts
            if vocab_cldr.uz_cyrillic(text["uz-Latn"]) != text["uz-Cyrl"]
        ]
    assert not stale, (
        "uz-Cyrl differs from uz-Latn through tools/uz_cyrl.py; run "
        "`python tools/vocab_cldr.py uz-cyrl --all`: " + "; ".join(stale)
    )


def test_report_labels_in_cyrillic_are_the_tools_transliteration() -> None:
    """The printable report's uz-Cyrl labels come from the same transliterator as the
    interface and the vocabularies (they once said Рол where the interface says Роль)."""
    labels = json.loads((REPO / "resources/reports/labels.json").read_text(encoding="utf-8"))
    latin, cyrillic = labels["labels"]["uz-Latn"], labels["labels"]["uz-Cyrl"]
    assert set(latin) == set(cyrillic)
    differ = {key: (cyrillic[key], latin_to_cyrillic(text)) for key, text in latin.items()
              if latin_to_cyrillic(text) != cyrillic[key]}
    assert differ == {}
    assert cyrillic["role"] == "Роль"
