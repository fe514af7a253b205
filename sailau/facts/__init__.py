"""The curated fact base: pydantic models (`models`) and cross-checks (`checks`).

Import the public API from `sailau.factbase`.
"""
