"""Score congvan on the Tỉnh Thái Nguyên 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind38.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

THAI_NGUYEN = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], THAI_NGUYEN))
