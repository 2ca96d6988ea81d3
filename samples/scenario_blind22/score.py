"""Score congvan on the Bộ Nông nghiệp và Môi trường 2026 blind scenario:
`.venv/bin/python -m samples.scenario_blind22.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BNNMT = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BNNMT))
