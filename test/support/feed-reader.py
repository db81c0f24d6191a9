"""What a feed reader's sanitizer keeps of HTML: Python's feedparser.

Reads a JSON list of RSS 2.0 documents on stdin, parses each with feedparser
(its HTML sanitizer on, as it is by default) and writes a JSON list on stdout:
for each feed, entries[0].content[0].value, the item's HTML as feedparser
hands it to a reader. Used by test/node/rss-conformance.test.mjs.

feedparser comes from Debian (python3-feedparser), so run this with the
system Python: /usr/bin/python3 test/support/feed-reader.py.
"""

import json
import sys

INSTALL = 'apt-get install -y --no-install-recommends python3-feedparser'

try:
    import feedparser
except ImportError:
    print(f'feedparser is missing: {INSTALL}', file=sys.stderr)
    sys.exit(3)


def content_of(feed_xml: str) -> dict:
    parsed = feedparser.parse(feed_xml)
    if parsed.bozo:
        return {'error': f'not a well-formed feed: {parsed.bozo_exception}'}
    if not parsed.entries or not parsed.entries[0].get('content'):
        return {'error': 'the feed has no item with content:encoded'}
    content = parsed.entries[0].content[0]
    return {'type': content.type, 'value': content.value, 'version': parsed.version}


json.dump(
    {'feedparser': feedparser.__version__, 'results': [content_of(feed) for feed in json.load(sys.stdin)]},
    sys.stdout,
    ensure_ascii=False,
)
