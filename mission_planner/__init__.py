"""Mission Planner: plan APO observational study missions and produce their documents."""

__version__ = "0.1.0"
