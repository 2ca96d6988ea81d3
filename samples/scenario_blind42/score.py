"""Score congvan on the Bộ Văn hóa, Thể thao và Du lịch 2026 blind scenario:
`.venv/bin/python -m samples.scenario_blind42.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BO_VHTTDL = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BO_VHTTDL))
