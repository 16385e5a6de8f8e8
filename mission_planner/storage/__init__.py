"""Storage: the tables, the engine, migrations and the mapping from domain values to rows."""
