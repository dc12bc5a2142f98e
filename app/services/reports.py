"""Reports for the organisation's advocacy: selected cases as JSON, as CSV (one row per
event) and as a printable case report (a document model rendered to safe HTML, which the Qt
layer prints to PDF with QTextDocument + QPdfWriter); the verification summary of a case's
provenance; and the overview's counts with vocabulary labels.

Consent rules (docs/reports.md): a case may be published only if consent was given, not
withdrawn, and its uses include "publication" (the other uses, documentation, advocacy and
legal, are confidential). Every report marks the cases without publication consent (a CSV
column, a JSON field, a banner in the case report). Person fields listed in a person's
`protected` list are left out unless the caller passes include_protected=True. Free text
(narrative, descriptions) is reported as written: it is not redacted.

Files are written privately and atomically through storage.fsio, never over an existing
file unless `replace=True`.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import vocabularies
from app.domain.consent import PUBLICATION_USE as PUBLICATION_USE
from app.domain.consent import consent_state as consent_state
from app.domain.consent import publication_allowed as publication_allowed
from app.domain.people import name_or_id
from app.domain.protected import PROTECTABLE_FIELDS
from app.domain.redaction import for_disclosure
from app.domain.text import fill
from app.services import cases as case_service
from storage import cases, fsio, overview, provenance
from storage.errors import OutputExists as OutputExists
from storage.ids import CaseId
from storage.provenance import BundleProvenance as BundleProvenance
from storage.provenance import CaseProvenance as CaseProvenance
from storage.search import SearchFilters
from storage.timeutil import now_utc
from storage.vault import Vault

REPORT_FORMAT = "guvoh-report/1"
LANGUAGES = vocabularies.LANGUAGES
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The person fields a report shows, names first (each one protectable, app.domain.protected).
PERSON_FIELDS = ("pseudonym", "real_name",
                 *(f for f in PROTECTABLE_FIELDS if f not in ("pseudonym", "real_name")))


# -- consent and redaction: app.domain.consent and app.domain.redaction -----------------


def redact(record: dict[str, Any], include_protected: bool = False) -> dict[str, Any]:
    """A copy of `record` without each person's protected fields (unless included)."""
    return for_disclosure(record, include_protected=include_protected)


def _person_names(record: dict[str, Any], include_protected: bool) -> dict[str, str]:
    """Person id -> the name a report may show (app.domain.people: the pseudonym unless it
    is protected and not included, else the person id; never the real name)."""
    return {
        str(person.get("id")): name_or_id(person, reveal=include_protected)
        for person in record.get("persons") or []
    }


# -- labels -----------------------------------------------------------------------------


def label(vocabulary: str, code: str, lang: str) -> str:
    """A code's label in `lang`, or the code itself if the vocabulary does not know it."""
    try:
        return vocabularies.label(vocabulary, code, lang)
    except vocabularies.UnknownCode:
        return code


def _labels(vocabulary: str, codes: Sequence[str], lang: str) -> str:
    return "; ".join(label(vocabulary, c, lang) for c in codes)


