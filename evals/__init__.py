"""Gold-fact eval suites; shipped inside the wheel as assistant.suites."""
