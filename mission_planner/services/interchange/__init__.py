"""The mission interchange format: a whole mission as versioned JSON.

`codec` turns domain values into JSON values and back, driven by the dataclasses' type hints, so
every field of the domain travels without a hand-written list. `schema` derives the JSON Schema
shipped in `resources/schemas/` from the same hints. `files` reads and writes mission files.
"""

FORMAT = "mission-planner/mission"
VERSION = 1
