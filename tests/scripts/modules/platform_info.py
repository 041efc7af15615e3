# platform: system, machine, architecture, versions, uname (with its late processor field), platform(), libc_ver, the other systems' functions; python_implementation() names sys.implementation
# Print a system report at the start of a script
import platform, sys
print(platform.system(), platform.machine(), platform.architecture()[0])
print(platform.python_version(), platform.python_version_tuple())
print(platform.python_implementation() == {'cpython': 'CPython'}.get(sys.implementation.name, sys.implementation.name))
print(platform.node() == platform.uname().node != '', platform.release() == platform.uname().release)
print(platform.uname().system, len(platform.uname()), platform.uname()[:1])
print(platform.platform().startswith('Linux-' + platform.release() + '-' + platform.machine()))
print(platform.platform(terse=True).startswith('Linux-'), platform.system_alias(platform.system(), platform.release(), platform.version())[0])
print(platform.libc_ver()[0], platform.libc_ver() == tuple(__import__('os').confstr('CS_GNU_LIBC_VERSION').split()))
print(type(platform.freedesktop_os_release().get('ID')).__name__)
print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot(), platform.java_ver()[0])
# Branch on the operating system the way portable scripts do
import platform, os
system = platform.system()
if system == 'Windows':
    conf = os.path.join(os.environ.get('APPDATA', ''), 'app')
elif system == 'Darwin':
    conf = os.path.expanduser('~/Library/Application Support/app')
else:
    conf = os.path.join(os.environ.get('XDG_CONFIG_HOME', '/home/u/.config'), 'app')
print(system, conf.endswith('app'))
is_64 = platform.architecture()[0] == '64bit'
print('64-bit' if is_64 else '32-bit', platform.machine() in ('x86_64', 'aarch64', 'arm64', 'AMD64'))
major, minor, _ = platform.python_version_tuple()
print(int(major) >= 3 and int(minor) >= 8)
# uname fields and the cached result
import platform
u = platform.uname()
print(u._fields, u.system == u[0], u.machine == u[4], type(u.processor).__name__)
print(platform.uname() is platform.uname() or platform.uname() == u)
print(repr(u).startswith("uname_result(system='Linux'"))
print(platform.python_version().count('.'), len(platform.python_build()), platform.python_branch() == '' or True)
# Feature checks by version tuple and libc
import platform
ver = tuple(int(x) for x in platform.python_version_tuple())
print('match statement available:', ver >= (3, 10))
print('exception groups:', ver >= (3, 11))
lib, libver = platform.libc_ver()
print(lib, tuple(map(int, libver.split('.'))) >= (2, 17))
print(platform.architecture(bits='32bit')[0] in ('32bit', '64bit'))

# expect: Linux x86_64 64bit
# expect: 3.11.7 ('3', '11', '7')
# expect: True
# expect: True True
# expect: Linux 6 ('Linux',)
# expect: True
# expect: True Linux
# expect: glibc True
# expect: str
# expect: ('', ('', '', ''), '') ('', '', '', '') None False 
# expect: Linux True
# expect: 64-bit True
# expect: True
# expect: ('system', 'node', 'release', 'version', 'machine', 'processor') True True str
# expect: True
# expect: True
# expect: 2 2 True
# expect: match statement available: True
# expect: exception groups: True
# expect: glibc True
# expect: True
