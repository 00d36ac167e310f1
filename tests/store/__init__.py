"""Tests for planner.store."""
