"""Score the sixth blind scenario (Đắk Lắk 2025) with the first scenario's scorer on this folder.

.venv/bin/python -m samples.scenario_blind6.score [--workdir DIR] [--json] [--texts] [--rescore] [--as-of DATE]
"""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

DAK_LAK = Scenario(Path(__file__).parent)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DAK_LAK))
