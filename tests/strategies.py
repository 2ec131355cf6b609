"""Hypothesis strategies for factgen, in one module (attrs' convention). Each section belongs to one feature."""

from __future__ import annotations
