"""The fuzz targets' names, without importing atheris (for test ids)."""

TARGET_NAMES = ["sql_reader", "config_loader", "pack_loader", "dbt_jinja", "dataset_reader"]
