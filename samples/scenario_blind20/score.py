"""Score congvan on the Đà Nẵng 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind20.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

DA_NANG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DA_NANG))
