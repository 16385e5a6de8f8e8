"""The window's undo commands, one module per tab.

`base.py` holds what they share (`CommandContext`, `ServiceCommand`, `push`, `record_done`);
`programme.py`, `people.py`, `attendance.py`, `budget.py`, `sites.py` and `missions.py` hold
each tab's commands.
"""
