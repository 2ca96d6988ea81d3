"""Score congvan on the Quảng Trị 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind51.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

QUANG_TRI = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], QUANG_TRI))
