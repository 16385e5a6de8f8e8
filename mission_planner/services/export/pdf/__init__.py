"""PDF documents, drawn with reportlab in the shipped fonts (see `text.py`)."""
