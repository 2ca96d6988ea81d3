"""Score congvan on the Lâm Đồng 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind30.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

LAM_DONG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], LAM_DONG))
