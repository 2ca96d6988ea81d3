"""Score congvan on the Đồng Nai 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind34.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

DONG_NAI = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DONG_NAI))
