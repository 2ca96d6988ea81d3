"""Score congvan on the Tuyên Quang 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind31.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

TUYEN_QUANG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], TUYEN_QUANG))
