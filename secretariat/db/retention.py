"""How many backups of each kind are kept unless the user chose otherwise.

Apart from ``services.backups`` so the window's settings can name the default before
the database layer is loaded.
"""

DEFAULT_KEEP = 10
