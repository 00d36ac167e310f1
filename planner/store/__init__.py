"""The local plan store: folders, the plans in them, recovery, and the window's own memory.

Import from the modules themselves (``planner.store.plan_store``, ``planner.store.paths``…):
this package imports nothing, so the window's first frame does not wait for the plan store.
"""
