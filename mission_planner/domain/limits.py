"""The limits every entrance enforces: how long a text, how large a number, a list or a file.

Real missions stay far below each of them. They exist so that a broken or hostile file is
refused with a clear message, instead of hanging an export or filling the memory. Every
entrance (nomination and attendance files, mission files and archives, rule sets, dialogs)
checks against these same numbers; docs/refusals.md lists them for users.
"""

from __future__ import annotations

# Text, in characters (after Unicode NFC normalization).
MAX_CODE = 40  # a mission code such as 21-IP-06-GE-OSM-B
MAX_NAME = 200  # a family or given name, a site's or hotel's name
MAX_TITLE = 500  # a mission's or an item's title
MAX_SHORT_TEXT = 500  # organization, position, venue, e-mail, phone, address line, any other one-line field
MAX_LONG_TEXT = 20_000  # descriptions, objectives, background, notes, rule texts
MAX_LETTER_CHARS = 50_000  # one letter as its template writes it (a template's loop cannot fill the disk)
LETTER_SECONDS = 2.0  # the time one letter's template may take to render

# Lists in one mission.
MAX_PEOPLE = 10_000
MAX_ITEMS = 10_000  # programme items over all days
MAX_DAYS = 400
MAX_LIST = 200_000  # any other list (attendance marks, assignments, rates, travel times...)

# Numbers.
MAX_MONEY_DIGITS = 15  # digits before the decimal point of an amount or a unit cost
MAX_MONEY_PLACES = 6  # digits after it (exchange rates need more than the minor unit)
MAX_QUANTITY = 1_000_000
MAX_MINUTES = 7 * 24 * 60  # a duration, a travel time, minutes attended
MAX_INTEGER = 2**63 - 1  # any other integer
MIN_YEAR = 1900  # every date and time (a birth date, a flight, a programme day) falls in these years,
MAX_YEAR = 2999  # so calendar arithmetic and a duplicate's shift never leave Python's years 1..9999

# Files read.
MAX_INPUT_BYTES = 64 * 1024 * 1024  # a mission file, a CSV, a rule set, one archive member
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024  # all members of a mission archive together, unpacked
MAX_ARCHIVE_MEMBERS = 1_000
MAX_JSON_DEPTH = 32  # nesting of objects and arrays in any JSON file
MAX_JSON_VALUES = 2_000_000  # numbers, texts, objects and arrays in any one JSON file
MAX_JSON_CONTAINERS = 500_000  # objects and arrays among them (each costs far more memory)
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 500
MAX_SHEET_CELLS = 2_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_NOTIFICATION_CHARS = 1_000_000  # the text of a Project Notification (a real one has about 10,000)
MAX_NOTIFICATION_PAGES = 50  # pages of a notification PDF read (a real one has two to five)

# Problem lists: collection stops after the first cap; a front end shows at most the second.
MAX_PROBLEMS_COLLECTED = 1_000
MAX_PROBLEMS_SHOWN = 50
