#!/usr/bin/env python3
"""Differential fuzzing of xml.etree.ElementTree / xml.parsers.expat: random
mutations of small documents (inserted markup characters, deleted or cut
text), parsed whole and fed in random chunks to XMLPullParser, under coil
and python3; prints the cases whose results (tree, events, ParseError
message and position) differ.

  python3 tests/fuzz/xml_difftest.py [--coil build/coil] [--seeds 1-5] [--cases 300] [--doctype]

Not part of `make test` (a search for bugs, not a regression test). Known
differences: error positions inside malformed DOCTYPE declarations (coil
reads the DTD loosely); such cases are left out unless --doctype is given.
"""
import argparse
import subprocess
import sys

PROGRAM = r'''
import random, sys
import xml.etree.ElementTree as ET
rnd = random.Random(SEED)
BASES = ['<?xml version="1.0"?>\n<root a="1" b=\'two\'>\n  <child>text &amp; more\r\n</child>\n  <e/><!-- c --><?pi x?>\n  <![CDATA[<cd>]]>tail\n</root>\n',
         '<a xmlns="urn:a" xmlns:p="urn:p"><p:b p:x="&lt;"/>&#65;&#x42;<c>x]y]]z</c></a>',
         '<!DOCTYPE d [<!ENTITY e "ent">]><d>&e;<f g="h"/>\u00e9\u65e5</d>']
PIECES = ['<', '>', '&', ';', '"', "'", '/', '=', ' ', '\n', '!', '?', '-', ']]>', '<!--', '-->', '&amp;', '&#',
          'x', ':', '\u00e9', '\t', '\r', '<![CDATA[', '</', '/>', '<?', '?>']
for n in range(CASES):
    doc = rnd.choice(BASES)
    for _ in range(rnd.randint(0, 3)):
        pos = rnd.randint(0, len(doc))
        r = rnd.random()
        if r < 0.45:
            doc = doc[:pos] + rnd.choice(PIECES) + doc[pos:]
        elif r < 0.9:
            doc = doc[:pos] + doc[pos + rnd.randint(1, 3):]
        else:
            doc = doc[:pos]
    if 'DOCTYPE' in doc and not DOCTYPE:
        continue
    try:
        out = 'ok ' + ET.tostring(ET.fromstring(doc), encoding='unicode')
    except ET.ParseError as e:
        out = 'err %s %s %s' % (e, e.code, e.position)
    data = doc.encode('utf-8') if rnd.random() < 0.5 else doc
    size = rnd.randint(1, 9)
    pp = ET.XMLPullParser(['start', 'end', 'start-ns', 'end-ns'])
    events = []
    try:
        for i in range(0, len(data), size):
            pp.feed(data[i:i + size])
            events.extend(ev + ':' + str(getattr(el, 'tag', el)) for ev, el in pp.read_events())
        pp.close()
        events.extend(ev + ':' + str(getattr(el, 'tag', el)) for ev, el in pp.read_events())
    except ET.ParseError as e:
        events.append('err %s' % e)
    print(n, repr(doc), repr(out), size, ' '.join(events))
'''


def run(cmd, seed, cases, doctype):
    src = PROGRAM.replace('SEED', str(seed)).replace('CASES', str(cases)).replace('DOCTYPE', str(doctype))
    return subprocess.run(cmd + ['-c', src], capture_output=True, text=True).stdout.splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--coil', default='build/coil')
    ap.add_argument('--seeds', default='1-5')
    ap.add_argument('--cases', type=int, default=300)
    ap.add_argument('--doctype', action='store_true')
    args = ap.parse_args()
    lo, _, hi = args.seeds.partition('-')
    differ = total = 0
    for seed in range(int(lo), int(hi or lo) + 1):
        want = run(['python3'], seed, args.cases, args.doctype)
        got = run([args.coil], seed, args.cases, args.doctype)
        total += len(want)
        for k in range(max(len(want), len(got))):
            w = want[k] if k < len(want) else '<missing>'
            g = got[k] if k < len(got) else '<missing>'
            if w != g:
                differ += 1
                print('seed %d\n  python3: %s\n  coil:    %s' % (seed, w, g))
    print('xml_difftest: %d cases, %d differ' % (total, differ))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
