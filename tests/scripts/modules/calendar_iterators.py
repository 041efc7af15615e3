# Calendar's iterators and matrices, including dates outside the month.
import calendar

c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print(list(c.itermonthdates(2024, 2))[:3])
print(list(c.itermonthdays2(2024, 2))[:8])
print(list(c.itermonthdays4(2024, 2))[-2:])
print(c.monthdatescalendar(2024, 2)[-1][-1], c.yeardayscalendar(2024, 4)[0][0][:2])
print(list(calendar.Calendar().itermonthdays3(1, 1))[:3], list(calendar.Calendar().itermonthdays(9999, 12))[-3:])

# expect: [6, 0, 1, 2, 3, 4, 5]
# expect: [datetime.date(2024, 1, 28), datetime.date(2024, 1, 29), datetime.date(2024, 1, 30)]
# expect: [(0, 6), (0, 0), (0, 1), (0, 2), (1, 3), (2, 4), (3, 5), (4, 6)]
# expect: [(2024, 3, 1, 4), (2024, 3, 2, 5)]
# expect: 2024-03-02 [[0, 1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12, 13]]
# expect: [(1, 1, 1), (1, 1, 2), (1, 1, 3)] [31, 0, 0]
