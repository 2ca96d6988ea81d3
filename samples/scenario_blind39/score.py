"""Score congvan on the Tỉnh Đồng Tháp 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind39.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

DONG_THAP = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DONG_THAP))
