"""The user's own places in the window: add, edit, move on the map, and My places.

Every change to a plan goes through the workspace as one undo step. My places is a file of
its own (see :mod:`planner.store.my_places`); a problem with it is told in a message box that
names the file, and nothing in the plan changes because of it.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from PySide6.QtWidgets import QDialog, QWidget

from planner.core import limits
from planner.core.errors import PlannerError
from planner.core.itinerary import custom_place
from planner.core.model import CustomPlace, new_id
from planner.core.permits import DATASET_LICENCE, DATASET_NAME, Permit
from planner.store.geocoding import Geocoder
from planner.store.my_places import MyPlaces
from planner.ui.dialogs.choose_places import Choice, ChoosePlacesDialog
from planner.ui.dialogs.own_place import OwnPlaceDialog
from planner.ui.formatting import category_label, format_day_heading
from planner.ui.i18n import tr_error, translate
from planner.ui.messages import show_message
from planner.ui.selection import Selection
from planner.ui.workspace import Workspace


class OwnPlaces:
    def __init__(self, parent: QWidget, workspace: Workspace, selection: Selection,
                 my_places: MyPlaces, tell: Callable[[str], None],
                 geocoder: Callable[[], Geocoder | None] = lambda: None) -> None:
        self.parent, self.workspace, self.selection = parent, workspace, selection
        self.my_places, self.tell, self.geocoder = my_places, tell, geocoder

    def _day(self) -> int | None:
        plan = self.workspace.current
        if plan is None or not self.workspace.can_edit(plan):
            return None
        return max(0, min(self.selection.day, len(plan.days) - 1))

    def add(self, position: tuple[float, float] | None = None) -> QDialog | None:
        """Add a place of the user's own, found, typed or from where the map was clicked."""
        plan, day = self.workspace.current, self._day()
        if plan is None or day is None:
            return None
        dialog = OwnPlaceDialog(format_day_heading(day, plan.day_date(day)), position,
                                self.parent, self.geocoder())

        def add() -> None:
            place = dialog.place(new_id())
            if place is not None:
                self.workspace.add_own_places(
                    [place], day if dialog.to_day.isChecked() else None,
                    translate("OwnPlaces", "Add {place}").format(place=place.name))
                if dialog.keep.isChecked():
                    self.keep(place)

        return self._open(dialog, add)

    def selected_place_id(self) -> str | None:
        """The own place of the selected stop, if that is what it visits."""
        plan, stop_id = self.workspace.current, self.selection.stop_id
        if plan is None or not stop_id:
            return None
        place_id = next((s.place_id for d in plan.days for s in d.stops if s.id == stop_id), "")
        return place_id if custom_place(plan, place_id) is not None else None

    def edit(self, place_id: str | None = None) -> QDialog | None:
        """Edit one of the plan's own places (the selected stop's by default)."""
        plan = self.workspace.current
        place_id = place_id or self.selected_place_id()
        place = custom_place(plan, place_id) if plan is not None and place_id else None
        if place is None or not self.workspace.can_edit(plan):
            return None
        dialog = OwnPlaceDialog(None, None, self.parent, self.geocoder(), place)

        def save() -> None:
            edited = dialog.place(place.id, place.origin)
            if edited is not None and edited != place:
                self.workspace.edit_own_place(
                    edited, translate("OwnPlaces", "Edit {place}").format(place=edited.name))
            if edited is not None and dialog.keep.isChecked():
                self.keep(edited)

        return self._open(dialog, save)

    def move(self, place_id: str, lat: float, lon: float) -> None:
        """Give one of the plan's own places a new position (a marker dragged on the map)."""
        plan = self.workspace.current
        place = custom_place(plan, place_id) if plan is not None else None
        if place is not None:
            self.workspace.edit_own_place(
                msgspec.structs.replace(place, lat=lat, lon=lon),
                translate("OwnPlaces", "Move {place}").format(place=place.name))

    def keep(self, place: CustomPlace | str) -> None:
        """Put a place (or the plan's own place with this id) in My places."""
        if isinstance(place, str):
            plan = self.workspace.current
            found = custom_place(plan, place) if plan is not None else None
            if found is None:
                return
            place = found
        try:
            self.my_places.keep(place)
        except (PlannerError, OSError) as error:
            show_message(self.parent, translate("OwnPlaces", "Not kept in My places"),
                         translate("OwnPlaces", "{place} was not added to My places.").format(
                             place=place.name) + f"\n\n{tr_error(error)}")
            return
        self.tell(translate("OwnPlaces", "{place} is in My places, ready for other trips").format(
            place=place.name))

    def add_from_my_places(self) -> QDialog | None:
        """Choose places kept in My places and add them to this plan."""
        plan, day = self.workspace.current, self._day()
        if plan is None or day is None:
            return None
        try:
            kept = self.my_places.load()
        except PlannerError as error:
            show_message(self.parent, translate("OwnPlaces", "My places cannot be read"),
                         tr_error(error))
            return None
        places = list(kept)

        def forget(rows: list[int]) -> list[Choice]:
            try:
                places[:] = self.my_places.forget({places[row].id for row in rows})
            except (PlannerError, OSError) as error:
                show_message(self.parent, translate("OwnPlaces", "Not removed from My places"),
                             tr_error(error))
            return [_choice(place) for place in places]

        dialog = ChoosePlacesDialog(
            translate("OwnPlaces", "Add from My places"),
            translate("OwnPlaces", "Places you kept for every trip. Tick those to add to this "
                      "plan.") if places else
            translate("OwnPlaces", "My places is empty. Tick \"Keep it in My places\" when you "
                      "add or edit a place of your own, and it will be here for your other "
                      "trips."),
            [_choice(place) for place in places], format_day_heading(day, plan.day_date(day)),
            ticked=False, parent=self.parent, forget=forget)

        def add() -> None:
            chosen = [places[row] for row in dialog.chosen_rows()]
            count = len(chosen)
            if chosen:
                self.workspace.add_own_places(
                    chosen, day if dialog.to_day.isChecked() else None,
                    translate("OwnPlaces", "Add %n place(s) from My places", None, count))

        return self._open(dialog, add)

    def add_permit(self, permit: Permit, day: int) -> None:
        """The address of a City of Paris filming permit, as a place of one's own and a stop
        of ``day`` (the permit is the city's, not one of our sourced places)."""
        name = limits.clip_text(f"{permit.title} ({permit.year})", limits.MAX_NAME_LENGTH)
        note = translate("OwnPlaces", "City of Paris filming permit {id}: {kind}, {start}").format(
            id=permit.id, kind=permit.kind, start=permit.start)
        place = CustomPlace(id=new_id(), name=name, lat=permit.lat, lon=permit.lon,
                            address=limits.clip_text(permit.address),
                            note=limits.clip_text(note),
                            origin=f"{DATASET_NAME} ({DATASET_LICENCE})")
        self.workspace.add_own_places([place], day,
                                      translate("OwnPlaces", "Add {place}").format(place=name))

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        dialog.accepted.connect(on_accept)
        dialog.open()
        return dialog


def _choice(place: CustomPlace) -> Choice:
    where = place.address or f"{place.lat:.5f}, {place.lon:.5f}"
    return Choice(f"{place.name}  ·  {category_label(place.category)}  ·  {where}",
                  place.note or place.name)
