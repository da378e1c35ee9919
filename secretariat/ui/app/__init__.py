"""The application's shell: start-up, the main window and the actions of its menus."""
