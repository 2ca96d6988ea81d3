"""Who a delegation's size does not count, from the size rule's words, and whether a member is one of them.

Dispatches leave posts out of the count: "tối đa mười (10) người, kể cả trưởng đoàn, không kể phiên dịch";
"Phiên dịch viên và lái xe (đối với đoàn đi bằng đường bộ) không tính vào số thành viên"; "mỗi đoàn không quá 12
thành viên (không tính diễn viên, nhạc công, vận động viên, huấn luyện viên)"; "Diễn viên, nhạc công, vận động viên,
huấn luyện viên của đoàn biểu diễn nghệ thuật, đoàn thể thao không tính vào số thành viên quy định tại khoản này".
The posts are stored with the rule (`Rule.not_counted`, shown by `congvan rules show`), and a member whose title or
role names one of them is not counted (`pipeline.checks.uncounted`). A member whose title and role were not read is
counted: a post cannot be assumed, and the finding says how many were counted of how many listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.scope import roles_of
from extractors.vntext import fold, squash

_NOT = r"(?:không|chưa)\s+(?:kể|tính)"
_POSTS_AFTER = re.compile(rf"\b{_NOT}\s+(?!(?:vào|trong|là)\b)(?P<posts>[^.;:()]+)", re.IGNORECASE)
"""The posts after the words leaving them out ("không kể phiên dịch", "(không tính diễn viên, nhạc công)"); not "không
tính vào số …", whose posts come before it."""
_POSTS_BEFORE = re.compile(
    rf"(?P<posts>(?:[^.;:()]|\([^()]*\))+?)\s+(?:(?:cũng|đều)\s+)?{_NOT}\s+(?:vào|trong)\s+(?:tổng\s+)?số\b",
    re.IGNORECASE,
)
"""The posts before "không tính vào số (thành viên, người) …" ("Phiên dịch viên và lái xe (đối với đoàn đi bằng đường
bộ) không tính vào số thành viên")."""
_QUALIFIER = re.compile(r"\s*\([^()]*\)|\s+(?:của|thuộc|trong|đối với|khi|nếu|tham gia|đi)\s.*$", re.IGNORECASE)
"""What follows a list of posts and is not one: a bracket, or whose posts they are ("… của đoàn biểu diễn nghệ
thuật, đoàn thể thao", "… đối với đoàn đi bằng đường bộ")."""
_SPLIT = re.compile(r"\s*(?:,|\bvà\b|\bhoặc\b)\s*", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:(?:các|những|số)\s+)?(?:(?:cán bộ|người|công chức|viên chức)\s+)?(?:(?:làm|được giao)\s+)?(?:nhiệm vụ\s+)?",
    re.IGNORECASE,
)
"""Words before a post that name no post ("cán bộ làm nhiệm vụ phiên dịch", "người làm nhiệm vụ phiên dịch")."""
_TAIL = re.compile(r"\s*(?:…|\.\.\.|v\.v\.?|,)\s*$")
_MAX_WORDS = 4
"""A post is a few words ("huấn luyện viên"); a longer part is a clause, not a post."""


def members_not_counted(sentence: str) -> list[str]:
    """The posts a size rule's sentence leaves out of the count, lower case, in its order ([] when none)."""
    posts: list[str] = []
    for match in [*_POSTS_AFTER.finditer(sentence), *_POSTS_BEFORE.finditer(sentence)]:
        words = _QUALIFIER.sub("", match.group("posts"))
        for part in _SPLIT.split(words):
            post = squash(_LEAD.sub("", _TAIL.sub("", part.strip(" .…"))).lower())
            if post and len(post.split()) <= _MAX_WORDS and not re.search(r"\d", post) and post not in posts:
                posts.append(post)
    return posts


def _stem(post: str) -> str | None:
    """A post named by its agent noun, folded ("phiên dịch viên" → "phien dich"): a member listed by the activity
    ("Phiên dịch tiếng Anh") holds it. Only for two words before "viên" ("diễn viên" is no "diễn")."""
    words = post.split()
    return " ".join(words[:-1]) if len(words) >= 3 and words[-1] == "vien" else None


def uncounted_post(title: str | None, role: str | None, posts: Sequence[str]) -> str | None:
    """The post of `posts` a member holds by their title or role ("Diễn viên", "Phiên dịch tiếng Anh", "Chuyên viên,
    phiên dịch"), or None: the post's words inside one of the member's roles, or its activity opening one."""
    held = [squash(fold(r)) for r in [*roles_of(title), *roles_of(role)]]
    for post in posts:
        key = squash(fold(post))
        stem = _stem(key)
        for words in held:
            if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", words) or (
                stem and (words == stem or words.startswith(stem + " "))
            ):
                return post
    return None
