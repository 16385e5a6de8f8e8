"""`python -m mission_planner.cli`, and the frozen `mission-planner-cli` executable."""

import sys

from mission_planner.cli import main

sys.exit(main())
