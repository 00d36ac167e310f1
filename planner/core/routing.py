"""Visiting orders from Google OR-Tools' routing solver: one path, or one path per day.

Everything here is in whole numbers (minutes or metres) on small matrices; what the numbers
mean is up to the caller. The solver stops after a fixed number of improving steps rather than
after a time, so the same input always gives the same answer; a time cap is only a safeguard.
OR-Tools is imported when first needed: it is large, and most sessions never reorder a day.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Matrix = Sequence[Sequence[int]]
Window = tuple[int, int]
"""A span of allowed arrival times, in minutes from the start of the day (both ends included)."""

SOLUTION_LIMIT = 100
"""Improving steps of the guided local search: enough to find the optimum of 12 stops every
time in ``benchmarks/routing.py``, in about 0.3 s on a 50-stop day."""
SAFETY_SECONDS = 5.0
LEFT_OUT_PENALTY = 10_000_000
"""Cost of leaving a node out of a timed path. Without that way out, a search whose windows
cannot all be met would run to its time cap before giving up."""


@dataclass(frozen=True)
class Timing:
    """What a timed search needs: minutes on site, when the path starts, allowed arrivals."""

    service: Sequence[int]
    """Minutes spent at each node before leaving it."""
    windows: Sequence[Sequence[Window] | None]
    """Per node, the spans it may be reached in; None: any time."""
    start: int = 0
    """Minute at which the path leaves its first node."""


def best_path(costs: Matrix, timing: Timing | None = None, *,
              solution_limit: int = SOLUTION_LIMIT,
              time_limit_s: float = SAFETY_SECONDS) -> list[int]:
    """The cheapest order of the inner nodes on a path from node 0 to node ``len(costs) - 1``.

    ``costs`` are travel minutes when ``timing`` is given: arrivals must then fall in the
    windows (waiting allowed). Nodes whose windows cannot be met are left out of the search
    and put back where they add the least travel. Returns the inner nodes in visiting order.
    """
    size = len(costs)
    if size <= 3:
        return list(range(1, size - 1))
    pywrapcp, _ = _ortools()
    manager = pywrapcp.RoutingIndexManager(size, 1, [0], [size - 1])
    model = pywrapcp.RoutingModel(manager)
    model.SetArcCostEvaluatorOfAllVehicles(model.RegisterTransitMatrix(_rows(costs)))
    if timing is not None:
        latest = max((w[-1][1] for w in timing.windows if w), default=0)
        time = _time_dimension(model, costs, timing.service, timing.start, latest)
        time.CumulVar(model.Start(0)).SetValue(timing.start)
        for node, windows in enumerate(timing.windows):
            if windows and node > 0:
                _restrict(time.CumulVar(manager.NodeToIndex(node)
                                        if node < size - 1 else model.End(0)), windows)
        for node in range(1, size - 1):
            model.AddDisjunction([manager.NodeToIndex(node)], LEFT_OUT_PENALTY)
    if timing is None:
        # Christofides' tour is the better start for plain distances (within 1.3 % of the best
        # known at 50 stops, against 3.6 % from the cheapest arc: benchmarks/routing.py).
        parameters = _parameters(solution_limit, time_limit_s, "CHRISTOFIDES")
    else:
        # Windows leave a guided search few solutions to count, so it would run to the time
        # cap; a plain descent stops at its local optimum, fast and always the same.
        parameters = _parameters(solution_limit, time_limit_s, "PATH_CHEAPEST_ARC",
                                 "GREEDY_DESCENT")
    solution = model.SolveWithParameters(parameters)
    if solution is None:  # only when the safety time cap ends the search first
        return list(range(1, size - 1))
    order, index = [], solution.Value(model.NextVar(model.Start(0)))
    while not model.IsEnd(index):
        order.append(manager.IndexToNode(index))
        index = solution.Value(model.NextVar(index))
    return _with_left_out(order, costs)


def _with_left_out(order: list[int], costs: Matrix) -> list[int]:
    """``order`` with the inner nodes it lacks put back each where it adds the least cost."""
    path = [0, *order, len(costs) - 1]
    for node in sorted(set(range(1, len(costs) - 1)) - set(order)):
        row = min(range(1, len(path)), key=lambda at: costs[path[at - 1]][node]
                  + costs[node][path[at]] - costs[path[at - 1]][path[at]])
        path.insert(row, node)
    return path[1:-1]


@dataclass(frozen=True)
class Fleet:
    """Days to share nodes between: how long each may last, and nodes each must not get."""

    day_minutes: Sequence[int]
    barred: Sequence[frozenset[int]] = ()
    """Per day, the nodes that cannot go on it (a place closed all that day)."""
    most_nodes: int | None = None
    """The most nodes one day may hold."""


OVERTIME_PENALTY = 100
"""Cost of each minute a day runs over, against 1 per minute of travel: every place is kept,
and overtime only happens when the places cannot fit in the days."""
BALANCE_WEIGHT = 1
"""Cost per minute of the longest day, so a day is not left empty while another overflows."""


def share_between_days(costs: Matrix, service: Sequence[int], fleet: Fleet, *,
                       solution_limit: int = SOLUTION_LIMIT,
                       time_limit_s: float = SAFETY_SECONDS) -> list[list[int]] | None:
    """Group nodes 1.. into ``len(fleet.day_minutes)`` day paths that start and end anywhere.

    Node 0 is a free depot (its rows and columns are ignored), so each path is open. Every
    node is given to exactly one day; a day may run over its minutes, at a high cost. Returns
    the nodes of each day in visiting order, or None when the bars leave a node no day.
    """
    days = len(fleet.day_minutes)
    pywrapcp, _ = _ortools()
    manager = pywrapcp.RoutingIndexManager(len(costs), days, 0)
    model = pywrapcp.RoutingModel(manager)
    open_costs = [[0 if 0 in (a, b) else value for b, value in enumerate(row)]
                  for a, row in enumerate(costs)]
    model.SetArcCostEvaluatorOfAllVehicles(model.RegisterTransitMatrix(open_costs))
    time = _time_dimension(model, open_costs, service)
    time.SetGlobalSpanCostCoefficient(BALANCE_WEIGHT)
    for day, minutes in enumerate(fleet.day_minutes):
        time.CumulVar(model.Start(day)).SetValue(0)
        time.SetCumulVarSoftUpperBound(model.End(day), minutes, OVERTIME_PENALTY)
    if fleet.most_nodes is not None:
        # Each step counts one, the step out of the depot too.
        model.AddConstantDimension(1, fleet.most_nodes + 1, True, "count")
    for day, barred in enumerate(fleet.barred):
        for node in barred:
            model.VehicleVar(manager.NodeToIndex(node)).RemoveValue(day)
    solution = model.SolveWithParameters(_parameters(solution_limit, time_limit_s))
    if solution is None:
        return None
    paths = []
    for day in range(days):
        path, index = [], solution.Value(model.NextVar(model.Start(day)))
        while not model.IsEnd(index):
            path.append(manager.IndexToNode(index))
            index = solution.Value(model.NextVar(index))
        paths.append(path)
    return paths


def _ortools() -> tuple[Any, Any]:
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    return pywrapcp, routing_enums_pb2


def _rows(costs: Matrix) -> list[list[int]]:
    return [list(row) for row in costs]


def _time_dimension(model: Any, costs: Matrix, service: Sequence[int], start: int = 0,
                    latest: int = 0) -> Any:
    """Arrival time at each node: travel plus the minutes on site before it, waiting allowed."""
    timed = [[service[a] + value for value in row] for a, row in enumerate(costs)]
    # Later than any path can end, and than any window, so only the windows can make a
    # search fail.
    horizon = max(start + sum(max(row) for row in timed), latest)
    transit = model.RegisterTransitMatrix(timed)
    model.AddDimension(transit, horizon, horizon, False, "time")
    return model.GetDimensionOrDie("time")


def _restrict(cumul: Any, windows: Sequence[Window]) -> None:
    """Allow arrivals only inside ``windows`` (sorted, not overlapping)."""
    cumul.SetRange(windows[0][0], windows[-1][1])
    for (_, gap_start), (gap_end, _) in itertools.pairwise(windows):
        if gap_end - gap_start > 1:
            cumul.RemoveInterval(gap_start + 1, gap_end - 1)


def _parameters(solution_limit: int, time_limit_s: float, first: str = "PATH_CHEAPEST_ARC",
                search: str = "GUIDED_LOCAL_SEARCH") -> Any:
    pywrapcp, enums = _ortools()
    parameters = pywrapcp.DefaultRoutingSearchParameters()
    parameters.first_solution_strategy = getattr(enums.FirstSolutionStrategy, first)
    parameters.local_search_metaheuristic = getattr(enums.LocalSearchMetaheuristic, search)
    parameters.solution_limit = solution_limit
    parameters.time_limit.FromMilliseconds(round(time_limit_s * 1000))
    return parameters
