"""Generated case records for the benchmarks: multilingual, realistic lengths, valid codes.

Five languages and two scripts (Uzbek Latin and Cyrillic, Russian, Tajik, Kazakh), like the
examples in docs/examples: a title, a summary of a few sentences, a narrative of a few
paragraphs (lengths spread from a few hundred characters to about 8,000), one to six persons,
one to five events, tags, interview and consent. Codes (acts, perpetrator types, roles,
relations, sex, consent uses, anonymity, countries, languages) come from resources/vocab.
The long tail of a real vocabulary (names of neighbourhoods, villages, people) is imitated
with words built from syllables, so the full-text index has realistic breadth.

Deterministic: `batch(seed, start, count)` gives the same records every time, so the vault
and the plain SQLite reference receive exactly the same rows.
"""

from __future__ import annotations

import json
import random
from functools import cache
from importlib import resources
from typing import Any

LANGS = ("uz-Latn", "uz-Cyrl", "ru", "tg", "kk")
_WEIGHTS = (30, 10, 30, 15, 15)

# -- cities: (country, Uzbek Latin, Russian, Tajik, Kazakh); Uzbek Cyrillic is transliterated
_ORIGIN_CITIES = [
    ("UZ", "Toshkent", "Ташкент", "Тошкент", "Ташкент"),
    ("UZ", "Qoʻqon", "Коканд", "Хӯқанд", "Қоқан"),
    ("UZ", "Fargʻona", "Фергана", "Фарғона", "Ферғана"),
    ("UZ", "Andijon", "Андижан", "Андиҷон", "Әндіжан"),
    ("UZ", "Namangan", "Наманган", "Намангон", "Наманған"),
    ("UZ", "Samarqand", "Самарканд", "Самарқанд", "Самарқан"),
    ("UZ", "Nukus", "Нукус", "Нукус", "Нөкіс"),
    ("TJ", "Dushanbe", "Душанбе", "Душанбе", "Душанбе"),
    ("TJ", "Xoʻjand", "Худжанд", "Хуҷанд", "Хұжанд"),
    ("TJ", "Xorugʻ", "Хорог", "Хоруғ", "Хорог"),
    ("KZ", "Olmaota", "Алматы", "Алмаато", "Алматы"),
    ("KZ", "Ostona", "Астана", "Остона", "Астана"),
    ("KZ", "Shimkent", "Шымкент", "Шимкент", "Шымкент"),
    ("TM", "Ashxobod", "Ашхабад", "Ашқобод", "Ашхабад"),
]
_HOST_CITIES = [
    ("TR", "Istanbul", "Стамбул", "Истанбул", "Стамбұл"),
    ("RU", "Moskva", "Москва", "Маскав", "Мәскеу"),
    ("RU", "Sankt-Peterburg", "Санкт-Петербург", "Санкт-Петербург", "Санкт-Петербург"),
    ("DE", "Berlin", "Берлин", "Берлин", "Берлин"),
    ("PL", "Varshava", "Варшава", "Варшава", "Варшава"),
    ("LT", "Vilnyus", "Вильнюс", "Вилнюс", "Вильнюс"),
    ("CZ", "Praga", "Прага", "Прага", "Прага"),
    ("US", "Nyu-York", "Нью-Йорк", "Ню-Йорк", "Нью-Йорк"),
    ("SE", "Stokgolm", "Стокгольм", "Стокголм", "Стокгольм"),
    ("KG", "Bishkek", "Бишкек", "Бишкек", "Бішкек"),
]
_COL = {"uz-Latn": 1, "uz-Cyrl": 1, "ru": 2, "tg": 3, "kk": 4}

