"""The first start: the welcome offers the sample trip, the tour and an empty plan."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from planner.store.settings import load_settings
from planner.ui.first_run import start_tour
from planner.ui.main_window import MainWindow
from planner.ui.tour import Tour
from planner.ui.welcome import WelcomeChoice, WelcomeDialog
from tests.ui.conftest import OpenWindow


def welcome_dialog(qtbot: QtBot, window: MainWindow) -> WelcomeDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(WelcomeDialog)))
    return next(d for d in window.findChildren(WelcomeDialog) if d.isVisible())


def test_first_start_offers_the_sample_trip_once(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.welcome_if_first_run()
    dialog = welcome_dialog(qtbot, window)
    qtbot.mouseClick(dialog.buttons[WelcomeChoice.SAMPLE], Qt.MouseButton.LeftButton)
    plan = window.workspace.current
    assert plan is not None and plan.name.startswith("The Takedown and friends")
    assert len(plan.days) == 4 and plan.start_date.weekday() == 3
    assert window.plan_panel.itinerary_model.rowCount() == 4
    window.workspace.undo_stack.undo()
    assert window.workspace.plans == [], "one undo takes the sample away"
    assert load_settings(window.paths.config_dir).welcomed
    assert not open_window().welcome_if_first_run(), "offered once"


def test_no_welcome_for_someone_who_has_plans(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.new_plan()
    assert not window.welcome_if_first_run()


def test_empty_plan_and_closing_the_welcome(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.welcome_if_first_run()
    dialog = welcome_dialog(qtbot, window)
    dialog.reject()
    assert window.workspace.plans == [], "Escape changes nothing"
    window.show_welcome()
    qtbot.mouseClick(welcome_dialog(qtbot, window).buttons[WelcomeChoice.EMPTY],
                     Qt.MouseButton.LeftButton)
    assert len(window.workspace.plans) == 1


def lit_part_is(tour: Tour, widget: object, window: MainWindow) -> bool:
    lit = tour.lit_rect()
    target = widget.geometry() if widget is window.menuBar() else QRect(  # type: ignore[attr-defined]
        widget.mapTo(window, widget.rect().topLeft()), widget.size())  # type: ignore[attr-defined]
    return lit is not None and lit.contains(target)


def test_the_tour_lights_each_part_and_its_bubble_stays_clear(
    qtbot: QtBot, open_window: OpenWindow, tmp_path
) -> None:
    window = open_window()
    window.resize(1366, 768)
    tour = start_tour(window)
    qtbot.waitUntil(tour.isVisible)
    parts = [window.catalog_panel, window.map_view, window.plan_panel, window.menuBar(), None]
    for step, part in enumerate(parts):
        assert tour.step_index == step
        if part is None:
            assert tour.lit_rect() is None
        else:
            assert lit_part_is(tour, part, window), step
            assert not tour.bubble.geometry().intersects(tour.lit_rect()) or part is \
                window.map_view, "the bubble never hides the part it explains"
        assert window.rect().contains(tour.bubble.geometry())
        tour.grab().save(str(tmp_path / f"tour-{step}.png"))
        qtbot.keyClick(tour, Qt.Key.Key_Right)
    assert not tour.isVisible()


def test_the_tour_goes_back_and_escape_ends_it(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    tour = start_tour(window)
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert tour.step_index == 1 and tour.counter.text() == "2 of 5"
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not tour.isVisible()
