# The email package (CPython's own): building a multipart message with the
# modern API, flattening it, parsing it back, the legacy MIME classes,
# encoded-word headers and the address/date helpers.
from email import message_from_string, policy, utils
from email.header import Header, decode_header, make_header
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser

note = EmailMessage()
note['Subject'] = 'Café menu'
note['From'] = utils.formataddr(('Zoë Chef', 'chef@example.org'))
note['To'] = 'a@example.org, "Diner, The" <d@example.org>'
note['Date'] = utils.formatdate(0)
note.set_content('Soup of the day: lentil.\n')
note.add_attachment(b'\x00\x01\x02' * 4, maintype='application',
                    subtype='octet-stream', filename='menu.bin')
note.set_boundary('SEP')
text = note.as_string()
print(text.splitlines()[:7])
print([p.get_content_type() for p in note.walk()], note['to'].addresses[1].display_name)
back = BytesParser(policy=policy.default).parsebytes(note.as_bytes())
print(back['subject'], repr(back.get_body(('plain',)).get_content()))
part = next(back.iter_attachments())
print(part.get_filename(), part.get_content())

legacy = MIMEMultipart()
legacy['Subject'] = Header('Grüße', 'utf-8')
legacy.set_boundary('B')
legacy.attach(MIMEText('ascii body'))
legacy.attach(MIMEText('ünïcode body', 'plain', 'utf-8'))
print(legacy.as_string().splitlines())
print(decode_header('=?utf-8?q?Gr=C3=BC=C3=9Fe?= all'), str(make_header(decode_header('=?utf-8?b?w6k=?='))))
print(utils.parseaddr('"Last, First" <f@x.org>'), utils.parsedate_to_datetime('Thu, 01 Jan 1970 00:00:00 -0000'))
old = message_from_string('Subject: hi\nX-Count: 2\n\nbody\n')
print(old.keys(), old['x-count'], repr(old.get_payload()))

# expect: ['Subject: =?utf-8?q?Caf=C3=A9?= menu', 'From: =?utf-8?q?Zo=C3=AB?= Chef <chef@example.org>', 'To: a@example.org, "Diner, The" <d@example.org>', 'Date: Thu, 01 Jan 1970 00:00:00 -0000', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="SEP"', '']
# expect: ['multipart/mixed', 'text/plain', 'application/octet-stream'] Diner, The
# expect: Café menu 'Soup of the day: lentil.\n'
# expect: menu.bin b'\x00\x01\x02\x00\x01\x02\x00\x01\x02\x00\x01\x02'
# expect: ['Content-Type: multipart/mixed; boundary="B"', 'MIME-Version: 1.0', 'Subject: =?utf-8?b?R3LDvMOfZQ==?=', '', '--B', 'Content-Type: text/plain; charset="us-ascii"', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: 7bit', '', 'ascii body', '--B', 'Content-Type: text/plain; charset="utf-8"', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: base64', '', 'w7xuw69jb2RlIGJvZHk=', '', '--B--']
# expect: [(b'Gr\xc3\xbc\xc3\x9fe', 'utf-8'), (b' all', None)] é
# expect: ('Last, First', 'f@x.org') 1970-01-01 00:00:00
# expect: ['Subject', 'X-Count'] 2 'body\n'
