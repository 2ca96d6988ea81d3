"""The words marking a text issued with a decision: "(Ban hành kèm theo Quyết định số …)".

A Quy chế or Quy định a Quyết định issues is printed after the decision under its own title, and the bracket under
the title (or run onto it) names the issuing decision. Three readers look for these words, each anchored as its
place needs: `issued_regulation` (a line under a regulation's title, where the bracket and the verb may be left
out), `doctype` (a copy's title run onto one line with them) and `citations` (the decision they name is the
text's own issuer, not a document it cites). The words are written here once, as regexes on folded text
(`vntext.fold`).

`pipeline.rules.rulebase.stored_documents` picks the stored decisions worth reading for a Quy chế with a looser SQL
test for the same words ("kem theo quyet|qđ" on text lower-cased and stripped of tone marks by the database, which
keeps "đ"): a prefilter for `issued_regulation`, which decides.
"""

from __future__ import annotations

_BRACKET = r"\(\s*"
_ISSUED = r"ban\s+hanh\s+"
_WITH = r"kem\s+theo"

ISSUED_WITH = _BRACKET + _ISSUED + _WITH
"""The words in full, "(Ban hành kèm theo": for a search in running text, where only the bracket and the verb tell
them from "kèm theo" in a sentence ("… được công bố kèm theo Quyết định số 81/QĐ-UBND" names another decision)."""
ISSUED_WITH_SHORTENED = f"(?:{_BRACKET})?(?:{_ISSUED})?{_WITH}"
"""The words with the bracket or the verb perhaps left out ("Kèm theo QĐ …"): for the start of a line under a
title, where the place already tells them from a sentence."""
