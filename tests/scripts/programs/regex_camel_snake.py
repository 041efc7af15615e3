# A realistic use of re, compared with CPython 3.11.
import re

def snake(name):
    s1 = re.sub('(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub('([a-z0-9])([A-Z])', r'\1_\2', s1).lower()

def camel(name):
    return re.sub(r'_+([a-z0-9])', lambda m: m.group(1).upper(), name)

def kebab(name):
    return re.sub(r'[\s_]+', '-', snake(name)).strip('-')

for n in ["CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake", "simple", "ABC", "version2Update"]:
    print(f"{n:<22} {snake(n):<26} {camel(snake(n)):<22} {kebab(n)}")
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseString').lower())
print(re.findall(r'[A-Z]?[a-z]+|[A-Z]+(?=[A-Z]|$)', 'parseXMLDocumentNow'))

# expect: CamelCase              camel_case                 camelCase              camel-case
# expect: getHTTPResponseCode    get_http_response_code     getHttpResponseCode    get-http-response-code
# expect: HTTPServer             http_server                httpServer             http-server
# expect: already_snake          already_snake              alreadySnake           already-snake
# expect: simple                 simple                     simple                 simple
# expect: ABC                    abc                        abc                    abc
# expect: version2Update         version2_update            version2Update         version2-update
# expect: camel_case_string
# expect: ['parse', 'XML', 'Document', 'Now']
