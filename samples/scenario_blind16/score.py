"""Score congvan on the ĐHQG-HCM 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind16.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

DHQG_HCM = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DHQG_HCM))
