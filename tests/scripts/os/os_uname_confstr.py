# os.uname() (uname_result) and os.confstr() with the CS_* names, for platform
import os
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u.machine == u[4], u.nodename == u[1], isinstance(u.release, str))
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
print(os.confstr('CS_GNU_LIBC_VERSION').split()[0], os.confstr(0) == os.confstr('CS_PATH'), 'CS_PATH' in os.confstr_names)
for bad in ['NOPE', 1.5]:
    try: os.confstr(bad)
    except Exception as e: print(type(e).__name__, e)

# expect: uname_result 5 Linux True True True
# expect: True
# expect: glibc True True
# expect: ValueError unrecognized configuration name
# expect: TypeError configuration names must be strings or integers
