# args: -h
# -h prints the help (prog is the script's name) and exits with status 0.
import argparse

parser = argparse.ArgumentParser(description="Resize images.", epilog="Example: resize a.png --width 100")
parser.add_argument("images", nargs="+", help="files to resize")
parser.add_argument("-W", "--width", type=int, required=True, help="new width in pixels")
parser.add_argument("--keep-aspect", action="store_true", help="keep the aspect ratio")
parser.add_argument("--quality", type=int, choices=range(1, 101), metavar="[1-100]", default=85)
group = parser.add_argument_group("output", "where results go")
group.add_argument("-o", "--out-dir", default=".", help="output directory")
parser.parse_args()
print("not reached")

# expect: usage: argparse_help_flag.py [-h] -W WIDTH [--keep-aspect] [--quality [1-100]]
# expect:                              [-o OUT_DIR]
# expect:                              images [images ...]
# expect:
# expect: Resize images.
# expect:
# expect: positional arguments:
# expect:   images                files to resize
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   -W WIDTH, --width WIDTH
# expect:                         new width in pixels
# expect:   --keep-aspect         keep the aspect ratio
# expect:   --quality [1-100]
# expect:
# expect: output:
# expect:   where results go
# expect:
# expect:   -o OUT_DIR, --out-dir OUT_DIR
# expect:                         output directory
# expect:
# expect: Example: resize a.png --width 100
