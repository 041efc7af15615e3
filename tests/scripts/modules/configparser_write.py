# configparser: writing, removing, parser options (no values, inline comments, converters, optionxform, delimiters, default_section)
# Build a configuration in code and write it out
import configparser, io
config = configparser.ConfigParser()
config['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
config['bitbucket.org'] = {}
config['bitbucket.org']['User'] = 'hg'
config['topsecret.server.com'] = {}
topsecret = config['topsecret.server.com']
topsecret['Port'] = '50022'
topsecret['ForwardX11'] = 'no'
config['DEFAULT']['ForwardX11'] = 'yes'
out = io.StringIO()
config.write(out)
print(out.getvalue())
config.remove_option('bitbucket.org', 'user')
config.remove_section('topsecret.server.com')
config.add_section('new')
config.set('new', 'key', 'value')
out = io.StringIO(); config.write(out, space_around_delimiters=False); print(out.getvalue())
# Parser options: comments, empty values, converters, custom option names
import configparser
c = configparser.ConfigParser(allow_no_value=True, inline_comment_prefixes=(';',),
                              converters={'list': lambda v: [x.strip() for x in v.split(',')]})
c.read_string("""
# a comment
[mysqld]
user = mysql ; inline
skip-external-locking
old_passwords = 1
hosts = a, b , c
multi = first
    second
    third
""")
print(c['mysqld']['user'], c['mysqld']['skip-external-locking'])
print(c.getlist('mysqld', 'hosts'), c['mysqld'].getlist('hosts'))
print(repr(c['mysqld']['multi']))
class CaseSensitive(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr
cs = CaseSensitive(); cs.read_dict({'S': {'Key': 'V', 'key': 'v'}})
print(list(cs['S']))
c2 = configparser.ConfigParser(delimiters=('=',), comment_prefixes=('#',), default_section='common')
c2.read_string('[common]\nshared = yes\n[one]\na = 1\n')
print(c2['one']['shared'], c2.default_section, list(c2['one']))
print(configparser.ConfigParser.BOOLEAN_STATES['on'])

# expect: [DEFAULT]
# expect: serveraliveinterval = 45
# expect: compression = yes
# expect: compressionlevel = 9
# expect: forwardx11 = yes
# expect:
# expect: [bitbucket.org]
# expect: user = hg
# expect:
# expect: [topsecret.server.com]
# expect: port = 50022
# expect: forwardx11 = no
# expect:
# expect:
# expect: [DEFAULT]
# expect: serveraliveinterval=45
# expect: compression=yes
# expect: compressionlevel=9
# expect: forwardx11=yes
# expect:
# expect: [bitbucket.org]
# expect:
# expect: [new]
# expect: key=value
# expect:
# expect:
# expect: mysql None
# expect: ['a', 'b', 'c'] ['a', 'b', 'c']
# expect: 'first\nsecond\nthird'
# expect: ['Key', 'key']
# expect: yes common ['a', 'shared']
# expect: True
