"""Score congvan on the Hồ Chí Minh City 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind27.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

HO_CHI_MINH = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HO_CHI_MINH))
