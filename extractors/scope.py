"""Who a rule binds: its scope from its own sentence, the definition a dispatch gives of that scope, and a
person-title classifier that applies the definition.

Dispatches limit some rules to "lãnh đạo chủ chốt" (key leaders) or to "cán bộ thuộc diện Ban Thường vụ …
quản lý" (cadres a standing committee manages), and often define the group in the next sentence: "Lãnh đạo
chủ chốt gồm: Bí thư Đảng ủy, Giám đốc sở, Trưởng ban; cấp phó không thuộc diện này." The definition is
stored with the rule, and a member's title is judged against it role by role, because titles join roles:
"Phó Giám đốc Sở, Bí thư Đảng ủy" is a deputy director *and* the head of the party committee, so a key
leader; "Phó Giám đốc Sở" alone is not. Plain regex over lower-cased text: the phrases are fixed and few.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractors.vntext import fold, squash
from schemas.document import ScopeDefinition, Span

ALL = "all"
KEY_LEADER = "key_leader"
MANAGED_CADRE = "managed_cadre"

DEFAULT_HEADS = (
    "bí thư",
    "giám đốc",
    "tổng giám đốc",
    "trưởng ban",
    "chủ tịch",
    "thủ trưởng",
    "chánh văn phòng",
    "cục trưởng",
    "vụ trưởng",
    "hiệu trưởng",
    "viện trưởng",
    "chánh án",
    "viện trưởng viện kiểm sát",
)
"""Head titles of a unit when no dispatch says otherwise: heads of the party committee and of the agency."""

_PARTY_HEADS = ("bí thư",)
_AGENCY_HEADS = tuple(h for h in DEFAULT_HEADS if h not in _PARTY_HEADS)
_GENERIC_HEADS = {
    r"người đứng đầu (cấp ủy|cấp uỷ|đảng ủy|đảng uỷ|tổ chức đảng)": _PARTY_HEADS,
    r"người đứng đầu (cơ quan|đơn vị|địa phương|sở|ngành|chính quyền)": _AGENCY_HEADS,
    r"thủ trưởng (cơ quan|đơn vị)": _AGENCY_HEADS,
}
"""Definitions name heads generically ("người đứng đầu cấp ủy"): the titles each phrase stands for."""

KEY_LEADER_PHRASE = r"(?:cán bộ )?lãnh đạo chủ chốt"
MANAGED_CADRE_PHRASE = (
    r"(?:cán bộ|công chức|đảng viên|đối tượng)(?:, (?:công chức|viên chức))* thuộc diện ban thường vụ [\w\s]*?quản lý"
)
"""How dispatches name the two scoped groups (lower case)."""
_DEFINES = re.compile(
    rf"(?P<term>{KEY_LEADER_PHRASE}|{MANAGED_CADRE_PHRASE})"
    r"(?P<gap>[^.;:]{0,80}?)\s+(?:bao gồm|gồm(?: có)?|là)\s*:?\s*(?P<body>[^.]+)"
)
_EXCLUDES = re.compile(
    r"(?P<who>[^,;.:]+?)\s+(?:không thuộc diện (?:này|trên|nêu trên)|không (?:được )?tính là lãnh đạo chủ chốt|"
    r"không phải là lãnh đạo chủ chốt)|(?:không bao gồm|ngoại trừ|trừ)\s+(?P<after>[^.;)]+)"
)
_DEPUTY = re.compile(r"^(?:pho|cap pho)\b")
"""A deputy's title, folded ("Phó Giám đốc", "Pho Giam doc")."""
_ROLE_SPLIT = re.compile(r"\s*(?:[,;]|\bkiêm\b|\bđồng thời là\b|\s-\s|\bvà\b)\s*")


def _lower(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def scope_of(applies_to: str | None, kind: str | None = None) -> str:
    """The checkable scope of who a rule binds, as written: key leaders, cadres a standing committee manages,
    or everyone. The two-key-leaders rule is about key leaders whoever it names first."""
    text = _lower(applies_to or "")
    if kind == "no_two_key_leaders_same_unit":
        return KEY_LEADER
    if re.search(r"\svà (?:các |mọi )?(?:cán bộ|công chức|viên chức|đảng viên)\b", text):
        return ALL  # "lãnh đạo chủ chốt và cán bộ của đơn vị": everyone
    if "chủ chốt" in text or "người đứng đầu" in text:
        return KEY_LEADER
    if "diện" in text and "quản lý" in text:
        return MANAGED_CADRE
    return ALL


def _items(body: str) -> list[str]:
    """The listed roles of a definition body: split at commas, semicolons and "và", parentheses opened."""
    flat = re.sub(r"[()]", ",", body)
    parts = re.split(r"\s*(?:[,;]|\bvà\b|\bhoặc\b|\bcác đồng chí\b)\s*", flat)
    items = (p.strip(" :-+") for p in parts)
    return [item for item in items if item and not _BARE_UNIT.fullmatch(item.lower())]


_BARE_UNIT = re.compile(r"(?:các )?(?:cơ quan|đơn vị|địa phương|sở|ban|ngành|(?:các )?chức danh )?(?:tương đương)?")
"""Items that only continue the previous one ("người đứng đầu cơ quan, đơn vị, địa phương")."""


def find_definitions(text: str) -> list[ScopeDefinition]:
    """Every scope definition a text gives: the term, who is in, who is out, the sentence and its span.

    The exclusions may sit in the same sentence ("…; cấp phó không thuộc diện này") or the next one."""
    text = unicodedata.normalize("NFC", text)
    lowered = text.lower()  # the same length for Vietnamese: offsets index both
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.\s][^.\n\f]*(?:\.|$)", lowered, re.MULTILINE)]
    definitions: list[ScopeDefinition] = []
    for index, (start, end) in enumerate(sentences):
        sentence = lowered[start:end]
        match = _DEFINES.search(sentence)
        if not match or re.match(r"\s*(không|chưa)\b", match.group("gap")):
            continue
        term = match.group("term")
        scope = scope_of(term)
        body_start = start + match.start("body")
        body = text[body_start : start + match.end("body")]
        first_exclusion = _EXCLUDES.search(body.lower())
        kept = body[: first_exclusion.start()] if first_exclusion else body
        excludes = _excluded(body)
        stop = end
        if index + 1 < len(sentences):
            next_start, next_end = sentences[index + 1]
            following = _excluded(text[next_start:next_end])
            if following:
                excludes += following
                stop = next_end
        span_text = " ".join(text[start:stop].split())
        includes = [i for i in _items(kept) if not _EXCLUDES.fullmatch(i)]
        definitions.append(
            ScopeDefinition(
                term=" ".join(text[start + match.start("term") : start + match.end("term")].split()),
                scope=scope,
                includes=includes,
                excludes=excludes,
                sentence=span_text,
                span=Span(page=text.count("\f", 0, start) + 1, start=start, end=stop),
            )
        )
    return definitions


