"""The fault suite's cases (issue 15): hostile inputs, faulty machines, each run as the user would run it."""
