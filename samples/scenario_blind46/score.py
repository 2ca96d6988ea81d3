"""Score congvan on the Hưng Yên 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind46.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

HUNG_YEN = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HUNG_YEN))
