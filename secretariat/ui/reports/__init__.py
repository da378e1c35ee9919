"""The Reports menu and PDF preview: report filters, printing minutes, the previewer."""
