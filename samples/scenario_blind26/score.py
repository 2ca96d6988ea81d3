"""Score congvan on the Bộ Công Thương 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind26.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BO_CONG_THUONG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BO_CONG_THUONG))
