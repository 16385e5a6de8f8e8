"""`python -m mission_planner` runs the command line."""

import sys

from mission_planner.cli import main

sys.exit(main())
