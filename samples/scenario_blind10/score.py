"""Score the tenth blind scenario (thành phố Huế 2026) with the first scenario's scorer on this folder.

.venv/bin/python -m samples.scenario_blind10.score [--workdir DIR] [--json] [--texts] [--rescore] [--as-of DATE]
"""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

HUE = Scenario(Path(__file__).parent)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HUE))
