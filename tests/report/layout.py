#!/usr/bin/env python3
"""tests/report/layout.py — checks an HTML report as a browser lays it out.

  python3 layout.py REPORT.html WIDTH [SHOT_DIR]

Loads a test copy of the report in headless Chromium with a window WIDTH
px wide. An inline script appended to the copy (the report itself has
none) measures the laid-out page and writes what it found into the DOM,
which --dump-dom prints:
  - the page is no wider than the window (nothing runs off to the side);
  - every table cell is displayed (a heading hidden on a phone only where
    each cell but a row's first repeats it), and none is clipped (its content wider
    than its box) or out of view (outside the window, or scrolled away in
    a scrolling box);
  - in every chart, each text is at least 10 px high as drawn, and no two
    texts' boxes overlap, nor a text and a data point's marker.
With SHOT_DIR, also writes a screenshot of the whole page there
(NAME-WIDTH.png) and an A4 PDF (NAME.pdf) printed with the report's print
stylesheet, for a person to look at.
Prints "layout ok at WIDTH px" and exits 0, or lists the problems, exit 1;
exits 77 when chromium is not installed.
"""
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

PROBE = r"""<script>
(function () {
  var bad = [], vw = document.documentElement.clientWidth;
  function name(el) { return (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50); }
  function overlap(a, b) {
    return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
           Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  }
  if (document.documentElement.scrollWidth > vw + 1)
    bad.push('page is ' + document.documentElement.scrollWidth + ' px wide in a ' + vw + ' px window');
  var cells = document.querySelectorAll('td, th');
  for (var i = 0; i < cells.length; i++) {
    var c = cells[i], r = c.getBoundingClientRect();
    if (!c.getClientRects().length) {
      /* a heading hidden on a phone is fine when each cell repeats it */
      if (c.tagName !== 'TH') bad.push('hidden cell: ' + name(c));
      continue;
    }
    var th = c.closest('table').querySelector('th');
    if (c.tagName === 'TD' && th && !th.getClientRects().length && c.previousElementSibling &&
        !c.hasAttribute('data-label'))
      bad.push('cell without its heading: ' + name(c));
    if (c.scrollWidth > c.clientWidth + 1) bad.push('clipped cell: ' + name(c));
    if (r.left < -0.5 || r.right > vw + 0.5) bad.push('cell out of the window: ' + name(c));
    for (var p = c.parentElement; p; p = p.parentElement) {
      var s = getComputedStyle(p).overflowX;
      if (s === 'visible') continue;
      var q = p.getBoundingClientRect();
      if (r.left < q.left - 0.5 || r.right > q.right + 0.5) { bad.push('cell scrolled out of view: ' + name(c)); break; }
    }
  }
  var svgs = document.querySelectorAll('svg'), ntext = 0;
  for (var k = 0; k < svgs.length; k++) {
    var svg = svgs[k], vb = svg.viewBox.baseVal;
    var scale = svg.getBoundingClientRect().width / (vb && vb.width ? vb.width : svg.getBoundingClientRect().width);
    var texts = svg.querySelectorAll('text'), boxes = [];
    var title = svg.querySelector('title') ? svg.querySelector('title').textContent : 'chart ' + k;
    for (var i = 0; i < texts.length; i++) {
      var px = parseFloat(getComputedStyle(texts[i]).fontSize) * scale;
      if (px < 10) bad.push(title + ': text "' + name(texts[i]) + '" is ' + px.toFixed(1) + ' px');
      boxes.push(texts[i].getBoundingClientRect());
      ntext++;
    }
    for (var i = 0; i < boxes.length; i++)
      for (var j = i + 1; j < boxes.length; j++)
        if (overlap(boxes[i], boxes[j]))
          bad.push(title + ': "' + name(texts[i]) + '" overlaps "' + name(texts[j]) + '"');
    var marks = svg.querySelectorAll('.pt');
    for (var i = 0; i < boxes.length; i++)
      for (var j = 0; j < marks.length; j++)
        if (overlap(boxes[i], marks[j].getBoundingClientRect()))
          bad.push(title + ': "' + name(texts[i]) + '" covers a data point');
  }
  var out = document.createElement('pre');
  out.id = 'ska-layout';
  out.textContent = 'height ' + Math.ceil(document.documentElement.scrollHeight) + '\n' +
    'checked ' + cells.length + ' cells, ' + svgs.length + ' charts, ' + ntext + ' chart texts\n' +
    bad.join('\n');
  document.body.appendChild(out);
})();
</script>
"""


def chromium(profile, *args):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--hide-scrollbars", "--user-data-dir=" + profile] + list(args)
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          timeout=120).stdout.decode("utf-8", "replace")


def shoot(path, page, width, height, shots, tmp):
    """The screenshot and the PDF, unless those of the same page are there
    already (the suite runs each test with two builds of ska: the second
    makes the same report)."""
    os.makedirs(shots, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0]
    png = os.path.join(shots, "%s-%d.png" % (base, width))
    pdf = os.path.join(shots, base + ".pdf")
    stamp = os.path.join(shots, "%s-%d.sha256" % (base, width))
    digest = hashlib.sha256(page.encode("utf-8")).hexdigest()
    if os.path.exists(png) and os.path.exists(stamp) and open(stamp).read() == digest:
        return
    src = "file://" + os.path.abspath(path)
    chromium(os.path.join(tmp, "s"), "--window-size=%d,%d" % (width, min(height, 16000)),
             "--screenshot=" + png, src)
    chromium(os.path.join(tmp, "d"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, src)
    with open(stamp, "w") as f:
        f.write(digest)


def main(path, width, shots):
    if not shutil.which("chromium"):
        print("chromium is not installed (apt-get install chromium)")
        return 77
    page = open(path, encoding="utf-8").read()
    if "</body>" not in page:
        print("%s: no </body>" % path)
        return 1
    base = os.path.splitext(os.path.basename(path))[0]
    with tempfile.TemporaryDirectory() as tmp:
        probe = os.path.join(tmp, base + "-probe.html")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(page.replace("</body>", PROBE + "</body>"))
        dom = chromium(os.path.join(tmp, "p"), "--window-size=%d,900" % width, "--dump-dom",
                       "file://" + probe)
        m = re.search(r'<pre id="ska-layout">(.*?)</pre>', dom, re.S)
        if not m:
            print("chromium ran no probe (no result in the DOM it printed)")
            return 1
        lines = html.unescape(m.group(1)).splitlines()
        height = int(lines[0].split()[1])
        problems = lines[2:]
        if shots:
            shoot(path, page, width, height, os.path.abspath(shots), tmp)
    if problems:
        print("layout at %d px: %d problems" % (width, len(problems)))
        for p in problems[:int(os.environ.get("MAXP", "40"))]:
            print("  " + p)
        return 1
    print("layout ok at %d px" % width)
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print("usage: layout.py REPORT.html WIDTH [SHOT_DIR]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) == 4 else None))
