#!/usr/bin/env python3
"""tests/report/check-html.py — strict checks of a report written by
`ska report --format html`.

  python3 check-html.py REPORT.html

The report must be:
  - well-formed XML (ska writes HTML that any XML parser accepts, so an
    unclosed or misnested tag, a bare & or < is an error here), starting with
    <!DOCTYPE html> and declaring its charset;
  - self-contained: no <script>, no <link>, <img>, <iframe> or <object>, no
    src attribute, no link or url() that leaves the page;
  - made of elements from a known list (a typo in a tag name is an error);
  - consistent: ids unique, every "#id" link pointing at an id.
Prints one line ("html ok: …") and exits 0, or prints each problem and
exits 1.
"""
import re
import sys
import xml.etree.ElementTree as ET

HTML = {"html", "head", "meta", "title", "style", "body", "main", "header", "section",
        "article", "footer", "h1", "h2", "h3", "h4", "p", "ul", "li", "table", "thead",
        "tbody", "tr", "th", "td", "div", "span", "a", "code", "strong", "figure"}
SVG = {"svg", "title", "rect", "path", "circle", "text"}
FORBIDDEN = {"script", "link", "img", "iframe", "object", "embed", "base"}


def main(path):
    problems = []
    text = open(path, encoding="utf-8").read()
    if not text.startswith("<!DOCTYPE html>\n"):
        problems.append("does not start with <!DOCTYPE html>")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        print("%s: not well-formed: %s" % (path, e))
        return 1
    ids, links, elements, charts = set(), [], 0, 0
    in_svg = set()
    for parent in root.iter():
        if parent.tag == "svg":
            in_svg.update(parent.iter())
    for el in root.iter():
        elements += 1
        tag = el.tag
        allowed = SVG if el in in_svg else HTML
        if tag in FORBIDDEN:
            problems.append("<%s> is not allowed in a self-contained report" % tag)
        elif tag not in allowed:
            problems.append("unknown element <%s>" % tag)
        if tag == "svg":
            charts += 1
        if "src" in el.attrib:
            problems.append("<%s src=…> loads something from outside" % tag)
        if "id" in el.attrib:
            if el.attrib["id"] in ids:
                problems.append("id %r is used twice" % el.attrib["id"])
            ids.add(el.attrib["id"])
        if "href" in el.attrib:
            href = el.attrib["href"]
            if not href.startswith("#"):
                problems.append("link %r leaves the page" % href)
            else:
                links.append(href[1:])
        if tag == "style" and re.search(r"url\(|@import", el.text or ""):
            problems.append("the style sheet loads something from outside")
    for target in links:
        if target not in ids:
            problems.append("link to #%s, which is no id" % target)
    if root.find("head/meta[@charset]") is None:
        problems.append("no <meta charset>")
    for p in problems:
        print("%s: %s" % (path, p))
    if problems:
        return 1
    print("html ok: %d elements, %d charts, %d links" % (elements, charts, len(links)))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: check-html.py REPORT.html", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
