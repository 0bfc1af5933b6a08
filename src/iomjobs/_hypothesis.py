"""Hypothesis's entry point: ``st.from_type`` on iomjobs models, no import needed (internal)."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from iomjobs.strategies import register_type_strategies  # noqa: PLC0415

    register_type_strategies()
