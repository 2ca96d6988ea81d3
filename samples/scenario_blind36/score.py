"""Score congvan on the Cà Mau 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind36.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

CA_MAU = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CA_MAU))
