"""Score congvan on the Tây Ninh 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind21.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

TAY_NINH = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], TAY_NINH))
