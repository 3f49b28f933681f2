"""privgate: policy-as-code privacy compliance checker for data pipelines."""

__version__ = "0.1.0"
