"""Score congvan on the Tỉnh Cao Bằng 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind45.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

CAO_BANG = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CAO_BANG))