_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "report_title": "Case report", "generated": "Generated (UTC)",
        "cases": "Cases", "reference": "Reference", "status": "Status",
        "host_country": "Host country", "languages": "Languages",
        "interview_date": "Interview date", "interview_place": "Interview place",
        "consent_given": "Consent given", "consent_uses": "Consented uses",
        "anonymity": "Anonymity", "may_contact": "May be contacted",
        "withdrawn": "Consent withdrawn", "withdrawn_on": "Withdrawn on",
        "consent_notes": "Conditions set", "summary": "Summary", "narrative": "Testimony",
        "persons": "Persons", "person": "Person", "role": "Role", "pseudonym": "Pseudonym",
        "real_name": "Real name", "sex": "Sex", "birth_year": "Birth year",
        "nationality": "Nationality", "location": "Lives in",
        "relation_to_victim": "Relation to the victim", "contact": "Contact",
        "events": "Events", "event": "Event", "date": "Date", "place": "Place",
        "acts": "Acts", "perpetrators": "Perpetrators", "victims": "Victims",
        "description": "Description", "attachments": "Attachments", "file": "File",
        "size": "Size (bytes)", "sha256": "SHA-256", "provenance": "Provenance",
        "bundle": "Bundle", "signer": "Signed by", "fingerprint": "Signer fingerprint",
        "created": "Bundle created (UTC)", "imported": "Imported (UTC)",
        "file_sha256": "Bundle file SHA-256", "receipt": "Receipt",
        "receipt_yes": "created %1", "receipt_no": "not created", "yes": "yes", "no": "no",
        "none": "none",
        "banner_no_publication": "NOT FOR PUBLICATION: the person did not consent to "
        "publication. Use only for the purposes consented to.",
        "banner_withdrawn": "CONSENT WITHDRAWN: do not use this testimony.",
        "banner_no_consent": "NO CONSENT RECORDED: do not use this testimony.",
        "banner_protected": "This report contains protected personal data (names, contacts, "
        "locations). Keep it confidential.",
        "no_bundle": "Not received in a bundle (entered in this vault).",
    },
    "ru": {
        "report_title": "Отчёт по делу", "generated": "Создан (UTC)",
        "cases": "Дела", "reference": "Номер", "status": "Статус",
        "host_country": "Страна проживания", "languages": "Языки",
        "interview_date": "Дата интервью", "interview_place": "Место интервью",
        "consent_given": "Согласие дано", "consent_uses": "Согласованные способы использования",
        "anonymity": "Анонимность", "may_contact": "Можно связаться",
        "withdrawn": "Согласие отозвано", "withdrawn_on": "Дата отзыва",
        "consent_notes": "Условия", "summary": "Краткое содержание", "narrative": "Показания",
        "persons": "Лица", "person": "Лицо", "role": "Роль", "pseudonym": "Псевдоним",
        "real_name": "Настоящее имя", "sex": "Пол", "birth_year": "Год рождения",
        "nationality": "Гражданство", "location": "Место жительства",
        "relation_to_victim": "Отношение к пострадавшему", "contact": "Контакт",
        "events": "События", "event": "Событие", "date": "Дата", "place": "Место",
        "acts": "Действия", "perpetrators": "Исполнители", "victims": "Пострадавшие",
        "description": "Описание", "attachments": "Вложения", "file": "Файл",
        "size": "Размер (байт)", "sha256": "SHA-256", "provenance": "Происхождение",
        "bundle": "Пакет", "signer": "Подписал", "fingerprint": "Отпечаток ключа",
        "created": "Пакет создан (UTC)", "imported": "Импортирован (UTC)",
        "file_sha256": "SHA-256 файла пакета", "receipt": "Квитанция",
        "receipt_yes": "создана %1", "receipt_no": "не создана", "yes": "да", "no": "нет",
        "none": "нет",
        "banner_no_publication": "НЕ ДЛЯ ПУБЛИКАЦИИ: человек не дал согласия на публикацию. "
        "Используйте только для согласованных целей.",
        "banner_withdrawn": "СОГЛАСИЕ ОТОЗВАНО: не используйте эти показания.",
        "banner_no_consent": "СОГЛАСИЕ НЕ ЗАФИКСИРОВАНО: не используйте эти показания.",
        "banner_protected": "Отчёт содержит защищённые личные данные (имена, контакты, места). "
        "Храните его конфиденциально.",
        "no_bundle": "Не получено в пакете (внесено в этом хранилище).",
    },
    "uz-Latn": {
        "report_title": "Ish boʻyicha hisobot", "generated": "Yaratilgan (UTC)",
        "cases": "Ishlar", "reference": "Raqam", "status": "Holat",
        "host_country": "Yashab turgan mamlakat", "languages": "Tillar",
        "interview_date": "Suhbat sanasi", "interview_place": "Suhbat joyi",
        "consent_given": "Rozilik berilgan",
        "consent_uses": "Rozilik berilgan foydalanish usullari",
        "anonymity": "Anonimlik", "may_contact": "Yana bogʻlanish mumkin",
        "withdrawn": "Rozilik qaytarib olingan", "withdrawn_on": "Rozilik qaytarib olingan kun",
        "consent_notes": "Shartlar", "summary": "Xulosa", "narrative": "Guvohlik",
        "persons": "Odamlar", "person": "Odam", "role": "Rol", "pseudonym": "Taxallus",
        "real_name": "Haqiqiy ismi", "sex": "Jinsi", "birth_year": "Tugʻilgan yili",
        "nationality": "Fuqarolik", "location": "Yashash joyi",
        "relation_to_victim": "Jabrlanuvchiga munosabati", "contact": "Aloqa",
        "events": "Voqealar", "event": "Voqea", "date": "Sana", "place": "Joy",
        "acts": "Huquqbuzarlik turlari", "perpetrators": "Taxminiy huquqbuzarlar",
        "victims": "Jabrlanuvchilar",
        "description": "Tavsif", "attachments": "Biriktirilgan fayllar", "file": "Fayl",
        "size": "Hajmi (bayt)", "sha256": "SHA-256", "provenance": "Kelib chiqishi",
        "bundle": "Paket", "signer": "Imzolagan",
        "fingerprint": "Imzolagan kalitning barmoq izi",
        "created": "Paket yaratilgan (UTC)", "imported": "Import qilingan (UTC)",
        "file_sha256": "Paket faylining SHA-256", "receipt": "Qabul tasdigʻi",
        "receipt_yes": "yaratilgan: %1", "receipt_no": "yaratilmagan", "yes": "ha", "no": "yoʻq",
        "none": "yoʻq",
        "banner_no_publication": "EʼLON QILISH UCHUN EMAS: inson eʼlon qilishga rozilik "
        "bermagan. Faqat rozilik berilgan maqsadlarda foydalaning.",
        "banner_withdrawn": "ROZILIK QAYTARIB OLINGAN: bu guvohlikdan foydalanmang.",
        "banner_no_consent": "ROZILIK QAYD ETILMAGAN: bu guvohlikdan foydalanmang.",
        "banner_protected": "Ushbu hisobotda himoyalangan shaxsiy maʼlumotlar (ismlar, "
        "aloqa maʼlumotlari, joylar) bor. Uni maxfiy saqlang.",
        "no_bundle": "Paketda olinmagan (shu omborga kiritilgan).",
    },
    "uz-Cyrl": {
        "report_title": "Иш бўйича ҳисобот", "generated": "Яратилган (UTC)",
        "cases": "Ишлар", "reference": "Рақам", "status": "Ҳолат",
        "host_country": "Яшаб турган мамлакат", "languages": "Тиллар",
        "interview_date": "Суҳбат санаси", "interview_place": "Суҳбат жойи",
        "consent_given": "Розилик берилган",
        "consent_uses": "Розилик берилган фойдаланиш усуллари",
        "anonymity": "Анонимлик", "may_contact": "Яна боғланиш мумкин",
        "withdrawn": "Розилик қайтариб олинган", "withdrawn_on": "Розилик қайтариб олинган кун",
        "consent_notes": "Шартлар", "summary": "Хулоса", "narrative": "Гувоҳлик",
        "persons": "Одамлар", "person": "Одам", "role": "Рол", "pseudonym": "Тахаллус",
        "real_name": "Ҳақиқий исми", "sex": "Жинси", "birth_year": "Туғилган йили",
        "nationality": "Фуқаролик", "location": "Яшаш жойи",
        "relation_to_victim": "Жабрланувчига муносабати", "contact": "Алоқа",
        "events": "Воқеалар", "event": "Воқеа", "date": "Сана", "place": "Жой",
        "acts": "Ҳуқуқбузарлик турлари", "perpetrators": "Тахминий ҳуқуқбузарлар",
        "victims": "Жабрланувчилар",
        "description": "Тавсиф", "attachments": "Бириктирилган файллар", "file": "Файл",
        "size": "Ҳажми (байт)", "sha256": "SHA-256", "provenance": "Келиб чиқиши",
        "bundle": "Пакет", "signer": "Имзолаган",
        "fingerprint": "Имзолаган калитнинг бармоқ изи",
        "created": "Пакет яратилган (UTC)", "imported": "Импорт қилинган (UTC)",
        "file_sha256": "Пакет файлининг SHA-256", "receipt": "Қабул тасдиғи",
        "receipt_yes": "яратилган: %1", "receipt_no": "яратилмаган", "yes": "ҳа", "no": "йўқ",
        "none": "йўқ",
        "banner_no_publication": "ЭЪЛОН ҚИЛИШ УЧУН ЭМАС: инсон эълон қилишга розилик "
        "бермаган. Фақат розилик берилган мақсадларда фойдаланинг.",
        "banner_withdrawn": "РОЗИЛИК ҚАЙТАРИБ ОЛИНГАН: бу гувоҳликдан фойдаланманг.",
        "banner_no_consent": "РОЗИЛИК ҚАЙД ЭТИЛМАГАН: бу гувоҳликдан фойдаланманг.",
        "banner_protected": "Ушбу ҳисоботда ҳимояланган шахсий маълумотлар (исмлар, "
        "алоқа маълумотлари, жойлар) бор. Уни махфий сақланг.",
        "no_bundle": "Пакетда олинмаган (шу омборга киритилган).",
    },
    "tg": {
        "report_title": "Ҳисобот оид ба парванда", "generated": "Сохта шуд (UTC)",
        "cases": "Парвандаҳо", "reference": "Рақам", "status": "Ҳолат",
        "host_country": "Кишвари қабулкунанда", "languages": "Забонҳо",
        "interview_date": "Санаи мусоҳиба", "interview_place": "Ҷойи мусоҳиба",
        "consent_given": "Розигӣ дода шуд", "consent_uses": "Тарзҳои истифода бо розигӣ",
        "anonymity": "Анонимӣ", "may_contact": "Боз тамос гирифтан мумкин",
        "withdrawn": "Розигӣ бозпас гирифта шуд", "withdrawn_on": "Рӯзи бозпас гирифтани розигӣ",
        "consent_notes": "Шартҳо", "summary": "Хулоса", "narrative": "Шаҳодат",
        "persons": "Одамон", "person": "Шахс", "role": "Нақш", "pseudonym": "Тахаллус",
        "real_name": "Номи аслӣ", "sex": "Ҷинс", "birth_year": "Соли таваллуд",
        "nationality": "Шаҳрвандӣ", "location": "Ҷойи зист",
        "relation_to_victim": "Муносибат ба ҷабрдида", "contact": "Тамос",
        "events": "Рӯйдодҳо", "event": "Рӯйдод", "date": "Сана", "place": "Ҷой",
        "acts": "Навъҳои вайронкорӣ", "perpetrators": "Вайронкорони эҳтимолӣ",
        "victims": "Ҷабрдидагон",
        "description": "Тавсиф", "attachments": "Файлҳои замимашуда", "file": "Файл",
        "size": "Андоза (байт)", "sha256": "SHA-256", "provenance": "Манбаъ",
        "bundle": "Баста", "signer": "Имзокунанда",
        "fingerprint": "Изи ангушти калиди имзокунанда",
        "created": "Баста сохта шуд (UTC)", "imported": "Ворид шуд (UTC)",
        "file_sha256": "SHA-256-и файли баста", "receipt": "Тасдиқнома",
        "receipt_yes": "сохта шуд: %1", "receipt_no": "сохта нашудааст", "yes": "ҳа", "no": "не",
        "none": "нест",
        "banner_no_publication": "НА БАРОИ НАШР: шахс ба нашр розигӣ надодааст. Танҳо барои "
        "мақсадҳое истифода баред, ки ба онҳо розигӣ дода шудааст.",
        "banner_withdrawn": "РОЗИГӢ БОЗПАС ГИРИФТА ШУД: ин шаҳодатро истифода набаред.",
        "banner_no_consent": "РОЗИГӢ САБТ НАШУДААСТ: ин шаҳодатро истифода набаред.",
        "banner_protected": "Ин ҳисобот маълумоти шахсии ҳифзшударо (номҳо, тамосҳо, ҷойҳо) "
        "дар бар мегирад. Онро махфӣ нигоҳ доред.",
        "no_bundle": "Дар баста гирифта нашудааст (дар ҳамин анбор ворид карда шудааст).",
    },
    "kk": {
        "report_title": "Іс бойынша есеп", "generated": "Жасалған (UTC)",
        "cases": "Істер", "reference": "Нөмірі", "status": "Күйі",
        "host_country": "Қазір тұратын елі", "languages": "Тілдер",
        "interview_date": "Сұхбат күні", "interview_place": "Сұхбат өткен жер",
        "consent_given": "Келісім берілді",
        "consent_uses": "Келісім берілген пайдалану тәсілдері",
        "anonymity": "Анонимдік", "may_contact": "Қайта байланысуға болады",
        "withdrawn": "Келісім кері қайтарылды", "withdrawn_on": "Келісім кері қайтарылған күн",
        "consent_notes": "Шарттар", "summary": "Қорытынды", "narrative": "Айғақ",
        "persons": "Адамдар", "person": "Адам", "role": "Рөлі", "pseudonym": "Бүркеншік аты",
        "real_name": "Шын аты", "sex": "Жынысы", "birth_year": "Туған жылы",
        "nationality": "Азаматтығы", "location": "Тұратын жері",
        "relation_to_victim": "Жәбірленушіге қатысы", "contact": "Байланыс",
        "events": "Оқиғалар", "event": "Оқиға", "date": "Күні", "place": "Орны",
        "acts": "Бұзушылық түрлері", "perpetrators": "Болжамды құқық бұзушылар",
        "victims": "Жәбірленушілер",
        "description": "Сипаттама", "attachments": "Тіркелген файлдар", "file": "Файл",
        "size": "Өлшемі (байт)", "sha256": "SHA-256", "provenance": "Шығу тегі",
        "bundle": "Бума", "signer": "Қол қойған",
        "fingerprint": "Қол қоюшы кілтінің саусақ ізі",
        "created": "Бума жасалған (UTC)", "imported": "Импортталған (UTC)",
        "file_sha256": "Бума файлының SHA-256", "receipt": "Түбіртек",
        "receipt_yes": "жасалған: %1", "receipt_no": "жасалмаған", "yes": "иә", "no": "жоқ",
        "none": "жоқ",
        "banner_no_publication": "ЖАРИЯЛАУҒА БОЛМАЙДЫ: адам жариялауға келісім бермеген. "
        "Тек келісім берілген мақсаттарға ғана пайдаланыңыз.",
        "banner_withdrawn": "КЕЛІСІМ КЕРІ ҚАЙТАРЫЛДЫ: бұл айғақты қолданбаңыз.",
        "banner_no_consent": "КЕЛІСІМ ТІРКЕЛМЕГЕН: бұл айғақты қолданбаңыз.",
        "banner_protected": "Бұл есепте қорғалған жеке деректер (есімдер, байланыстар, "
        "орындар) бар. Оны құпия сақтаңыз.",
        "no_bundle": "Бумамен алынбаған (осы сейфке енгізілген).",
    },
    "ky": {
        "report_title": "Иш боюнча отчет", "generated": "Түзүлгөн (UTC)",
        "cases": "Иштер", "reference": "Каттоо номери", "status": "Абалы",
        "host_country": "Азыр жашаган өлкө", "languages": "Тилдер",
        "interview_date": "Маек болгон күн", "interview_place": "Маек болгон жер",
        "consent_given": "Макулдук берилди",
        "consent_uses": "Макулдук берилген колдонуу жолдору",
        "anonymity": "Анонимдүүлүк", "may_contact": "Кайра байланышууга болот",
        "withdrawn": "Макулдук кайтарылды", "withdrawn_on": "Макулдук кайтарылып алынган күн",
        "consent_notes": "Шарттар", "summary": "Кыскача маалымат", "narrative": "Көрсөтмө",
        "persons": "Адамдар", "person": "Адам", "role": "Ролу", "pseudonym": "Лакап аты",
        "real_name": "Чыныгы аты", "sex": "Жынысы", "birth_year": "Туулган жылы",
        "nationality": "Жарандыгы", "location": "Жашаган жери",
        "relation_to_victim": "Жабырлануучуга тиешеси", "contact": "Байланыш",
        "events": "Окуялар", "event": "Окуя", "date": "Датасы", "place": "Жери",
        "acts": "Бузуулардын түрлөрү", "perpetrators": "Болжолдуу укук бузуучулар",
        "victims": "Жабырлануучулар",
        "description": "Сүрөттөмө", "attachments": "Тиркелген файлдар", "file": "Файл",
        "size": "Өлчөмү (байт)", "sha256": "SHA-256", "provenance": "Келип чыгышы",
        "bundle": "Пакет", "signer": "Кол койгон",
        "fingerprint": "Кол коюучунун ачкычынын манжа изи",
        "created": "Пакет түзүлгөн (UTC)", "imported": "Импорттолгон (UTC)",
        "file_sha256": "Пакет файлынын SHA-256", "receipt": "Тастыктама",
        "receipt_yes": "түзүлгөн: %1", "receipt_no": "түзүлгөн эмес", "yes": "ооба", "no": "жок",
        "none": "жок",
        "banner_no_publication": "ЖАРЫЯЛОО ҮЧҮН ЭМЕС: адам жарыялоого макулдук берген эмес. "
        "Макулдук берилген максаттар үчүн гана колдонуңуз.",
        "banner_withdrawn": "МАКУЛДУК КАЙТАРЫЛДЫ: бул көрсөтмөнү колдонбоңуз.",
        "banner_no_consent": "МАКУЛДУК КАТТАЛГАН ЭМЕС: бул көрсөтмөнү колдонбоңуз.",
        "banner_protected": "Бул отчетто корголгон жеке маалыматтар (аттар, байланыштар, "
        "жерлер) бар. Аны купуя сактаңыз.",
        "no_bundle": "Пакет аркылуу алынган эмес (ушул сейфке киргизилген).",
    },
    "tk": {
        "report_title": "Iş boýunça hasabat", "generated": "Döredilen (UTC)",
        "cases": "Işler", "reference": "Bellige alyş belgisi", "status": "Ýagdaýy",
        "host_country": "Ýaşaýan ýurdy", "languages": "Diller",
        "interview_date": "Söhbetdeşligiň güni", "interview_place": "Söhbetdeşligiň geçen ýeri",
        "consent_given": "Razylyk berildi",
        "consent_uses": "Razylyk berlen peýdalanyş görnüşleri",
        "anonymity": "Anonimlik", "may_contact": "Ýene habarlaşyp bolýar",
        "withdrawn": "Razylyk yzyna alnan", "withdrawn_on": "Razylygyň yzyna alnan güni",
        "consent_notes": "Şertler", "summary": "Gysgaça maglumat", "narrative": "Görkezme",
        "persons": "Adamlar", "person": "Adam", "role": "Roly", "pseudonym": "Lakamy",
        "real_name": "Hakyky ady", "sex": "Jynsy", "birth_year": "Doglan ýyly",
        "nationality": "Raýatlygy", "location": "Ýaşaýan ýeri",
        "relation_to_victim": "Ejir çekene gatnaşygy", "contact": "Habarlaşmak üçin",
        "events": "Wakalar", "event": "Waka", "date": "Senesi", "place": "Ýeri",
        "acts": "Bozulmalaryň görnüşleri", "perpetrators": "Çak edilýän hukuk bozujylar",
        "victims": "Ejir çekenler",
        "description": "Beýany", "attachments": "Goşulan faýllar", "file": "Faýl",
        "size": "Ölçegi (baýt)", "sha256": "SHA-256", "provenance": "Gelip çykyşy",
        "bundle": "Paket", "signer": "Gol çeken",
        "fingerprint": "Gol çekeniň açarynyň barmak yzy",
        "created": "Paket döredilen (UTC)", "imported": "Import edilen (UTC)",
        "file_sha256": "Paket faýlynyň SHA-256", "receipt": "Tassyknama",
        "receipt_yes": "döredildi: %1", "receipt_no": "döredilmedi", "yes": "hawa", "no": "ýok",
        "none": "ýok",
        "banner_no_publication": "ÇAP ETMEK ÜÇIN DÄL: adam çap etmäge razylyk bermedi. "
        "Diňe razylyk berlen maksatlar üçin ulanyň.",
        "banner_withdrawn": "RAZYLYK YZYNA ALNAN: bu görkezmäni ulanmaň.",
        "banner_no_consent": "RAZYLYK BELLIGE ALYNMADY: bu görkezmäni ulanmaň.",
        "banner_protected": "Bu hasabatda goralýan şahsy maglumatlar (atlar, habarlaşmak üçin "
        "maglumatlar, ýerler) bar. Ony gizlin saklaň.",
        "no_bundle": "Paket arkaly alynmady (şu seýfe girizildi).",
    },
}


