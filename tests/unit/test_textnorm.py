"""The text folding search uses (storage/textnorm.py): real names and places written in
Latin and Cyrillic, in Uzbek, Tajik, Kazakh, Kyrgyz, Turkmen and Russian conventions,
fold to the same word; distinct words stay distinct."""

from __future__ import annotations

import re

import pytest

from storage.textnorm import fold, query_terms, words

# Each group: spellings of one name or place that must fold alike.
SAME = [
    # Uzbek: official Latin (with each apostrophe variant and without), Cyrillic
    ("Toshkent", "Тошкент", "TOSHKENT", "тошкент"),
    ("G'iyosov", "Gʻiyosov", "Gʼiyosov", "G‘iyosov", "G’iyosov", "G`iyosov", "Giyosov",
     "Ғиёсов", "ҒИЁСОВ"),
    ("Qo'qon", "Qoʻqon", "Qo‘qon", "Qo’qon", "Qoqon", "Кўқон", "Қўқон", "QOʻQON"),
    ("Samarqand", "Самарқанд", "Самарканд", "Samarkand"),
    ("Farg'ona", "Fargʻona", "Fargona", "Фарғона"),
    ("Xorazm", "Хоразм", "Khorazm"),
    ("Shavkat", "Шавкат"),
    ("Chust", "Чуст"),
    ("Yunusobod", "Юнусобод"),
    ("O'zbekiston", "Oʻzbekiston", "Ўзбекистон"),
    ("Andijon", "Андижон"),
    ("Jizzax", "Жиззах", "Jizzakh", "Jizax"),
    ("Mirziyoyev", "Мирзиёев"),
    ("Ergash", "Yergash", "Ергаш"),  # Uzbek Cyrillic е at the start of a word is "ye"
    ("Is'hoq", "Исҳоқ"),  # the apostrophe that keeps s and h apart
    ("Mas'ud", "Масъуд", "Masud"),  # ъ is the Cyrillic apostrophe
    # Tajik
    ("Хуҷанд", "Khujand", "Xujand", "Худжанд", "Hujand"),
    ("Ҷамшед", "Jamshed", "Djamshed", "Dzhamshed", "Джамшед"),
    ("Душанбе", "Dushanbe", "Ду́шанбе"),  # with a stress mark
    ("Раҳимов", "Rahimov", "Rakhimov", "Рахимов", "Raximov"),
    ("Ғафуров", "G'afurov", "Ghafurov", "Гафуров"),
    ("Қурғонтеппа", "Qurghonteppa", "Qurg'onteppa", "Kurgonteppa"),
    ("Исмоилӣ", "Ismoili"),
    ("Рӯдакӣ", "Rūdakī", "Rudaki"),
    # Kazakh: Cyrillic, 2021 Latin, 2018 Latin (acute accents), Russian-style Latin
    ("Алматы", "Almaty"),
    ("Қарағанды", "Qarağandy", "Qaraǵandy", "Qaragandy"),
    ("Нұрсұлтан", "Nursultan", "Nūrsūltan"),
    ("Шымкент", "Shymkent", "Şymkent"),
    ("Шыңғыс", "Şyñğys", "Shyngys", "Shyńǵys"),
    ("Әбішев", "Äbışev", "Abishev"),
    ("Жаңаөзен", "Jañaözen", "Zhangaozen"),
    ("Өскемен", "Öskemen", "Oskemen"),
    # Kyrgyz
    ("Бишкек", "Bishkek"),
    ("Ош", "Osh"),
    ("Өмүрбек", "Omurbek", "Ömürbek"),
    ("Жалал-Абад", "Jalal-Abad", "Zhalal-Abad", "Джалал-Абад", "Dzhalal-Abad"),
    ("Ысык-Көл", "Ysyk-Köl", "Isyk-Kol"),
    # Turkmen Latin
    ("Aşgabat", "Ашгабат", "Ashgabat"),
    ("Türkmenbaşy", "Туркменбашы", "Turkmenbashy"),
    ("Nurmuhammet Ýazmyradow", "Nurmuhammet Yazmyradow"),
    # Russian and its Latin transliterations (BGN, ICAO passports, informal)
    ("Ташкент", "Tashkent"),
    ("Хорезм", "Khorezm", "Xorezm"),
    ("Юлия", "Iuliia", "Yuliya", "Yulia"),
    ("Евгений", "Yevgeniy", "Evgenii", "Evgeny"),
    ("Абдуллаев", "Abdullayev", "Abdullaev", "Абдулаев"),
    ("Сергеев", "Sergeyev", "Sergeev"),
    ("Щербаков", "Shcherbakov", "Sherbakov"),
    ("Дмитрий", "Dmitriy", "Dmitrii", "Dmitry"),
    ("Цой", "Tsoy", "Tsoi"),
    ("Алиева", "Aliyeva", "Alieva"),
]

