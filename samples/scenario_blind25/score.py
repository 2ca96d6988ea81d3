"""Score congvan on the Ninh Bình 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind25.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

NINH_BINH = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], NINH_BINH))
