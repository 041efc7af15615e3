# Text calendars: month(), calendar(), prmonth(), TextCalendar, and the
# first day of the week.
import calendar

print(calendar.month(2024, 3))
print(calendar.month(2024, 2, w=4, l=2))
print(calendar.calendar(2024))
calendar.prmonth(1999, 12)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.month(2024, 9))
calendar.setfirstweekday(calendar.MONDAY)
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatweekheader(9))
print(repr(tc.formatmonthname(2025, 1, 30)))
calendar.prcal(2026, m=6)

# expect:      March 2024
# expect: Mo Tu We Th Fr Sa Su
# expect:              1  2  3
# expect:  4  5  6  7  8  9 10
# expect: 11 12 13 14 15 16 17
# expect: 18 19 20 21 22 23 24
# expect: 25 26 27 28 29 30 31
# expect:
# expect:           February 2024
# expect:
# expect: Mon  Tue  Wed  Thu  Fri  Sat  Sun
# expect:
# expect:                  1    2    3    4
# expect:
# expect:   5    6    7    8    9   10   11
# expect:
# expect:  12   13   14   15   16   17   18
# expect:
# expect:  19   20   21   22   23   24   25
# expect:
# expect:  26   27   28   29
# expect:
# expect:
# expect:                                   2024
# expect:
# expect:       January                   February                   March
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                   1  2  3
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       4  5  6  7  8  9 10
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18      11 12 13 14 15 16 17
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      18 19 20 21 22 23 24
# expect: 29 30 31                  26 27 28 29               25 26 27 28 29 30 31
# expect:
# expect:        April                      May                       June
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7             1  2  3  4  5                      1  2
# expect:  8  9 10 11 12 13 14       6  7  8  9 10 11 12       3  4  5  6  7  8  9
# expect: 15 16 17 18 19 20 21      13 14 15 16 17 18 19      10 11 12 13 14 15 16
# expect: 22 23 24 25 26 27 28      20 21 22 23 24 25 26      17 18 19 20 21 22 23
# expect: 29 30                     27 28 29 30 31            24 25 26 27 28 29 30
# expect:
# expect:         July                     August                  September
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                         1
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       2  3  4  5  6  7  8
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18       9 10 11 12 13 14 15
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      16 17 18 19 20 21 22
# expect: 29 30 31                  26 27 28 29 30 31         23 24 25 26 27 28 29
# expect:                                                     30
# expect:
# expect:       October                   November                  December
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:     1  2  3  4  5  6                   1  2  3                         1
# expect:  7  8  9 10 11 12 13       4  5  6  7  8  9 10       2  3  4  5  6  7  8
# expect: 14 15 16 17 18 19 20      11 12 13 14 15 16 17       9 10 11 12 13 14 15
# expect: 21 22 23 24 25 26 27      18 19 20 21 22 23 24      16 17 18 19 20 21 22
# expect: 28 29 30 31               25 26 27 28 29 30         23 24 25 26 27 28 29
# expect:                                                     30 31
# expect:
# expect:    December 1999
# expect: Mo Tu We Th Fr Sa Su
# expect:        1  2  3  4  5
# expect:  6  7  8  9 10 11 12
# expect: 13 14 15 16 17 18 19
# expect: 20 21 22 23 24 25 26
# expect: 27 28 29 30 31
# expect: 6 Sun Mon Tue Wed Thu Fri Sat
# expect:    September 2024
# expect: Su Mo Tu We Th Fr Sa
# expect:  1  2  3  4  5  6  7
# expect:  8  9 10 11 12 13 14
# expect: 15 16 17 18 19 20 21
# expect: 22 23 24 25 26 27 28
# expect: 29 30
# expect:
# expect:   Sunday    Monday   Tuesday  Wednesday  Thursday   Friday   Saturday
# expect: '         January 2025         '
# expect:                                                                          2026
# expect:
# expect:       January                   February                   March                     April                      May                       June
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:           1  2  3  4                         1                         1             1  2  3  4  5                   1  2  3       1  2  3  4  5  6  7
# expect:  5  6  7  8  9 10 11       2  3  4  5  6  7  8       2  3  4  5  6  7  8       6  7  8  9 10 11 12       4  5  6  7  8  9 10       8  9 10 11 12 13 14
# expect: 12 13 14 15 16 17 18       9 10 11 12 13 14 15       9 10 11 12 13 14 15      13 14 15 16 17 18 19      11 12 13 14 15 16 17      15 16 17 18 19 20 21
# expect: 19 20 21 22 23 24 25      16 17 18 19 20 21 22      16 17 18 19 20 21 22      20 21 22 23 24 25 26      18 19 20 21 22 23 24      22 23 24 25 26 27 28
# expect: 26 27 28 29 30 31         23 24 25 26 27 28         23 24 25 26 27 28 29      27 28 29 30               25 26 27 28 29 30 31      29 30
# expect:                                                     30 31
# expect:
# expect:         July                     August                  September                  October                   November                  December
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:        1  2  3  4  5                      1  2          1  2  3  4  5  6                1  2  3  4                         1          1  2  3  4  5  6
# expect:  6  7  8  9 10 11 12       3  4  5  6  7  8  9       7  8  9 10 11 12 13       5  6  7  8  9 10 11       2  3  4  5  6  7  8       7  8  9 10 11 12 13
# expect: 13 14 15 16 17 18 19      10 11 12 13 14 15 16      14 15 16 17 18 19 20      12 13 14 15 16 17 18       9 10 11 12 13 14 15      14 15 16 17 18 19 20
# expect: 20 21 22 23 24 25 26      17 18 19 20 21 22 23      21 22 23 24 25 26 27      19 20 21 22 23 24 25      16 17 18 19 20 21 22      21 22 23 24 25 26 27
# expect: 27 28 29 30 31            24 25 26 27 28 29 30      28 29 30                  26 27 28 29 30 31         23 24 25 26 27 28 29      28 29 30 31
# expect:                           31                                                                            30
