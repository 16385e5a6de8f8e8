"""The workspace's capability handles: one class per kind of thing the front ends work on.

`Workspace` (services/workspace.py) opens the database and composes them: `ws.missions`,
`ws.programme`, `ws.people`, `ws.attendance`, `ws.budget`, `ws.sites`, `ws.documents`,
`ws.settings`. Each holds the workspace's `transaction` and nothing else; every write notes on
the change feed (`services/feed.py`) which mission and which kind of thing it changed.
"""
