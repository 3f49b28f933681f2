"""Dataset samples: files (CSV, Parquet, JSON lines) and database tables checked row by row.

Nothing in this package is imported on the SQL-only path; Great Expectations and pandas load only
when a scan has datasets to check.
"""
