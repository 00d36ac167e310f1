"""The first start: a welcome with the sample trip, and the tour of the window.

Help ▸ Welcome… and Help ▸ Tour of the window offer both again at any time.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planner.core.sample_trip import next_thursday, sample_trip
from planner.ui.i18n import tr_core, translate
from planner.ui.tour import Tour, TourStep
from planner.ui.welcome import WelcomeChoice, WelcomeDialog

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def tour_steps(window: MainWindow) -> list[TourStep]:
    return [
        TourStep(lambda: window.catalog_panel, translate("FirstRun", "Films and places"),
                 translate("FirstRun", "Type a title, a place or a town: typos are fine. The "
                                       "lists narrow as you type, and the filters pick an "
                                       "area, a decade or what you can visit.")),
        TourStep(lambda: window.map_view, translate("FirstRun", "The map"),
                 translate("FirstRun", "Every filming place with a known position, offline. "
                                       "Click a marker for its scenes; your days are drawn as "
                                       "coloured routes. Drag the map, scroll to zoom.")),
        TourStep(lambda: window.plan_panel, translate("FirstRun", "Your trip, day by day"),
                 translate("FirstRun", "Double-click a place, or drag it onto a day. Times "
                                       "are estimates from the distance and the way you "
                                       "travel, with a warning when a place is closed.")),
        TourStep(window.menuBar, translate("FirstRun", "Let the app do the sums"),
                 translate("FirstRun", "The Plan menu finds each day's best order, shares the "
                                       "stops out between days, and lists what else fits in "
                                       "a day.")),
        TourStep(lambda: None, translate("FirstRun", "Take it along"),
                 translate("FirstRun", "File ▸ Export plan… writes your trip for a calendar, "
                                       "a GPS or maps app, or a printable PDF with QR codes "
                                       "for your phone. Plans are saved as you go.")),
    ]


def start_tour(window: MainWindow) -> Tour:
    tour = Tour(window, tour_steps(window))
    tour.start()
    return tour


def open_sample_trip(window: MainWindow, today: dt.date | None = None) -> None:
    """Add the sample trip as a new plan (one undo step) and show it."""
    plan = sample_trip(window.workspace.catalog, next_thursday(today or dt.date.today()),
                       tr_core)
    window.workspace.add_plan(plan, translate("FirstRun", "Open the sample trip"))


def show_welcome(window: MainWindow) -> WelcomeDialog:
    """Offer the sample trip, the tour or an empty plan; the answer arrives asynchronously."""
    dialog = WelcomeDialog(window)

    def on_finished() -> None:
        if dialog.choice is WelcomeChoice.SAMPLE:
            open_sample_trip(window)
        elif dialog.choice is WelcomeChoice.TOUR:
            start_tour(window)
        elif dialog.choice is WelcomeChoice.EMPTY:
            window.new_plan()
    dialog.finished.connect(on_finished)
    dialog.open()
    return dialog
