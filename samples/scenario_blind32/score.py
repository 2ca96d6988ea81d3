"""Score congvan on the Bộ Giáo dục và Đào tạo 2026 blind scenario:
`.venv/bin/python -m samples.scenario_blind32.score`."""

import sys
from pathlib import Path

from samples.scenario_blind.score import Scenario, main

BGDDT = Scenario(Path(__file__).parent)
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BGDDT))
