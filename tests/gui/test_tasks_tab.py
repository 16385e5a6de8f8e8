"""The Tasks tab and This week, driven as a coordinator would: choose an overdue task in This
week, mark it done with who did it, see it leave the list, undo."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mission_planner.gui.dialogs.task_status import TaskStatusDialog
from mission_planner.services import TaskStatus
from tests.gui.test_coordinator_walkthrough import when

OSM = "27-IP-05-GE-OSM-A"  # the demo's mission in planning, 11 to 13 January 2027 as loaded here
TODAY = date(2026, 12, 23)


def rows(widget):
    return [widget.item(i).text().replace("\n", " | ") for i in range(widget.count())]


def test_this_week_lists_overdue_first_and_marking_one_done_takes_it_off(demo_window, demo_workspace):
    week = demo_window.this_week
    week.today = TODAY
    week.refresh(demo_workspace)
    listed = rows(week.list)
    # The OSM's nominations and notices, then what is ahead (the finished missions' tasks are done).
    assert week.heading.text() == "This week: 2 overdue"
    assert listed == [
        "14 Dec 2026 · 27-IP-05-GE-OSM-A | Nominations close: chase the missing ones (9 days overdue)",
        "21 Dec 2026 · 27-IP-05-GE-OSM-A | Send the acceptance notices (2 days overdue)",
        "28 Dec 2026 · 27-IP-05-GE-OSM-A | Send the detailed programme to participants (in 5 days)",
        "28 Dec 2026 · 27-IP-05-GE-OSM-A | Send the visitor list to the security site "
        "(Korea Institute of Science and Technology (KIST)) (in 5 days)",
    ]
    nominations = 0

    # Step 1: click it: the mission's Tasks tab comes up with the task chosen.
    item = week.list.item(nominations)
    QTest.mouseClick(week.list.viewport(), Qt.MouseButton.LeftButton, pos=week.list.visualItemRect(item).center())
    tab = demo_window.details.tasks_tab
    assert demo_window.details.tabs.currentWidget() is tab
    assert demo_window.selected_mission().code == OSM
    assert tab.selected().key == "nominations_close"

    # Step 2: Mark Done…; steps 3-4: who, and Enter.
    def fill(dialog):
        dialog.who.setText("Ji-young Lee")
        QTest.keyClick(dialog.who, Qt.Key.Key_Return)

    when(TaskStatusDialog, fill)
    QTest.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    done = next(t for t in demo_workspace.tasks.mission_tasks(OSM) if t.key == "nominations_close")
    assert (done.status, done.done_by, done.done_on) == (TaskStatus.DONE, "Ji-young Lee", date.today())
    assert tab.selected().status == TaskStatus.DONE  # the tab read it again through the change feed
    assert not [line for line in rows(week.list) if "Nominations close" in line and OSM in line]

    demo_window.undo_stack.undo()
    again = next(t for t in demo_workspace.tasks.mission_tasks(OSM) if t.key == "nominations_close")
    assert again.status == TaskStatus.OPEN
    assert [line for line in rows(week.list) if "Nominations close" in line and OSM in line]


def test_a_missions_own_days_move_its_task(demo_window, demo_workspace, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    demo_window.select_row(demo_window.model.row_of(next(m.id for m in demo_window._missions if m.code == OSM)))
    tab = demo_window.details.tasks_tab
    demo_window.details.tabs.setCurrentWidget(tab)
    tab.select("programme_to_participants")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (-21, True))
    tab.days_button.click()
    task = next(t for t in demo_workspace.tasks.mission_tasks(OSM) if t.key == "programme_to_participants")
    assert task.due == date(2026, 12, 21)
    assert tab.selected().due == date(2026, 12, 21)
    demo_window.undo_stack.undo()
    task = next(t for t in demo_workspace.tasks.mission_tasks(OSM) if t.key == "programme_to_participants")
    assert task.due == date(2026, 12, 28)
    assert "programme_to_participants" not in {r.key for r in demo_workspace.missions.load_record(OSM).task_rules}


def test_writing_the_visitor_lists_asks_whether_they_were_sent(qtbot, demo_window, demo_workspace):
    demo_window.select_row(demo_window.model.row_of(demo_workspace.missions.mission_id(OSM)))
    documents = demo_window.details.documents
    demo_window.details.tabs.setCurrentWidget(documents)
    documents.set_checked(["visitor-list"])
    qtbot.mouseClick(documents.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not documents.running, timeout=60_000)

    question = demo_window.details.tasks_tab.sent_question
    assert question is not None and question.isVisible()
    assert "Korea Institute of Science and Technology (KIST)" in question.text()
    question.button(question.StandardButton.Yes).click()  # one step
    task = next(t for t in demo_workspace.tasks.mission_tasks(OSM) if t.key == "visitor_list")
    assert (task.status, task.done_on) == (TaskStatus.DONE, date.today())
    demo_window.undo_stack.undo()
    task = next(t for t in demo_workspace.tasks.mission_tasks(OSM) if t.key == "visitor_list")
    assert task.status == TaskStatus.OPEN


def test_this_week_shows_a_hundred_tasks_and_counts_the_rest(demo_window, demo_workspace):
    from mission_planner.gui.views.this_week import SHOWN_AT_MOST
    from mission_planner.services import DueTask, MissionTask

    week = demo_window.this_week
    late = [
        MissionTask(
            f"{n:02d}-IP-01-GE-OSM-A", f"uid{n}", f"Mission {n}", DueTask("certificates", "", date(2020, 1, 1), "Send")
        )
        for n in range(SHOWN_AT_MOST + 1_030)
    ]
    # Years of missions never archived: what the opening thread read is shown once, not read again.
    week.preset(TODAY, late)
    week.today = TODAY
    week.refresh(demo_workspace)
    assert week.heading.text() == f"This week: {SHOWN_AT_MOST + 1_030:,} overdue"  # This week: 1,130 overdue
    assert week.list.count() == SHOWN_AT_MOST + 1
    assert week.list.item(SHOWN_AT_MOST).text() == "… and 1,030 more"
    week.list.itemClicked.emit(week.list.item(SHOWN_AT_MOST))  # the count is not a mission: nothing opens
    week.refresh(demo_workspace)  # read again now: the demo's own
    assert week.heading.text() == "This week: 2 overdue"
    assert week.list.count() == 4
