# configparser: reading INI text, the mapping protocol, typed getters, basic and extended interpolation and their errors
# Read an INI configuration and query it
import configparser
text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
"""
config = configparser.ConfigParser()
config.read_string(text)
print(config.sections())
print('forge.example' in config, 'python.org' in config)
print(config['forge.example']['User'], config['DEFAULT']['Compression'])
top = config['topsecret.server.example']
print(top['ForwardX11'], top['Port'], top.getint('Port'), top.getboolean('ForwardX11'))
for key in config['forge.example']:
    print(key)
print(config.getint('topsecret.server.example', 'compressionlevel'))
print(config.get('forge.example', 'missing', fallback='none'))
print(config.has_option('forge.example', 'user'), config.options('forge.example'))
print(dict(config.items('forge.example')))
# Interpolation: basic and extended
import configparser
basic = configparser.ConfigParser()
basic.read_string("""
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
[Escape]
gain: 80%%
""")
print(basic['Paths']['my_pictures'], basic['Escape']['gain'])
print(basic.get('Paths', 'my_dir', raw=True))
print(basic.get('Paths', 'my_dir', vars={'home_dir': '/tmp'}))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/
[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
""")
for k, v in ext['Arthur'].items():
    print(k, '=', v)
bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(b)s\nc = %(c)s\nd = 100%\n")
for opt in ('a', 'c', 'd'):
    try:
        print(bad.get('s', opt))
    except configparser.Error as e:
        print(type(e).__name__, e)
raw = configparser.RawConfigParser(); raw.read_string('[x]\ny = %(z)s\n'); print(raw.get('x', 'y'))

# expect: ['forge.example', 'topsecret.server.example']
# expect: True False
# expect: hg yes
# expect: no 50022 50022 False
# expect: user
# expect: serveraliveinterval
# expect: compression
# expect: compressionlevel
# expect: forwardx11
# expect: 9
# expect: none
# expect: True ['user', 'serveraliveinterval', 'compression', 'compressionlevel', 'forwardx11']
# expect: {'serveraliveinterval': '45', 'compression': 'yes', 'compressionlevel': '9', 'forwardx11': 'yes', 'user': 'hg'}
# expect: /Users/lumberjack/Pictures 80%
# expect: %(home_dir)s/lumberjack
# expect: /tmp/lumberjack
# expect: nickname = Two Sheds
# expect: last_name = Jackson
# expect: my_dir = /Users/twosheds
# expect: my_pictures = /Users/twosheds/Pictures
# expect: python_dir = /System/Library/Frameworks//Python/Versions/3.2
# expect: InterpolationMissingOptionError Bad value substitution: option 'a' in section 's' contains an interpolation key 'b' which is not a valid option name. Raw value: '%(b)s'
# expect: InterpolationDepthError Recursion limit exceeded in value substitution: option 'c' in section 's' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(c)s'
# expect: InterpolationSyntaxError '%' must be followed by '%' or '(', found: '%'
# expect: %(z)s
