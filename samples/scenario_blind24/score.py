"""Score congvan on the Hà Nội 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind24.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

HA_NOI = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HA_NOI))
