"""`fold` reads long texts as an array of code points and short ones with `str.translate`: both must agree."""

from __future__ import annotations

from extractors.vntext import _VECTOR_FROM, _fold_table, fold


def _translated(text: str) -> str:
    return text.translate(_fold_table())


def test_every_character_folds_alike_by_array_and_by_translate() -> None:
    every = "".join(chr(code) for code in range(0x80, 0x10000))  # lone surrogates included
    assert len(every) >= _VECTOR_FROM
    folded = fold(every)
    assert len(folded) == len(every)
    assert folded == _translated(every)


def test_characters_beyond_the_plane_are_kept() -> None:
    text = "Ủy ban nhân dân 𝐀 😀 tỉnh Đồng Nai\t" * 20
    assert fold(text) == _translated(text)
    assert fold(text).startswith("uy ban nhan dan 𝐀 😀 tinh dong nai ")


def test_short_and_ascii_texts() -> None:
    assert fold("Quyết Định") == "quyet dinh"
    assert fold("ABC\tD") == "abc d"


def test_short_texts_fold_as_the_table_says() -> None:
    every = "".join(chr(code) for code in range(0x80, 0x10000))
    for start in range(0, len(every), _VECTOR_FROM - 1):  # each piece short: folded by `str.translate` on a list
        piece = every[start : start + _VECTOR_FROM - 1]
        assert fold(piece) == _translated(piece)
    assert fold("Đà Nẵng 😀 𝐀") == "da nang 😀 𝐀"  # beyond the plane: kept


def test_a_long_text_folded_again_is_read_from_the_kept_ones() -> None:
    text = "Đoàn công tác của Ủy ban nhân dân tỉnh đi Cộng hòa Liên bang Đức. " * 8
    first = fold(text)
    again = fold("".join(list(text)))  # an equal string, another object: the same fold, not folded again
    assert again is first
    assert first == _translated(text)
    other = text.replace("Đức", "Séc")
    assert fold(other) == _translated(other)
