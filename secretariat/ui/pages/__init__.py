"""The main window's pages: one module each, or a package holding a page (``page.py``) and its parts."""
