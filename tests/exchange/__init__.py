"""Tests for planner.exchange."""