def _t(lang: str, key: str) -> str:
    """The label `key` in `lang`; the English one only where `lang` lacks it."""
    return _TEXT.get(lang, {}).get(key) or _TEXT["en"][key]


def _yes_no(value: object, lang: str) -> str:
    return _t(lang, "yes") if value else _t(lang, "no")


# -- gathering --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportCase:
    """One case as the reports see it: its full record (with attachment metadata) and its
    provenance."""

    record: dict[str, Any]
    provenance: CaseProvenance

    @property
    def publication_consent(self) -> bool:
        return publication_allowed(self.record)


def gather(vault: Vault, case_ids: Sequence[str]) -> list[ReportCase]:
    """The chosen cases in the order given (each once); ids, references or unique id
    prefixes. Raises CaseNotFound for an unknown one."""
    chosen: list[ReportCase] = []
    seen: set[CaseId] = set()
    for key in case_ids:
        case_id = cases.resolve(vault.conn, key)
        if case_id in seen:
            continue
        seen.add(case_id)
        case = cases.get(vault.conn, case_id)
        chosen.append(ReportCase(case_service.full_record(vault, case),
                                 provenance.case_provenance(vault.conn, case_id)))
    return chosen


def _write(out: Path, data: bytes, replace: bool) -> Path:
    if not replace and out.exists():
        raise OutputExists(out)
    fsio.write_atomic(out, data, replace=replace)
    return out


