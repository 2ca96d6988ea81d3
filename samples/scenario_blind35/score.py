"""Score congvan on the Vĩnh Long 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind35.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

VINH_LONG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], VINH_LONG))
