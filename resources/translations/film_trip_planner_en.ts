<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>CatalogPanel</name>
    <message numerus="yes">
        <source>The best {shown} of %n match(es); type more to narrow.</source>
        <translation>
            <numerusform>The best {shown} of %n match; type more to narrow.</numerusform>
            <numerusform>The best {shown} of %n matches; type more to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) within {radius} of {place}. ≈ marks a rough distance: only the town of one of the two places is known.</source>
        <translation>
            <numerusform>%n place within {radius} of {place}. ≈ marks a rough distance: only the town of one of the two places is known.</numerusform>
            <numerusform>%n places within {radius} of {place}. ≈ marks a rough distance: only the town of one of the two places is known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message numerus="yes">
        <source>&lt;p&gt;…and %n more.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;…and %n more.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;…and %n more.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilmingData</name>
    <message numerus="yes">
        <source>%n row(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n row could not be read and was skipped:</numerusform>
            <numerusform>%n rows could not be read and were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln filming permit(s) imported from {file}.</source>
        <translation>
            <numerusform>%Ln filming permit imported from {file}.</numerusform>
            <numerusform>%Ln filming permits imported from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n films and series</source>
        <translation>
            <numerusform>%n film or series</numerusform>
            <numerusform>%n films and series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%n place(s): {names} and {more} more. Click to zoom in.</source>
        <translation>
            <numerusform>%n place: {names} and {more} more. Click to zoom in.</numerusform>
            <numerusform>%n places: {names} and {more} more. Click to zoom in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s): {names}. Click to zoom in.</source>
        <translation>
            <numerusform>%n place: {names}. Click to zoom in.</numerusform>
            <numerusform>%n places: {names}. Click to zoom in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnPlaces</name>
    <message numerus="yes">
        <source>Add %n place(s) from My places</source>
        <translation>
            <numerusform>Add %n place from My places</numerusform>
            <numerusform>Add %n places from My places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermitsPanel</name>
    <message numerus="yes">
        <source>{shown} of %Ln permit(s)</source>
        <translation>
            <numerusform>{shown} of %Ln permit</numerusform>
            <numerusform>{shown} of %Ln permits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n place found</numerusform>
            <numerusform>%n places found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n town(s) or station(s) found</source>
        <translation>
            <numerusform>%n town or station found</numerusform>
            <numerusform>%n towns or stations found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message numerus="yes">
        <source>%n place(s) found. Untick those you do not want; the others become places of your own in this plan.</source>
        <translation>
            <numerusform>%n place found. Untick it if you do not want it; otherwise it becomes a place of your own in this plan.</numerusform>
            <numerusform>%n places found. Untick those you do not want; the others become places of your own in this plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n place(s)</source>
        <translation>
            <numerusform>Import %n place</numerusform>
            <numerusform>Import %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n place(s) from {file}</source>
        <translation>
            <numerusform>Imported %n place from {file}</numerusform>
            <numerusform>Imported %n places from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recover %n plans</source>
        <translation>
            <numerusform>Recover %n plan</numerusform>
            <numerusform>Recover %n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message numerus="yes">
        <source>⚠ %n plan(s) not saved — retrying</source>
        <translation>
            <numerusform>⚠ %n plan not saved — retrying</numerusform>
            <numerusform>⚠ %n plans not saved — retrying</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripTools</name>
    <message numerus="yes">
        <source>Split into %n day(s)</source>
        <translation>
            <numerusform>Split into %n day</numerusform>
            <numerusform>Split into %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer timetable problem(s)</source>
        <translation>
            <numerusform>%n fewer timetable problem</numerusform>
            <numerusform>%n fewer timetable problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Add %n places</source>
        <translation>
            <numerusform>Add %n place</numerusform>
            <numerusform>Add %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not added: day {day} has no room for %n more stop(s).</source>
        <translation>
            <numerusform>Not added: day {day} has no room for %n more stop.</numerusform>
            <numerusform>Not added: day {day} has no room for %n more stops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n stops</source>
        <translation>
            <numerusform>Move %n stop</numerusform>
            <numerusform>Move %n stops</numerusform>
        </translation>
    </message>
</context>
</TS>
