# copy.copy/deepcopy of timedelta, date, datetime and time (__reduce__)
import copy
from datetime import *
for v in [timedelta(1, 2, 3), date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, 5, 6), time(1, 2, 3, 4)]:
    print(repr(copy.copy(v)), repr(copy.deepcopy(v)), v.__reduce__()[0].__name__)

# expect: datetime.timedelta(days=1, seconds=2, microseconds=3) datetime.timedelta(days=1, seconds=2, microseconds=3) timedelta
# expect: datetime.date(2020, 1, 2) datetime.date(2020, 1, 2) date
# expect: datetime.datetime(2020, 1, 2, 3, 4, 5, 6) datetime.datetime(2020, 1, 2, 3, 4, 5, 6) datetime
# expect: datetime.time(1, 2, 3, 4) datetime.time(1, 2, 3, 4) time
