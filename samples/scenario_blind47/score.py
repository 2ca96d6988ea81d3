"""Score congvan on the Lai Châu 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind47.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

LAI_CHAU = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], LAI_CHAU))
