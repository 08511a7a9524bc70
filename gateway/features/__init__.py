"""Optional features wired into the app by `gateway.app.FEATURES` (one module each)."""