def write_pdf(out: Path, data: bytes) -> Path:
    """Write a PDF report the desktop app laid out, privately and atomically; never over an
    existing file (OutputExists, also when one appears while the report was being made)."""
    return _write(out, data, replace=False)


# -- JSON -------------------------------------------------------------------------------


def json_report(chosen: Sequence[ReportCase], *, include_protected: bool = False) -> dict[
    str, Any
]:
    return {
        "format": REPORT_FORMAT,
        "generated_at": now_utc(),
        "include_protected": include_protected,
        "cases": [
            {
                "publication_consent": c.publication_consent,
                "consent_state": consent_state(c.record),
                "record": redact(c.record, include_protected),
                "provenance": dataclasses.asdict(c.provenance),
            }
            for c in chosen
        ],
    }


def export_json(vault: Vault, case_ids: Sequence[str], out: Path, *,
                include_protected: bool = False, replace: bool = False) -> Path:
    """The chosen cases' records (as stored, with attachment metadata; protected person
    fields left out unless included) and their provenance, as one UTF-8 JSON file."""
    report = json_report(gather(vault, case_ids), include_protected=include_protected)
    data = json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return _write(out, data.encode("utf-8"), replace)


# -- CSV --------------------------------------------------------------------------------

CSV_COLUMNS = (
    "case_reference", "case_id", "case_title", "case_status", "publication_consent",
    "consent_given", "consent_withdrawn", "consent_uses", "consent_uses_labels", "anonymity",
    "host_country", "host_country_label", "event_id", "date_value", "date_precision",
    "date_precision_label", "country", "country_label", "region", "city", "acts",
    "acts_labels", "perpetrator_types", "perpetrator_types_labels", "victims",
)


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula: text starting with = + - @ or a
    tab or carriage return gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_rows(chosen: Sequence[ReportCase], *, lang: str = "en",
             include_protected: bool = False) -> list[dict[str, str]]:
    """One row per event (a case without events gets one row with empty event columns),
    keyed by CSV_COLUMNS; values not yet made formula-safe."""
    rows = []
    for c in chosen:
        record = redact(c.record, include_protected)
        consent = record.get("consent") or {}
        uses = [str(u) for u in consent.get("uses") or []]
        host = str(record.get("host_country") or "")
        names = _person_names(record, include_protected)
        base = {
            "case_reference": str(record.get("reference", "")),
            "case_id": str(record.get("id", "")),
            "case_title": str(record.get("title", "")),
            "case_status": str(record.get("status", "")),
            "publication_consent": "yes" if c.publication_consent else "no",
            "consent_given": "yes" if consent.get("given") else "no",
            "consent_withdrawn": "yes" if consent.get("withdrawn") else "no",
            "consent_uses": "; ".join(uses),
            "consent_uses_labels": _labels("consent_uses", uses, lang),
            "anonymity": str(consent.get("anonymity", "")),
            "host_country": host,
            "host_country_label": label("countries", host, lang) if host else "",
        }
        events = record.get("events") or [{}]
        for event in events:
            date = event.get("date") or {}
            place = event.get("place") or {}
            country = str(place.get("country", ""))
            acts = [str(a) for a in event.get("acts") or []]
            perpetrators = [str(p) for p in event.get("perpetrator_types") or []]
            precision = str(date.get("precision", ""))
            rows.append({
                **base,
                "event_id": str(event.get("id", "")),
                "date_value": str(date.get("value", "")),
                "date_precision": precision,
                "date_precision_label": label("date_precision", precision, lang)
                if precision else "",
                "country": country,
                "country_label": label("countries", country, lang) if country else "",
                "region": str(place.get("region", "")),
                "city": str(place.get("city", "")),
                "acts": "; ".join(acts),
                "acts_labels": _labels("acts", acts, lang),
                "perpetrator_types": "; ".join(perpetrators),
                "perpetrator_types_labels": _labels("perpetrator_types", perpetrators, lang),
                "victims": "; ".join(names.get(str(v), str(v)) for v in event.get("victims")
                                     or []),
            })
    return rows


