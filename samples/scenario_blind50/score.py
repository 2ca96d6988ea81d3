"""Score congvan on the Nghệ An 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind50.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

NGHE_AN = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], NGHE_AN))
