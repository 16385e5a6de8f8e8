"""The domain: missions, programmes, people, money and rules as plain Python.

Nothing here imports anything outside the standard library (a test proves it).
"""
