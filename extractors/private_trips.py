"""A decision permitting a private trip abroad: no business trip, so no rule on business trips judges it.

"Cho phép bà X … đi nước ngoài về việc riêng (thăm con đang học tập) tại Đại Hàn Dân Quốc …, trừ vào thời gian
nghỉ phép", at the person's own cost: the managing body allows the journey, it sends no one. Such a decision
counts in no limit on trips a year, days a country or report deadlines (a Quy định says so in as many words:
"đi nước ngoài về việc riêng … không phải là đi công tác nước ngoài"), and its own wording says which it is: it
permits ("cho phép") a journey for a private purpose — "việc riêng", "thăm thân", "du lịch", "chữa bệnh" — right
after the going ("đi nước ngoài về việc riêng", "xuất cảnh để thăm thân"). A business trip that studies tourism
("đi công tác … để khảo sát du lịch") names its purpose after other words and is not one. Read in the subject and
the first article, folded.
"""

from __future__ import annotations

from extractors.first_chars import compile_led
from extractors.vntext import fold, squash

_PRIVATE = compile_led(
    r"\bcho\s+phep\b[^.;]{0,200}?\b(?P<words>(?:di|ra|xuat\s+canh)\b[^.;]{0,150}?"
    r"\b(?:ve|vi|de|voi\s+ly\s+do)\s+(?:giai\s+quyet\s+)?(?:viec\s+rieng|tham\s+than|du\s+lich|chua\s+benh)\b)"
)
"""Permission to go abroad for a private purpose, folded; `words` from the going to the purpose."""


def private_trip_words(subject: str | None, article: str) -> str | None:
    """The words of a decision's subject or first article permitting a private trip, as written; None for a
    business trip."""
    for text in (subject or "", article):
        match = _PRIVATE.search(fold(text))
        if match is not None:
            return squash(text[match.start("words") : match.end("words")])
    return None
