"""Score congvan on the Hải Phòng 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind49.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

HAI_PHONG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HAI_PHONG))
