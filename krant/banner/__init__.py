"""The breaking-news banner: one short line across every reader page, set and ended by the desk."""
