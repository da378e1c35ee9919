"""The Qt GUI: widgets, dialogs and item models over the services."""
