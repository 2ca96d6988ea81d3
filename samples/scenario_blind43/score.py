"""Score congvan on the Tỉnh Điện Biên 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind43.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

DIEN_BIEN = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DIEN_BIEN))
