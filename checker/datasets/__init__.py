"""Dataset samples: files (CSV, Parquet, JSON lines) and database tables, read and counted.

This package reads datasets and counts the rows that neutral row predicates (predicates.py) hold
for; it knows no rule, pack or policy clause (the rules in checker.rules.dataset_rows judge the
counts). Nothing in it is imported on the SQL-only path; Great Expectations and pandas load only
when a scan has datasets to check.
"""
