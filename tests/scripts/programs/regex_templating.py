# A realistic use of re, compared with CPython 3.11.
import re

TEMPLATE = """Dear {{ name | title }},
Your order #{{ order_id }} of {{ count }} item{{ count | plural }} ships on {{ date }}.
Total: {{ total | money }}  {{ missing | default:"n/a" }}
{# a comment that disappears #}Thanks, {{ shop|upper }}"""

FILTERS = {
    'title': str.title,
    'upper': str.upper,
    'plural': lambda v: '' if str(v) == '1' else 's',
    'money': lambda v: f"${float(v):,.2f}",
}

def render(template, context):
    template = re.sub(r'\{#.*?#\}', '', template, flags=re.S)
    def replace(m):
        name, filters = m.group(1), m.group(2) or ''
        value = context.get(name)
        for f in re.findall(r'\|\s*(\w+)(?::"([^"]*)")?', filters):
            fname, arg = f
            if fname == 'default':
                value = value if value is not None else arg
            else:
                value = FILTERS[fname](value)
        return str(value)
    return re.sub(r'\{\{\s*(\w+)\s*((?:\|\s*\w+(?::"[^"]*")?\s*)*)\}\}', replace, template)

print(render(TEMPLATE, {'name': 'ada lovelace', 'order_id': 1234, 'count': 3,
                        'date': '2024-05-01', 'total': 1234.5, 'shop': 'coil store'}))
print(render("{{ count }} item{{ count|plural }}", {'count': 1}))
print(re.subn(r'\$(\w+)', lambda m: m.group(1).upper(), 'x = $a + $bc'))

# expect: Dear Ada Lovelace,
# expect: Your order #1234 of 3 items ships on 2024-05-01.
# expect: Total: $1,234.50  n/a
# expect: Thanks, COIL STORE
# expect: 1 item
# expect: ('x = A + BC', 2)
