"""Case records for tests: small, multilingual, realistic."""

from __future__ import annotations

import copy
from typing import Any


def minimal(title: str = "A short testimony") -> dict[str, Any]:
    return {"schema_version": 1, "title": title, "consent": {"given": True}}


UZ_LATIN = {
    "schema_version": 1,
    "title": "Gʻiyosovning onasi Qoʻqonda so‘roq qilindi",
    "host_country": "TR",
    "languages": ["uz-Latn"],
    "consent": {
        "given": True, "uses": ["documentation", "advocacy"], "anonymity": "pseudonym_only",
    },
    "narrative": "Mening akam Toshkentda hibsga olindi. Onamni Qo'qonda militsiya so‘roq qildi. "
    "Konsullik pasportimni yangilashdan bosh tortdi.",
    "persons": [
        {"id": "p1", "role": "victim", "real_name": "Shavkat Gʻiyosov", "pseudonym": "Botir",
         "protected": ["real_name"]},
        {"id": "p2", "role": "relative", "real_name": "Dilnoza Gʻiyosova",
         "relation_to_victim": "parent", "related_victim": "p1"},
    ],
    "events": [
        {"id": "e1", "date": {"value": "2023-06", "precision": "month"},
         "place": {"country": "UZ", "city": "Qoʻqon"},
         "acts": ["pressure_on_relatives"], "perpetrator_types": ["origin_police"],
         "victims": ["p2"], "description": "Militsiya uyga keldi."},
        {"id": "e2", "date": {"value": "2024-01-15", "precision": "day"},
         "place": {"country": "TR", "city": "Istanbul"},
         "acts": ["passport_document_denial"], "perpetrator_types": ["origin_consulate_embassy"],
         "victims": ["p1"]},
    ],
}

TJ_CYRILLIC = {
    "schema_version": 1,
    "title": "Ғоибшавии бародар дар Душанбе",
    "host_country": "PL",
    "languages": ["tg"],
    "consent": {"given": True, "uses": ["documentation"]},
    "narrative": "Бародари ман Ҷамшед дар Душанбе ҳабс шуд. Хешовандонамро дар Хуҷанд "
    "пурсиш карданд. Дар Варшава ба ман таҳдид карданд.",
    "persons": [{"id": "p1", "role": "victim", "real_name": "Ҷамшед Раҳимов"}],
    "events": [
        {"id": "e1", "date": {"value": "2022", "precision": "year"},
         "place": {"country": "TJ", "city": "Душанбе"},
         "acts": ["enforced_disappearance"], "perpetrator_types": ["origin_security_service"],
         "victims": ["p1"]},
    ],
}

KZ_CYRILLIC = {
    "schema_version": 1,
    "title": "Алматыдағы журналистің поштасы бұзылды",
    "host_country": "DE",
    "consent": {"given": True, "uses": ["documentation", "publication"]},
    "narrative": "Менің электрондық поштам бұзылды, дереккөздерім Алматыда ұсталды. "
    "Қазір Берлинде тұрамын.",
    "events": [
        {"id": "e1", "date": {"value": "2023-10-03", "precision": "day"},
         "place": {"country": "DE", "city": "Berlin"},
         "acts": ["account_compromise"], "perpetrator_types": ["unknown"]},
    ],
}

RU = {
    "schema_version": 1,
    "title": "Задержание по запросу об экстрадиции в Москве",
    "host_country": "RU",
    "consent": {"given": True, "uses": ["legal"]},
    "narrative": "Его задержали в Москве по запросу Ташкента. Ему грозит принудительное "
    "возвращение в Узбекистан, где его ждут пытки.",
    "events": [
        {"id": "e1", "date": {"value": "2021", "precision": "approximate"},
         "place": {"country": "RU", "city": "Москва"},
         "acts": ["extradition_request", "arbitrary_detention"],
         "perpetrator_types": ["host_authorities"]},
    ],
}

SAMPLES = {"uz": UZ_LATIN, "tj": TJ_CYRILLIC, "kz": KZ_CYRILLIC, "ru": RU}


def sample(name: str) -> dict[str, Any]:
    return copy.deepcopy(SAMPLES[name])
