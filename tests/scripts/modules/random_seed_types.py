# Seeds of every supported type: str and bytes are hashed with SHA-512 (version 2).
import random

for seed in ("hello", "", "héllo wörld", b"bytes", b"", 1.5, -2.25, True, False, 0, None):
    random.seed(seed)
    value = random.random()
    print(repr(seed), value if seed is not None else 0 <= value < 1)
random.seed("a" * 200)
print(random.randint(1, 10**9))

# expect: 'hello' 0.3537754404730722
# expect: '' 0.9602256525641875
# expect: 'héllo wörld' 0.07829104647591212
# expect: b'bytes' 0.37075677971469856
# expect: b'' 0.9602256525641875
# expect: 1.5 0.551763726942059
# expect: -2.25 0.9236205677220981
# expect: True 0.13436424411240122
# expect: False 0.8444218515250481
# expect: 0 0.8444218515250481
# expect: None True
# expect: 78165043
