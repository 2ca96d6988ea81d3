"""Score congvan on the Bắc Ninh 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind33.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BAC_NINH = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BAC_NINH))