def csv_bytes(rows: Sequence[dict[str, str]]) -> bytes:
    """UTF-8 with a byte order mark (Excel reads it as UTF-8), CRLF line ends, every cell
    formula-safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(row[column]) for column in CSV_COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_csv(vault: Vault, case_ids: Sequence[str], out: Path, *, lang: str = "en",
               include_protected: bool = False, replace: bool = False) -> Path:
    """The chosen cases as CSV, one row per event, codes and labels in `lang`."""
    rows = csv_rows(gather(vault, case_ids), lang=lang, include_protected=include_protected)
    return _write(out, csv_bytes(rows), replace)


# -- printable case report: a document model and its HTML -------------------------------


@dataclass(frozen=True, slots=True)
class Banner:
    """A boxed warning printed above a case (consent, protected data)."""

    text: str
    kind: str = "warning"  # warning, info


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class Rows:
    """A two-column table of keys and values."""

    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # plain text; line breaks kept


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    page_break: bool = False  # start on a new page (each case)


Block = Banner | Rows | Paragraph | Section


@dataclass(frozen=True, slots=True)
class ReportDocument:
    title: str
    lang: str
    blocks: tuple[Block, ...]


def _rows(pairs: Sequence[tuple[str, str]]) -> Rows:
    return Rows(tuple(Row(k, v) for k, v in pairs if v))


def _place(place: dict[str, Any] | None, lang: str) -> str:
    if not place:
        return ""
    parts = [str(place[k]) for k in ("city", "region") if place.get(k)]
    if place.get("country"):
        parts.append(label("countries", str(place["country"]), lang))
    return ", ".join(parts)


def _person_section(person: dict[str, Any], lang: str) -> Section:
    pairs = [(_t(lang, "role"), label("roles", str(person.get("role", "")), lang))]
    for name in PERSON_FIELDS:
        if name not in person:
            continue
        value = person[name]
        if name == "sex":
            text = label("sex", str(value), lang)
        elif name == "nationality":
            text = _labels("countries", [str(v) for v in value], lang)
        elif name == "location":
            text = _place(value, lang)
        elif name == "relation_to_victim":
            text = label("relations", str(value), lang)
        else:
            text = str(value)
        pairs.append((_t(lang, name), text))
    return Section(f"{_t(lang, 'person')} {person.get('id', '')}", (_rows(pairs),))


def _event_section(event: dict[str, Any], names: dict[str, str], lang: str) -> Section:
    date = event.get("date") or {}
    when = str(date.get("value", ""))
    if date.get("precision"):
        precision = label("date_precision", str(date["precision"]), lang)
        when = f"{when} ({precision})" if when else precision
    blocks: list[Block] = [_rows([
        (_t(lang, "date"), when),
        (_t(lang, "place"), _place(event.get("place"), lang)),
        (_t(lang, "acts"), _labels("acts", event.get("acts") or [], lang)),
        (_t(lang, "perpetrators"),
         _labels("perpetrator_types", event.get("perpetrator_types") or [], lang)),
        (_t(lang, "victims"), "; ".join(names.get(str(v), str(v))
                                        for v in event.get("victims") or [])),
    ])]
    if event.get("description"):
        blocks.append(Paragraph(str(event["description"])))
    return Section(f"{_t(lang, 'event')} {event.get('id', '')}", tuple(blocks))


def _provenance_rows(prov: CaseProvenance, lang: str) -> list[Block]:
    if not prov.bundles:
        return [Paragraph(_t(lang, "no_bundle"))]
    out: list[Block] = []
    for travelled in prov.bundles:
        b = travelled.bundle
        receipt = (fill(_t(lang, "receipt_yes"), b.receipt.at or "")
                   if b.receipt.created else _t(lang, "receipt_no"))
        out.append(_rows([
            (_t(lang, "bundle"), str(b.bundle_id)),
            (_t(lang, "signer"), b.signer_name),
            (_t(lang, "fingerprint"), b.signer_fingerprint),
            (_t(lang, "created"), b.created_at),
            (_t(lang, "imported"), b.imported_at or ""),
            (_t(lang, "file_sha256"), b.file_sha256),
            (_t(lang, "receipt"), receipt),
        ]))
    return out


def case_section(c: ReportCase, *, lang: str = "en", include_protected: bool = False) -> Section:
    """One case of the printable report."""
    record = redact(c.record, include_protected)
    consent = record.get("consent") or {}
    blocks: list[Block] = []
    state = consent_state(record)
    if state != "publication":
        blocks.append(Banner(_t(lang, f"banner_{state}")))
    if include_protected:
        blocks.append(Banner(_t(lang, "banner_protected")))
    interview = record.get("interview") or {}
    host = str(record.get("host_country") or "")
    blocks.append(_rows([
        (_t(lang, "reference"), str(record.get("reference", ""))),
        (_t(lang, "status"), label("case_status", str(record.get("status", "")), lang)),
        (_t(lang, "host_country"), label("countries", host, lang) if host else ""),
        (_t(lang, "languages"), _labels("languages", record.get("languages") or [], lang)),
        (_t(lang, "interview_date"), str(interview.get("date", ""))),
        (_t(lang, "interview_place"), _place(interview.get("place"), lang)),
        (_t(lang, "consent_given"), _yes_no(consent.get("given"), lang)),
        (_t(lang, "consent_uses"), _labels("consent_uses", consent.get("uses") or [], lang)
         or _t(lang, "none")),
        (_t(lang, "anonymity"), label("anonymity", str(consent["anonymity"]), lang)
         if consent.get("anonymity") else ""),
        (_t(lang, "may_contact"), _yes_no(consent["may_contact"], lang)
         if "may_contact" in consent else ""),
        (_t(lang, "withdrawn"), _yes_no(True, lang) if consent.get("withdrawn") else ""),
        (_t(lang, "withdrawn_on"), str(consent.get("withdrawn_on", ""))),
        (_t(lang, "consent_notes"), str(consent.get("notes", ""))),
    ]))
    if record.get("summary"):
        blocks.append(Section(_t(lang, "summary"), (Paragraph(str(record["summary"])),)))
    if record.get("narrative"):
        blocks.append(Section(_t(lang, "narrative"), tuple(
            Paragraph(part.strip()) for part in str(record["narrative"]).split("\n\n")
            if part.strip())))
    persons = record.get("persons") or []
    if persons:
        blocks.append(Section(_t(lang, "persons"),
                              tuple(_person_section(p, lang) for p in persons)))
    names = _person_names(record, include_protected)
    events = record.get("events") or []
    if events:
        blocks.append(Section(_t(lang, "events"),
                              tuple(_event_section(e, names, lang) for e in events)))
    attachments = record.get("attachments") or []
    if attachments:
        blocks.append(Section(_t(lang, "attachments"), tuple(
            _rows([(_t(lang, "file"), str(a.get("filename") or a.get("id", ""))),
                   (_t(lang, "size"), str(a.get("size", ""))),
                   (_t(lang, "sha256"), str(a.get("sha256", "")))])
            for a in attachments)))
    blocks.append(Section(_t(lang, "provenance"), tuple(_provenance_rows(c.provenance, lang))))
    title = f"{record.get('reference', '')} — {record.get('title', '')}"
    return Section(title, tuple(blocks), page_break=True)


def build_report(vault: Vault, case_ids: Sequence[str], *, lang: str = "en",
                 include_protected: bool = False) -> ReportDocument:
    """The printable report of the chosen cases, one section (and page) per case."""
    chosen = gather(vault, case_ids)
    head = _rows([(_t(lang, "generated"), now_utc()), (_t(lang, "cases"), str(len(chosen)))])
    sections = [case_section(c, lang=lang, include_protected=include_protected)
                for c in chosen]
    return ReportDocument(_t(lang, "report_title"), lang, (head, *sections))


_STYLE = (
    "body { font-family: sans-serif; font-size: 10pt; } "
    "h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; } "
    "table.fields th { text-align: left; padding-right: 12px; font-weight: bold; } "
    "table.banner td { padding: 6px; font-weight: bold; }"
)


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def _render(block: Block, depth: int, out: list[str]) -> None:
    if isinstance(block, Banner):
        color = "#fde2e1" if block.kind == "warning" else "#e1effd"
        out.append(f'<table class="banner {_escape(block.kind)}" width="100%" '
                   f'bgcolor="{color}" border="1" cellspacing="0"><tr><td>'
                   f"{_escape(block.text)}</td></tr></table>")
    elif isinstance(block, Rows):
        if not block.rows:
            return
        out.append('<table class="fields" cellspacing="0">')
        out.extend(f"<tr><th>{_escape(r.key)}</th><td>{_escape(r.value)}</td></tr>"
                   for r in block.rows)
        out.append("</table>")
    elif isinstance(block, Paragraph):
        out.append(f"<p>{_escape(block.text)}</p>")
    else:
        level = min(depth, 6)
        style = ' style="page-break-before: always"' if block.page_break else ""
        out.append(f"<h{level}{style}>{_escape(block.title)}</h{level}>")
        for inner in block.blocks:
            _render(inner, depth + 1, out)


def render_html(doc: ReportDocument) -> str:
    """The document as a self-contained HTML page (no scripts, no external resources);
    every text is escaped, so testimony can never become markup."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_escape(doc.lang)}"><head><meta charset="utf-8">',
        f"<title>{_escape(doc.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_escape(doc.title)}</h1>",
    ]
    for block in doc.blocks:
        _render(block, 2, out)
    out.append("</body></html>")
    return "\n".join(out)


