"""Score congvan on the Tỉnh Quảng Ngãi 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind41.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

QUANG_NGAI = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], QUANG_NGAI))
