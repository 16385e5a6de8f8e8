"""Qt item models over plain values read through the services."""