# -- names ------------------------------------------------------------------------------
_NAMES = {
    "uz-Latn": (
        ["Shavkat", "Bobur", "Jasur", "Sardor", "Oʻtkir", "Gʻayrat", "Laziz", "Rustam",
         "Ulugʻbek", "Aziz", "Sherzod", "Doniyor", "Lochin", "Farhod", "Akmal"],
        ["Dilnoza", "Gulnora", "Nodira", "Zuhra", "Feruza", "Shahzoda", "Kamola", "Madina",
         "Nilufar", "Mohira", "Sevara", "Oygul"],
        ["Gʻiyosov", "Karimov", "Toshmatov", "Yoʻldoshev", "Rahimov", "Qodirov", "Ergashev",
         "Sobirov", "Nazarov", "Xolmatov", "Usmonov", "Mirzayev", "Tursunov", "Abdullayev",
         "Qoʻchqorov", "Gʻofurov"],
    ),
    "ru": (
        ["Алексей", "Дмитрий", "Сергей", "Тимур", "Руслан", "Игорь", "Артём", "Павел",
         "Фаррух", "Бахтиёр"],
        ["Ирина", "Ольга", "Наталья", "Анна", "Елена", "Светлана", "Гульнара", "Марина"],
        ["Иванов", "Смирнов", "Кузнецов", "Попов", "Юсупов", "Ахмедов", "Соколов", "Морозов",
         "Абдуллаев", "Назаров", "Каримов", "Рахимов"],
    ),
    "tg": (
        ["Ҷамшед", "Алишер", "Бахтиёр", "Фирдавс", "Шаҳром", "Исмоил", "Умед", "Фаридун"],
        ["Фарзона", "Гулрухсор", "Зарина", "Мавзуна", "Нигина", "Шаҳло", "Манижа"],
        ["Раҳимов", "Давлатов", "Қурбонов", "Шарипов", "Исмоилов", "Саидов", "Ҳакимов",
         "Назаров", "Мирзоев", "Собиров", "Ҷӯраев"],
    ),
    "kk": (
        ["Ерлан", "Нұрлан", "Дәурен", "Асқар", "Бауыржан", "Серік", "Ғалым", "Жандос"],
        ["Айгүл", "Жанар", "Гүлнар", "Әсел", "Мәдина", "Динара", "Ақмарал"],
        ["Нұрғалиев", "Сейітов", "Жұмабаев", "Әбілов", "Қасымов", "Омаров", "Сәрсенбаев",
         "Ахметов", "Ысқақов", "Мұқанов"],
    ),
}

_MONTHS = {
    "uz-Latn": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",
    "ru": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "tg": "январ феврал март апрел май июн июл август сентябр октябр ноябр декабр",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
}

_ORGS = {
    "uz-Latn": ["DXX", "IIV", "prokuratura", "konsullik", "mahalla idorasi", "migratsiya xizmati"],
    "ru": ["СГБ", "ГКНБ", "прокуратуры", "консульства", "МВД", "миграционной службы"],
    "tg": ["КДАМ", "ВКД", "прокуратура", "консулгарӣ", "хадамоти муҳоҷират"],
    "kk": ["ҰҚК", "ІІМ", "прокуратура", "консулдық", "көші-қон қызметі"],
}

