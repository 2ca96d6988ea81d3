"""Score congvan on the Lào Cai 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind15.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

LAO_CAI = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], LAO_CAI))
