"""Several processes writing one mission at once through the services, on both databases.

No write is lost or made twice, no raw database error comes out (a stale edit is refused with
`StaleEditError` and retried), and a watching workspace's change counter counts every write.
"""

import multiprocessing
import threading
import time
from decimal import Decimal

from mission_planner.services import open_workspace
from tests.factories import full_record
from tests.services.load_writers import CODE, DAY, LINE, write

WRITERS = 6
ROUNDS = 5  # each: an item added, the shared line raised by one (retried until it goes through)


def test_writers_in_several_processes_lose_nothing_and_the_watch_sees_every_write(database):
    watcher = open_workspace(database)
    watcher.missions.add_record(full_record())
    record = watcher.missions.load_record(CODE)
    quantity = next(line.quantity for line in record.budget_lines if line.uid == LINE)
    assert not [day for day in record.days if day.date == DAY]
    watcher.changed_elsewhere()
    seen = []
    watcher.feed.subscribe(lambda change: seen.append(change) if change.elsewhere else None)
    with watcher.engine.connect() as connection:
        counted_before = watcher_count(connection)

    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(WRITERS + 1), spawn.Queue()
    workers = [spawn.Process(target=write, args=(database, n, ROUNDS, start, results)) for n in range(WRITERS)]
    for process in workers:
        process.start()
    watching = threading.Event()
    polls = threading.Thread(target=_watch, args=(watcher, watching))
    start.wait(timeout=60)
    began = time.perf_counter()
    polls.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    elapsed = time.perf_counter() - began
    for process in workers:
        process.join(timeout=30)
    watching.set()
    polls.join()

    assert [error for o in outcomes for error in o.unexpected] == []
    assert all(process.exitcode == 0 for process in workers)
    record = watcher.missions.load_record(CODE)
    [day] = [day for day in record.days if day.date == DAY]
    added = sorted(title for o in outcomes for title in o.titles)
    assert sorted(item.title for item in day.items) == added  # each once, none lost
    assert len(added) == WRITERS * ROUNDS  # adding never conflicts: every one went through
    increments = sum(o.increments for o in outcomes)
    assert increments == WRITERS * ROUNDS
    [line] = [line for line in record.budget_lines if line.uid == LINE]
    assert line.quantity == quantity + increments  # no lost update
    [eur] = [rate.rate for rate in record.exchange_rates if rate.currency == "EUR"]
    assert eur in {Decimal(1 + n) / 1000 for n in range(WRITERS)}  # the last writer's rate
    [mark] = [a for a in record.attendance if (a.item_uid, a.person_uid) == ("t-i-online", "t-p-kim")]
    assert mark.minutes in {60 + n for n in range(WRITERS)}

    committed = sum(o.committed for o in outcomes)
    with watcher.engine.connect() as connection:
        assert watcher_count(connection) == counted_before + committed  # every write counted
    watcher.changed_elsewhere()
    assert seen  # the watch told the feed of the others' writes
    stale = sum(o.stale for o in outcomes)
    print(
        f"\n{database.split(':')[0]}: {WRITERS} writers, {committed} writes in {elapsed:.1f} s = "
        f"{committed / elapsed:.0f} writes/s, {stale} stale edits refused and retried"
    )
    watcher.close()


def watcher_count(connection) -> int:
    from mission_planner.storage import change_counter

    return change_counter.read(connection)


def _watch(watcher, stop: threading.Event) -> None:
    """The window's 2-second watch, faster."""
    while not stop.wait(0.2):
        watcher.changed_elsewhere()
