"""Score congvan on the Bộ Nội vụ 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind44.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BO_NOI_VU = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BO_NOI_VU))