def export_html(vault: Vault, case_ids: Sequence[str], out: Path, *, lang: str = "en",
                include_protected: bool = False, replace: bool = False) -> Path:
    """The printable report as an HTML file (for a browser or an archive; the desktop app
    prints the same HTML to PDF)."""
    doc = build_report(vault, case_ids, lang=lang, include_protected=include_protected)
    return _write(out, render_html(doc).encode("utf-8"), replace)


# -- verification summary ---------------------------------------------------------------


def case_provenance(vault: Vault, case_id: str) -> CaseProvenance:
    """Where a case came from: each bundle it travelled in (oldest first), who signed it,
    when it was created and imported, its attachments' hashes and receipts. Raises
    CaseNotFound."""
    return provenance.case_provenance(vault.conn, CaseId(case_id))


def verification_summary(prov: CaseProvenance) -> str:
    """Plain-English text a coordinator can paste: the case, and for each bundle it came
    in the bundle id, signer name and fingerprint, times, file hash, attachment hashes and
    receipt status. Names no person and quotes no testimony (attachment file names are
    left out too)."""
    lines = [
        "Guvoh verification summary",
        f"Case reference: {prov.reference}",
        f"Case id: {prov.case_id}",
        f"Status: {prov.status}",
    ]
    if not prov.bundles:
        lines.append("This case was not received in a bundle: it was entered in this vault.")
    for n, travelled in enumerate(prov.bundles, start=1):
        b = travelled.bundle
        how = "Received in" if b.direction == "in" else "Sent in"
        lines += [
            "",
            f"{how} bundle {n} of {len(prov.bundles)}: {b.bundle_id} (file B-{b.bundle_id}.age)",
            f"  Signed by: {b.signer_name or 'this vault'}",
            f"  Signer key fingerprint: {b.signer_fingerprint}",
            f"  Created (signed in the bundle, UTC): {b.created_at}",
        ]
        if b.imported_at is not None:
            lines.append(f"  Imported into this vault (UTC): {b.imported_at}")
        lines += [
            f"  SHA-256 of the bundle file: {b.file_sha256}",
            f"  Contents: {b.cases} case(s), {b.attachments} attachment(s), "
            f"{b.payload_bytes} bytes of payload",
            f"  Case revision carried: {travelled.revision}",
        ]
        for a in travelled.attachments:
            lines.append(f"  Attachment {a.blob_id}: {a.size} bytes, SHA-256 {a.sha256}")
        if b.direction == "in":
            receipt = (f"created {b.receipt.at}" if b.receipt.created
                       else "not created yet")
        else:
            receipt = (f"received {b.receipt.at}" if b.receipt.created
                       else "not received yet")
        lines.append(f"  Receipt: {receipt}")
    lines += ["", "Check a bundle file with: sha256sum B-<bundle id>.age"]
    return "\n".join(lines) + "\n"


