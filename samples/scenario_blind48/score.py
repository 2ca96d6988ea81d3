"""Score congvan on the Bộ Y tế 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind48.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BO_Y_TE = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BO_Y_TE))
