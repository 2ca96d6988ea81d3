"""Score congvan on the Phú Thọ 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind23.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

PHU_THO = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], PHU_THO))
