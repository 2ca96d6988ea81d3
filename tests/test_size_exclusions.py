"""Who a delegation's size does not count (issue 13, blind scenario 42): an art troupe's performers and a team's
athletes and coaches ("Diễn viên, nhạc công, vận động viên, huấn luyện viên … không tính vào số thành viên"), read
with the size rule, stored with it, shown by `rules show`, and left out of the count by the check, whose finding says
how many it counted of how many and who it left out. On texts of our own in the wordings dispatches use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.rules import find_rules
from extractors.size_exclusions import members_not_counted, uncounted_post
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import describe, propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date
ARTISTS = ("diễn viên", "nhạc công", "vận động viên", "huấn luyện viên")
REGULATION = (
    "Điều 5. Thành phần, thời gian, địa bàn\n"
    "1. Mỗi đoàn có không quá mười hai thành viên, kể cả phiên dịch. Diễn viên, nhạc công, vận động viên, huấn luyện "
    "viên của đoàn biểu diễn nghệ thuật, đoàn thể thao không tính vào số thành viên quy định tại khoản này.\n"
    "2. Mỗi chuyến công tác không đến quá ba (03) nước.\n"
)


@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        ("mỗi đoàn không quá 12 thành viên (không tính diễn viên, nhạc công, vận động viên, huấn luyện viên)", ARTISTS),
        (
            "Diễn viên, nhạc công, vận động viên, huấn luyện viên của đoàn biểu diễn nghệ thuật, đoàn thể thao "
            "không tính vào số thành viên quy định tại khoản này.",
            ARTISTS,
        ),
        (
            "Số lượng thành viên của mỗi đoàn tối đa mười (10) người, kể cả trưởng đoàn, không kể phiên dịch.",
            ("phiên dịch",),
        ),
        (
            "Phiên dịch viên và lái xe (đối với đoàn đi bằng đường bộ) không tính vào số thành viên của đoàn.",
            ("phiên dịch viên", "lái xe"),
        ),
        ("người làm nhiệm vụ phiên dịch không tính vào số lượng này.", ("phiên dịch",)),
        ("Mỗi đoàn không quá 12 người (không kể lái xe, phiên dịch) theo khoản 1 Điều 4.", ("lái xe", "phiên dịch")),
        ("Mỗi đoàn có không quá mười hai thành viên, kể cả phiên dịch.", ()),
    ],
)
def test_the_posts_a_size_does_not_count_are_read_from_its_words(sentence: str, posts: tuple[str, ...]) -> None:
    assert members_not_counted(sentence) == list(posts)


@pytest.mark.parametrize(
    ("title", "role", "post"),
    [
        ("Diễn viên", None, "diễn viên"),
        ("Nghệ sĩ, nhạc công", None, "nhạc công"),
        ("Huấn luyện viên trưởng", None, "huấn luyện viên"),
        ("Phiên dịch tiếng Anh", None, "phiên dịch viên"),  # the activity opening the title: "phiên dịch viên"
        (None, "phiên dịch", "phiên dịch viên"),
        ("Trưởng phòng Huấn luyện", None, None),  # the activity inside another title is no coach
        ("Đạo diễn", None, None),
        ("Kỹ thuật viên âm thanh", None, None),
        (None, None, None),  # a title not read: counted
    ],
)
def test_a_member_is_left_out_by_a_post_their_title_or_role_names(
    title: str | None, role: str | None, post: str | None
) -> None:
    assert uncounted_post(title, role, [*ARTISTS, "phiên dịch viên"]) == post


def test_the_size_rule_takes_the_posts_of_the_sentence_after_it() -> None:
    (size, _) = find_rules(REGULATION)
    assert size.kind == RuleKind.MAX_DELEGATION_SIZE and size.value == 12
    assert size.not_counted == list(ARTISTS)
    assert size.sentence.endswith("không tính vào số thành viên quy định tại khoản này.")


def _troupe(number: str, start: dt.date, cast: dict[str, int], others: int) -> TripFact:
    members = [
        Member(f"Nghệ sĩ {post} {i}", "Nhà hát Chèo Việt Nam", title=post.capitalize())
        for post, n in cast.items()
        for i in range(n)
    ]
    members += [Member(f"Cán bộ {i}", "Nhà hát Chèo Việt Nam", title="Chuyên viên") for i in range(others)]
    return TripFact(
        number, start, start + dt.timedelta(days=5), ["Pháp"], members, issuer="Bộ Văn hóa, Thể thao và Du lịch"
    )


def test_the_check_counts_the_members_not_left_out_and_says_how(tmp_path: Path) -> None:
    """16 with 10 performers is 6; 25 with 18 performers and musicians is 7; 24 with 11 of them is 13, over twelve:
    the finding counts 13 of 24 and names the posts left out. `rules show` lists them."""
    con = open_db(tmp_path / "s.duckdb")
    rules = propose_rules(
        con, [dispatch(REGULATION, "152/QĐ-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", D(2026, 1, 20), "s" * 64)]
    )
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    insert_trips(
        con,
        [
            _troupe("1249/QĐ-BVHTTDL", D(2026, 10, 5), {"diễn viên": 7, "nhạc công": 3}, 6),
            _troupe("268/QĐ-BVHTTDL", D(2026, 3, 9), {"diễn viên": 12, "nhạc công": 6}, 7),
            _troupe("705/QĐ-BVHTTDL", D(2026, 6, 1), {"diễn viên": 8, "nhạc công": 3}, 13),
        ],
    )
    found = run_checks(con, D(2026, 12, 18), kinds=(RuleKind.MAX_DELEGATION_SIZE,))
    assert [f.decision_number for f in found] == ["705/QĐ-BVHTTDL"]
    assert "có 13 người, vượt mức tối đa 12 người/đoàn" in found[0].message
    assert "(tính 13 trên 24 người, không tính diễn viên 8, nhạc công 3)" in found[0].message
    assert (found[0].evidence["members_not_counted"], found[0].evidence["posts_not_counted"]) == (
        11,
        "diễn viên 8, nhạc công 3",
    )
    shown = "\n".join(describe(next(r for r in rules if r.kind is RuleKind.MAX_DELEGATION_SIZE)))
    assert "not counted: diễn viên, nhạc công, vận động viên, huấn luyện viên" in shown


def test_a_member_whose_title_is_not_read_is_counted_and_asked_when_the_breach_rests_on_it(tmp_path: Path) -> None:
    """13 counted with one member of no title read: over twelve, but within it were she a performer, so a review
    naming her; 14 counted with one such member stays a breach."""
    con = open_db(tmp_path / "u.duckdb")
    rules = propose_rules(
        con, [dispatch(REGULATION, "152/QĐ-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", D(2026, 1, 20), "u" * 64)]
    )
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    asked = _troupe("88/QĐ-BVHTTDL", D(2026, 6, 1), {"diễn viên": 8}, 12)
    sure = _troupe("89/QĐ-BVHTTDL", D(2026, 9, 1), {"diễn viên": 8}, 13)
    for trip in (asked, sure):
        trip.members.append(Member("Lê Thị Chưa Rõ", "Nhà hát Chèo Việt Nam"))
    insert_trips(con, [asked, sure])
    found = {f.decision_number: f for f in run_checks(con, D(2026, 12, 18), kinds=(RuleKind.MAX_DELEGATION_SIZE,))}
    assert [(n, f.severity.value, f.message.split(", vượt")[0]) for n, f in found.items()] == [
        ("88/QĐ-BVHTTDL", "review", "Đoàn theo quyết định 88/QĐ-BVHTTDL có 13 người"),
        ("89/QĐ-BVHTTDL", "breach", "Đoàn theo quyết định 89/QĐ-BVHTTDL có 14 người"),
    ]
    assert (
        "chưa đọc được chức danh của Lê Thị Chưa Rõ (đã tính vào đoàn)" in found["88/QĐ-BVHTTDL"].evidence["to_check"]
    )


def test_size_rules_stored_before_keep_the_interpreters_and_drivers_they_left_out() -> None:
    """Migration 030: the size rules of an older database name the posts the check read from their sentence."""
    import duckdb

    from pipeline.store.migrations import apply, known_migrations

    migrations = known_migrations()
    (added,) = [m for m in migrations if m.name == "030_rule_not_counted"]
    con = duckdb.connect()
    apply(con, [m for m in migrations if m.version < added.version], "old")
    for rule_id, sentence in (
        ("a", "Mỗi đoàn tối đa mười (10) người, kể cả trưởng đoàn, không kể phiên dịch."),
        ("b", "Mỗi đoàn có tối đa 08 thành viên. Phiên dịch viên và lái xe không tính vào số thành viên của đoàn."),
        ("c", "Mỗi đoàn có không quá mười hai thành viên, kể cả phiên dịch."),
    ):
        con.execute(
            "INSERT INTO rules (rule_id, kind, severity, sentence, status, origin, created_at, updated_at) "
            "VALUES (?, 'max_delegation_size', 'breach', ?, 'active', 'extracted', now(), now())",
            [rule_id, sentence],
        )
    apply(con, [added], "old")
    stored = con.execute("SELECT rule_id, CAST(not_counted AS VARCHAR) FROM rules ORDER BY rule_id").fetchall()
    assert stored == [("a", '["phiên dịch"]'), ("b", '["phiên dịch","lái xe"]'), ("c", None)]