# Sentences with slots: {name} {city} {host} {year} {month} {org} {rare}
_SENTENCES = {
    "uz-Latn": [
        "{name} {city}da hibsga olindi va uch kun davomida qarindoshlariga xabar berilmadi.",
        "Militsiya xodimlari {city}dagi uyimizga kelib, onamni soʻroq qilishdi.",
        "Konsullik pasportimni yangilashdan bosh tortdi va «Vatanga qaytib hal qiling» dedi.",
        "{year}-yil {month} oyida {org} xodimlari akamni tuman ichki ishlar boʻlimiga "
        "chaqirishdi.",
        "Telefonim kuzatilayotganini sezdim: har bir suhbatdan keyin ota-onamga bosim "
        "oʻtkazilardi.",
        "Menga qarshi ekstremizm moddasi bilan jinoiy ish ochilgani haqida {city}dan xabar "
        "keldi.",
        "Notanish kishi pasport masalasida yordam evaziga boshqa muhojirlar haqida maʼlumot "
        "berishni taklif qildi.",
        "Ukam ishdan boʻshatildi, mahalla raisi esa oilamizni «xoin» deb atadi.",
        "{name} bilan Telegram orqali gaplashganimdan keyin uning akkaunti buzib kirildi.",
        "Advokat ishni koʻrib chiqishga ruxsat olmadi, sud esa yopiq eshiklar ortida oʻtdi.",
        "Biz {host}ga koʻchib ketdik, lekin tahdidlar toʻxtamadi.",
        "Onam yigʻlab qoʻngʻiroq qildi: uyimizda tintuv oʻtkazilib, kompyuter va hujjatlar "
        "olib ketilgan.",
        "Interpol orqali qidiruvga berilganimni chegarada bilib qoldim.",
        "Tergov hibsxonasida meni kaltaklashdi va aybimni tan olishga majburlashdi.",
        "{org} vakillari bizni {host}da kuzatib yurishdi va suratga olishdi.",
        "Singlimning turmush oʻrtogʻiga xorijdagi faoliyatim sabab ishdan ketish buyurildi.",
        "Bu voqealar haqida hech kimga aytmaslikni, aks holda oilamga yomon boʻlishini "
        "aytishdi.",
        "Men {host}dagi muhojirlar jamoasida faol edim va ijtimoiy tarmoqlarda yozib borardim.",
        "Fargʻona vodiysidagi qarindoshlarimizni ham soʻroqqa chaqirishdi.",
        "{year}-yilda mening nomimga chaqiruv qogʻozi keldi, ammo men allaqachon chet elda "
        "edim.",
        "Bu voqea {rare} mahallasida sodir boʻldi, qoʻshnilar hammasini koʻrgan.",
        "{name} {rare} qishlogʻidagi amakisinikida yashirinib yurdi.",
    ],
    "ru": [
        "{name} задержали в городе {city} по запросу прокуратуры, родственникам ничего не "
        "сообщили.",
        "Сотрудники полиции пришли к моей матери и допрашивали её несколько часов.",
        "Консульство отказалось продлить паспорт и посоветовало вернуться на родину.",
        "В {year} году против меня возбудили уголовное дело по статье об экстремизме.",
        "Меня объявили в розыск через Интерпол, о чём я узнал на границе.",
        "Брата вызвали в службу национальной безопасности и требовали, чтобы он убедил меня "
        "вернуться.",
        "После разговора с {name} в WhatsApp к родителям пришли люди в штатском.",
        "Мой аккаунт в Telegram взломали, переписка попала к следователям.",
        "Адвоката не допускали ко мне, суд прошёл в закрытом режиме.",
        "В СИЗО меня били и заставили подписать признание.",
        "Нам угрожали по телефону и говорили, что найдут нас и в городе {host}.",
        "Незнакомый человек предлагал помощь с документами в обмен на сведения о других "
        "эмигрантах.",
        "Сестру уволили с работы из-за моей деятельности за границей.",
        "Мы переехали в город {host}, но давление на семью не прекратилось.",
        "Дом родителей обыскали, изъяли компьютер и документы.",
        "Ему грозит принудительное возвращение, где его ждут пытки.",
        "Сотрудники {org} следили за нами и фотографировали у дома.",
        "В миграционной службе отказали в продлении вида на жительство без объяснения "
        "причин.",
        "Родственников заставили публично отречься от меня в местной газете.",
        "Я получал угрозы в социальных сетях от анонимных аккаунтов.",
        "Запрос об экстрадиции был направлен в {month} {year} года.",
        "Это произошло в районе {rare}, соседи всё видели.",
        "{name} некоторое время скрывался у родственников в посёлке {rare}.",
    ],
    "tg": [
        "Бародари ман {name} дар шаҳри {city} ҳабс шуд.",
        "Кормандони милиса ба хонаи падару модарам омада, онҳоро пурсиш карданд.",
        "Консулгарӣ аз тамдиди шиносномаам даст кашид.",
        "Дар соли {year} бар зидди ман парвандаи ҷиноӣ кушоданд.",
        "Хешовандонамро маҷбур карданд, ки аз ман дар назди мардум рӯй гардонанд.",
        "Ба ман тавассути Telegram таҳдид мекарданд.",
        "Маро тавассути Интерпол ба ҷустуҷӯ эълон карданд.",
        "Кормандони {org} модарамро ба идора даъват карданд.",
        "Дар зиндон маро латукӯб карданд ва маҷбур карданд, ки гуноҳамро эътироф кунам.",
        "Аккаунти ман рахна шуд ва мукотибаам ба дасти муфаттишон афтод.",
        "Мо ба шаҳри {host} кӯчидем, аммо фишор қатъ нагардид.",
        "Як шахси ношинос пешниҳод кард, ки дар бораи муҳоҷирони дигар маълумот диҳам.",
        "Хонаи моро кофтуков карданд ва компютерро бурданд.",
        "Ҳимоятгар ба парванда роҳ дода нашуд ва суд пӯшида гузашт.",
        "Хоҳарамро аз кор озод карданд.",
        "Ман дар шабакаҳои иҷтимоӣ дар бораи ҳуқуқи инсон менавиштам.",
        "Онҳо гуфтанд, ки агар ба ватан барнагардам, ба оилаам бад мешавад.",
        "Дар моҳи {month} соли {year} дархости истирдод фиристода шуд.",
        "Ин ҳодиса дар маҳаллаи {rare} рӯй дод.",
        "{name} чанд вақт дар деҳаи {rare} пинҳон шуд.",
    ],
    "kk": [
        "{name} {city} қаласында ұсталды, туыстарына хабар берілмеді.",
        "Полиция қызметкерлері анамның үйіне келіп, бірнеше сағат бойы жауап алды.",
        "Консулдық төлқұжатымды ұзартудан бас тартты.",
        "{year} жылы маған қарсы экстремизм бабы бойынша қылмыстық іс қозғалды.",
        "Менің электрондық поштам бұзылды, дереккөздерім ұсталды.",
        "Мені Интерпол арқылы іздеуге жариялады.",
        "{org} қызметкерлері ағамды шақырып алды.",
        "Әлеуметтік желілерде маған жасырын аккаунттардан қоқан-лоқы көрсетті.",
        "Адвокатқа іспен танысуға рұқсат берілмеді, сот жабық өтті.",
        "Біз {host} қаласына көшіп кеттік, бірақ қысым тоқтамады.",
        "Үйімізде тінту жүргізіліп, компьютер мен құжаттар алынып кетті.",
        "Бейтаныс адам басқа эмигранттар туралы ақпарат беруді ұсынды.",
        "Қарындасымды шетелдегі қызметім үшін жұмыстан шығарды.",
        "Журналист ретінде жазған мақалаларым үшін қудаланып жүрмін.",
        "{year} жылы {month} айында экстрадиция туралы сұрау жіберілді.",
        "Туыстарымды менен жария түрде бас тартуға мәжбүрледі.",
        "Бұл оқиға {rare} ауданында болды.",
        "{name} біраз уақыт {rare} ауылында жасырынып жүрді.",
    ],
}

