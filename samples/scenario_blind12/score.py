"""Score congvan on the Cần Thơ 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind12.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

CAN_THO = Scenario(Path(__file__).parent)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CAN_THO))
