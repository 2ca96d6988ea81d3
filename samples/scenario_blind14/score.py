"""Score congvan on the Khánh Hòa 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind14.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

KHANH_HOA = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], KHANH_HOA))
