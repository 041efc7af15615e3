# args: photo.png --width wide
# A bad argument: usage and "error:" on stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("images", nargs="+")
parser.add_argument("-W", "--width", type=int, required=True)
print("parsing")
parser.parse_args()
print("not reached")

# expect: parsing
# expect stderr: usage: argparse_error_exit.py [-h] -W WIDTH images [images ...]
# expect stderr: argparse_error_exit.py: error: argument -W/--width: invalid int value: 'wide'
# expect exit: 2