_TITLES = {
    "uz-Latn": [
        "{name}ning onasi {city}da soʻroq qilindi",
        "Konsullik pasportni yangilamadi: {host}dagi muhojir",
        "{city}da hibsga olingan blogerning oilasiga bosim",
        "{name}: Interpol orqali qidiruv va ekstraditsiya xavfi",
        "{host}da kuzatuv va tahdidlar, {city}dagi qarindoshlar soʻroqda",
    ],
    "ru": [
        "Задержание {name} по запросу об экстрадиции",
        "Давление на родственников эмигранта в городе {city}",
        "Отказ в продлении паспорта: {name}, {host}",
        "Взлом аккаунта журналиста и угрозы в городе {host}",
    ],
    "tg": [
        "Ғоибшавии бародар дар {city}",
        "Фишор ба хешовандони {name}",
        "Рад кардани шиноснома дар {host}",
        "Таҳдидҳо дар {host} ва пурсиши хешовандон дар {city}",
    ],
    "kk": [
        "{city} қаласындағы журналистің поштасы бұзылды",
        "{name} туыстарына қысым",
        "Экстрадиция туралы сұрау: {name}, {host}",
    ],
}

_TAGS = {
    "uz-Latn": ["pasport", "konsullik", "ota-ona", "DXX", "Fargʻona vodiysi",
                "telefon kuzatuvi", "informatorlikka jalb qilish", "Interpol", "muhojirlar"],
    "ru": ["экстрадиция", "Интерпол", "красная карточка", "СИЗО", "убежище", "диаспора",
           "паспорт", "угрозы", "родственники"],
    "tg": ["мухолифин", "хешовандон", "КДАМ", "бадномкунӣ", "барномаи ҷосусӣ", "Telegram",
           "шиноснома", "истирдод"],
    "kk": ["журналист", "пошта", "ҰҚК", "туыстар", "экстрадиция", "төлқұжат", "қоқан-лоқы"],
}

