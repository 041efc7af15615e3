# The stat module's tests on os.stat() results, and filemode.
import os
import stat

st = os.stat("/")
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISLNK(os.lstat("/").st_mode))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777), stat.filemode(0o104755))
print(stat.S_IMODE(0o100644) == 0o644, stat.S_IFMT(0o100644) == stat.S_IFREG, stat.ST_SIZE)

# expect: True False False
# expect: -rw-r--r-- drwxr-xr-x lrwxrwxrwx -rwsr-xr-x
# expect: True True 6