def _excluded(sentence: str) -> list[str]:
    """Who a sentence puts out of the scope, as written."""
    out: list[str] = []
    for match in _EXCLUDES.finditer(sentence.lower()):
        group = "who" if match.group("who") else "after"
        who = sentence[match.start(group) : match.end(group)]
        who = re.sub(r"^(?:các đồng chí|đồng chí|các|những)\s+", "", who.strip(" ,;:"), flags=re.IGNORECASE)
        out.extend(_items(who))
    return out


def roles_of(title: str | None) -> list[str]:
    """The roles a title joins, lower case: "Phó Giám đốc Sở, Bí thư Đảng ủy" → ["phó giám đốc sở",
    "bí thư đảng ủy"]; "Q. Giám đốc" is an acting director."""
    if not title:
        return []
    roles = []
    for role in _ROLE_SPLIT.split(_lower(title)):
        role = re.sub(r"^(?:quyền|quyen|q\.)\s*", "", role).strip()
        if role:
            roles.append(role)
    return roles


def _heads_of(items: Iterable[str]) -> list[str]:
    """What a definition's items mean as title heads: generic phrases expanded, others kept as written."""
    heads: list[str] = []
    for item in items:
        lowered = _lower(item)
        generic = [titles for pattern, titles in _GENERIC_HEADS.items() if re.search(pattern, lowered)]
        if generic:
            heads.extend(t for titles in generic for t in titles)
        else:
            heads.append(lowered)
    return heads


def _matches(role: str, head: str) -> bool:
    """A role held matches a listed title when one starts with the other ("giám đốc sở" ~ "giám đốc"),
    diacritics aside: OCR drops and swaps tone marks ("Giám đôc", "Giam doc")."""
    role, head = squash(fold(role)), squash(fold(head))
    return role == head or role.startswith(head + " ") or head.startswith(role + " ")


def _is_deputy(role: str) -> bool:
    return bool(_DEPUTY.match(squash(fold(role))))


@dataclass(frozen=True)
class Membership:
    """Whether a title is in a scope, and the role and listing that decided it (for the finding)."""

    member: bool | None
    reason: str


def classify(
    title: str | None, scope: str, definition: ScopeDefinition | None = None, heads: Sequence[str] = DEFAULT_HEADS
) -> Membership:
    """Is a person with this title inside the scope? None when the title is unknown (never assumed out).

    Key leaders: a role whose title is a listed head, never a deputy unless the definition lists that deputy
    title. Managed cadres: listed heads and their deputies. A role the definition excludes is out."""
    if scope == ALL:
        return Membership(True, "mọi cán bộ")
    roles = roles_of(title)
    if not roles:
        return Membership(None, "chưa rõ chức vụ")
    listed = _heads_of(definition.includes) if definition and definition.includes else [h.lower() for h in heads]
    excluded = [_lower(e) for e in definition.excludes] if definition else []
    deputies_out = scope == KEY_LEADER or any(_is_deputy(e) for e in excluded)
    source = f"theo định nghĩa: “{definition.sentence}”" if definition else "theo danh sách chức danh mặc định"
    for role in roles:
        if any(_matches(role, e) for e in excluded if not _DEPUTY.fullmatch(squash(fold(e)))):
            continue
        candidate = role
        if _is_deputy(role):
            listed_deputy = next((h for h in listed if _is_deputy(h) and _matches(role, h)), None)
            if listed_deputy:
                return Membership(True, f"{role} ({listed_deputy}) {source}")
            if deputies_out:
                continue
            candidate = role.split(" ", 1)[1] if " " in role else role
        head = next((h for h in listed if _matches(candidate, h)), None)
        if head:
            return Membership(True, f"{role} ({head}) {source}")
    return Membership(False, f"{', '.join(roles)}: không thuộc diện {source}")