# -- overview with labels ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LabelledBucket:
    code: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Chart:
    buckets: tuple[LabelledBucket, ...]
    cases_counted: int
    unknown: int  # cases with nothing recorded on this dimension


@dataclass(frozen=True, slots=True)
class OverviewCharts:
    total_cases: int
    acts: Chart
    origin_countries: Chart
    host_countries: Chart
    months: Chart  # labels are the codes (YYYY-MM); the UI formats them with QLocale
    years: Chart  # year-only dates (YYYY)


def _chart(breakdown: overview.Breakdown, name: Callable[[str], str]) -> Chart:
    return Chart(tuple(LabelledBucket(b.code, name(b.code), b.count) for b in breakdown.buckets),
                 breakdown.cases_counted, breakdown.unknown)


def overview_charts(vault: Vault, query: str = "", filters: SearchFilters | None = None,
                    lang: str = "en") -> OverviewCharts:
    """storage.overview's counts with labels in `lang` (see that module for what each
    dimension counts)."""
    counts = overview.overview(vault.conn, query, filters)

    def country(code: str) -> str:
        return label("countries", code, lang)

    return OverviewCharts(
        total_cases=counts.total_cases,
        acts=_chart(counts.acts, lambda code: label("acts", code, lang)),
        origin_countries=_chart(counts.origin_countries, country),
        host_countries=_chart(counts.host_countries, country),
        months=_chart(counts.months, str),
        years=_chart(counts.years, str),
    )