_INTERVIEWER = {"uz-Latn": "Tadqiqotchi", "ru": "Исследователь", "tg": "Муҳаққиқ",
                "kk": "Зерттеуші"}

_SYLLABLE_TEXT = {
    "latin": "ba bo bu da do gu ja jo ka ko qo qa la lo ma mo na no ra ro sa so sha ta to "
             "xo ya yo za zo gʻa oʻr ch ir ul ob ak",
    "cyrillic": "ба бо бу да до гу жа жо ка ко қо қа ла ло ма мо на но ра ро са со ша та то "
                "хо я ё за зо ға ӯр ча ир ул об ак ұл әм ің",
}
_SYLLABLES = {script: tuple(text.split()) for script, text in _SYLLABLE_TEXT.items()}

# Uzbek Latin to Cyrillic, longest first (digraphs and the apostrophe letters).
_UZ_CYRL = [
    ("Oʻ", "Ў"), ("oʻ", "ў"), ("Gʻ", "Ғ"), ("gʻ", "ғ"), ("Sh", "Ш"), ("sh", "ш"),
    ("Ch", "Ч"), ("ch", "ч"), ("Yo", "Ё"), ("yo", "ё"), ("Yu", "Ю"), ("yu", "ю"),
    ("Ya", "Я"), ("ya", "я"), ("ʼ", "ъ"),
]
_UZ_CYRL_1 = str.maketrans(
    "ABDEFGHIJKLMNOPQRSTUVXYZabdefghijklmnopqrstuvxyz",
    "АБДЕФГҲИЖКЛМНОПҚРСТУВХЙЗабдефгҳижклмнопқрстувхйз",
)


def uz_cyrillic(text: str) -> str:
    for latin, cyrillic in _UZ_CYRL:
        text = text.replace(latin, cyrillic)
    return text.translate(_UZ_CYRL_1)


@cache
def vocab(name: str) -> tuple[str, ...]:
    text = (resources.files("resources") / "vocab" / f"{name}.json").read_text("utf-8")
    return tuple(t["code"] for t in json.loads(text)["terms"] if not t.get("deprecated"))


