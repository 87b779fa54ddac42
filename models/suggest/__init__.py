"""Suggesters: rules, lexicons, patterns and learned models that propose spans."""