# Pairs that must stay apart: distinct real words, or names the folding does not merge.
APART = [
    ("Osh", "Ash"),  # o and a stay apart
    ("Тошкент", "Ташкент"),  # Uzbek and Russian vowels differ: not merged (docs/search.md)
    ("Qo'qon", "Коканд"),
    ("gul", "kul"),  # flower / ash
    ("chol", "shol"),  # old man / paralysed
    ("tosh", "tos"),  # stone / bowl
    ("qo'l", "qul"),  # hand / slave
    ("бить", "пить"),  # to beat / to drink
    ("дом", "том"),
    ("Jamshed", "Jamshid"),  # Tajik and Uzbek forms of one name: different vowels
    ("Bishkek", "Bishkent"),
    ("Samarqand", "Samara"),
    ("2000", "20"),  # digits are never collapsed
    ("Andijon", "Namangan"),
]


@pytest.mark.parametrize("spellings", SAME, ids=lambda s: s[0])
def test_spellings_meet(spellings: tuple[str, ...]) -> None:
    folded = {spelling: fold(spelling) for spelling in spellings}
    assert len(set(folded.values())) == 1, folded


@pytest.mark.parametrize(("a", "b"), APART, ids=lambda s: s)
def test_distinct_words_stay_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_existing_behaviour() -> None:
    assert fold("Qoʻqon") == fold("Qo'qon") == fold("QO‘QON") == fold("qoqon")
    assert fold("Türkiye") == fold("Turkiye") == fold("TÜRKİYE")
    assert fold("Éléonore") == fold("eleonore")
    assert fold("ﬁle") == "file"  # compatibility ligature
    assert fold("ＴＯＳＨＫＥＮＴ") == fold("Toshkent")  # full-width
    assert fold("2023-06-15") == "2023-06-15"
    assert fold("") == ""


def test_the_skeleton_is_plain_latin() -> None:
    assert fold("Тошкент") == "toshkent"
    assert fold("Ғиёсов") == "giosov"
    assert fold("Кўқон") == "kokon"
    assert fold("Хуҷанд") == "hujand"
    assert fold("Жалал-Абад") == "jalal-abad"
    text = "Ўзбекистон Тоҷикистон Қазақстан Кыргызстан Түркменистан Россия"
    assert fold(text).isascii()


def test_other_scripts_are_kept() -> None:
    assert fold("تاشکند") == "تاشکند"
    assert fold("東京") == "東京"
    assert fold("서울") == "서울"  # Hangul survives decomposition


def test_fold_is_idempotent() -> None:
    for group in SAME:
        for spelling in group:
            assert fold(fold(spelling)) == fold(spelling), spelling


SENTENCES = [
    "Mening akam Toshkentda hibsga olindi. Onamni Qo'qonda militsiya so‘roq qildi.",
    "Бародари ман Ҷамшед дар Душанбе ҳабс шуд. Хешовандонамро дар Хуҷанд пурсиш карданд.",
    "Менің электрондық поштам бұзылды, дереккөздерім Алматыда ұсталды.",
    "Öмүрбек Жалал-Абадда иштеген; Jañaözen, Şymkent, Ыссык-Көл — «Ош».",
    "Его задержали в Москве по запросу Ташкента; Yevgeniy Abdullayev, Iuliia.",
    "Он жил в Ду\u0301шанбе и Ko\u0308kshetau.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_words_fold_like_the_index(text: str) -> None:
    # The snippet words (textnorm.words) are the tokens FTS5 sees in the folded text.
    tokens = re.findall(r"[^\W_]+", fold(text))
    assert [w for _, _, w in words(text)] == tokens


def test_words_keep_the_original_spans() -> None:
    text = "Shavkat Gʻiyosov, Қўқон."
    assert [(text[s:e], w) for s, e, w in words(text)] == [
        ("Shavkat", "shavkat"), ("Gʻiyosov", "giosov"), ("Қўқон", "kokon")]


def test_query_terms() -> None:
    assert query_terms("Qoʻqon Ғиёсов*") == [("kokon", False), ("giosov", True)]
    assert query_terms("ʻ ' *") == []
    # a stress mark, or a diacritic typed as a combining mark, stays inside its word
    assert query_terms("Ду\u0301шанбе Ko\u0308l") == [("dushanbe", False), ("kol", False)]
    assert [w for _, _, w in words("в Ду\u0301шанбе")] == ["v", "dushanbe"]
