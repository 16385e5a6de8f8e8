"""Reading what coordinators receive: nomination spreadsheets, meeting participant reports."""
