"""Score congvan on the Bộ Tài chính 2026 blind scenario: `.venv/bin/python -m samples.scenario_blind28.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BO_TAI_CHINH = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BO_TAI_CHINH))
