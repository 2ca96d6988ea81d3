"""Render the Lạng Sơn 2026 scenario's texts as scans with the second scenario's renderer.

The same paper as Hà Tĩnh's (samples/scenario_blind2/render.py): grey skewed 200-dpi colour pages, the number and
day filled in by pen, a red seal and a blue signature over the signer, a digital-signature box on the province's
documents, the incoming stamp on reports; ruled tables from " | " lines and borderless ones from tab-separated
lines. Only the province's name and which documents were typed differ.

    python -m samples.scenario_blind3.render [--only NAME] [--out DIR]
"""

from pathlib import Path

from samples.scenario_blind2.render import Look, main

LANG_SON = Look(
    "Lạng Sơn",
    Path(__file__).parent,
    frozenset({"bc-sct-044", "bc-snnmt-096", "bc-sgddt-120", "bc-tanthanh-006", "bc-tanthanh-029", "qd-1655"}),
)

if __name__ == "__main__":
    main(LANG_SON)
