"""Score congvan on scenario blind 11 (Gia Lai 2026): `python -m samples.scenario_blind11.score [--texts] [--json]`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

GIA_LAI = Scenario(Path(__file__).parent)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], GIA_LAI))
