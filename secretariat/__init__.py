"""Secretariat: records of an interministerial commission on human rights and IHL."""

__version__ = "0.1.0"
APP_NAME = "Secretariat"
APP_ORG = "Secretariat"
