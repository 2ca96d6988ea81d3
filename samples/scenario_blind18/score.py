"""Score congvan on the An Giang 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind18.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

AN_GIANG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], AN_GIANG))