class _Writer:
    """One record's text in one language; `lang` is the generating language (uz-Cyrl texts
    are written in Latin and transliterated at the end)."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.base = "uz-Latn" if lang == "uz-Cyrl" else lang
        self.origin = rng.choice(_ORIGIN_CITIES)
        self.host = rng.choice(_HOST_CITIES)

    def city(self, entry: tuple[str, ...]) -> str:
        return entry[_COL[self.lang]]

    def name(self) -> tuple[str, str]:
        male, female, last = _NAMES[self.base]
        if self.rng.random() < 0.55:
            return self.rng.choice(male) + " " + self.rng.choice(last), "male"
        surname = self.rng.choice(last)
        surname += "а" if self.base != "uz-Latn" else "a"
        return self.rng.choice(female) + " " + surname, "female"

    def rare(self) -> str:
        script = "latin" if self.base == "uz-Latn" else "cyrillic"
        word = "".join(self.rng.choice(_SYLLABLES[script]) for _ in range(self.rng.randint(2, 4)))
        return word.capitalize()

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            name=self.name()[0],
            city=self.city(self.origin),
            host=self.city(self.host),
            year=rng.randint(2014, 2026),
            month=rng.choice(_MONTHS[self.base].split()),
            org=rng.choice(_ORGS[self.base]),
            rare=self.rare(),
        )

    def sentences(self, n: int) -> list[str]:
        bank = _SENTENCES[self.base]
        return [self.fill(self.rng.choice(bank)) for _ in range(n)]

    def text(self, value: str) -> str:
        return uz_cyrillic(value) if self.lang == "uz-Cyrl" else value


def _date(rng: random.Random, lo: int = 2014, hi: int = 2026) -> str:
    return f"{rng.randint(lo, hi):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _narrative_sentences(rng: random.Random) -> int:
    # lognormal around ~25 sentences (about 2,000 characters), from 4 to 100
    return max(4, min(100, int(rng.lognormvariate(3.2, 0.6))))


def record(rng: random.Random) -> dict[str, Any]:
    lang = rng.choices(LANGS, _WEIGHTS)[0]
    w = _Writer(rng, lang)
    t = w.text
    n_persons = rng.randint(1, 6)
    persons: list[dict[str, Any]] = []
    for i in range(n_persons):
        full, sex = w.name()
        person: dict[str, Any] = {"id": f"p{i + 1}", "role": "victim" if i == 0 else
                                  rng.choice(vocab("roles"))}
        person["real_name"] = t(full)
        if rng.random() < 0.6:
            person["pseudonym"] = t(w.rare())
        person["sex"] = sex if rng.random() < 0.9 else rng.choice(vocab("sex"))
        if rng.random() < 0.7:
            person["birth_year"] = rng.randint(1950, 2005)
        person["nationality"] = [w.origin[0]]
        if rng.random() < 0.5:
            where = w.host if rng.random() < 0.5 else w.origin
            person["location"] = {"country": where[0], "city": t(w.city(where))}
        if i > 0 and rng.random() < 0.6:
            person["relation_to_victim"] = rng.choice(vocab("relations"))
            person["related_victim"] = "p1"
        if rng.random() < 0.2:
            person["contact"] = "Signal +90 5" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        person["protected"] = ["real_name"] + (["contact"] if "contact" in person else [])
        persons.append(person)
    events = []
    for i in range(rng.randint(1, 5)):
        where = w.origin if rng.random() < 0.6 else w.host
        year = rng.randint(2014, 2026)
        precision = rng.choice(["day", "month", "year", "approximate"])
        value = {"day": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 "month": f"{year}-{rng.randint(1, 12):02d}"}.get(precision, str(year))
        events.append({
            "id": f"e{i + 1}",
            "date": {"value": value, "precision": precision},
            "place": {"country": where[0], "city": t(w.city(where))},
            "acts": rng.sample(vocab("acts"), rng.randint(1, 3)),
            "perpetrator_types": rng.sample(vocab("perpetrator_types"), rng.randint(1, 2)),
            "victims": sorted(rng.sample([p["id"] for p in persons],
                                         rng.randint(1, min(2, len(persons))))),
            "description": t(" ".join(w.sentences(rng.randint(1, 4)))),
        })
    paragraphs = []
    left = _narrative_sentences(rng)
    while left > 0:
        take = min(left, rng.randint(3, 7))
        paragraphs.append(" ".join(w.sentences(take)))
        left -= take
    return {
        "schema_version": 1,
        "title": t(w.fill(rng.choice(_TITLES[w.base]))),
        "status": rng.choice(["draft", "draft", "ready"]),
        "languages": [lang] + (["ru"] if lang != "ru" and rng.random() < 0.3 else []),
        "host_country": w.host[0],
        "interview": {
            "date": _date(rng, 2024, 2026),
            "place": {"country": w.host[0], "city": t(w.city(w.host))},
            "interviewer_pseudonym": f"{_INTERVIEWER[w.base]} {w.rare()[0]}.",
        },
        "consent": {
            "given": True,
            "uses": rng.sample(vocab("consent_uses"), rng.randint(1, 3)),
            "anonymity": rng.choice(vocab("anonymity")),
            "may_contact": rng.random() < 0.7,
        },
        "summary": t(" ".join(w.sentences(rng.randint(2, 6)))),
        "narrative": t("\n\n".join(paragraphs)),
        "tags": [t(x) for x in rng.sample(_TAGS[w.base], rng.randint(2, 6))],
        "persons": persons,
        "events": events,
    }


def batch(seed: int, start: int, count: int) -> list[dict[str, Any]]:
    """Records number start .. start+count-1 of the series `seed` (each from its own RNG)."""
    return [record(random.Random(f"{seed}:{i}")) for i in range(start, start + count)]
