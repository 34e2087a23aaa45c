#!/usr/bin/env python3
"""Accessibility check of a built Standar site.

Usage: python3 scripts/a11y-check.py PUBLIC_DIR [--screenshots OUTDIR]

Serves PUBLIC_DIR on 127.0.0.1, opens the home page, the first OPD page and its print page (/<opd>/cetak/),
the first service page and its poster (/<opd>/<layanan>/papan.html), /layanan/, the index hub /layanan/indeks/, its
first letter page and first category page, /kepatuhan/, the first OPD's /kepatuhan/<opd>/ and 404.html in headless Chromium (Selenium), runs axe-core with the WCAG 2.0/2.1 A and AA rules and the best
practices at 360 px and 1280 px wide, light and dark, and records every request to a host other than 127.0.0.1.
On the home page it also types a search and checks the results the script renders.
Layout checks: at 360 px the service page's place and hours (.tempat-lokasi, .tempat-jam) end above the fold (800 px) and the OPD and home
pages' lists start above it; at 1280 px no select on /layanan/ is narrower than its longest option.
Without JavaScript: the home search box is hidden, and its index link leads to the first service (and the birth
certificate, by its keyword "akta kelahiran") through the hub, the letter page and its jump link.
Print checks (needs poppler-utils and zbar-tools): every service's poster prints on at most 2 A4 pages with
`chromium --headless --print-to-pdf`, and the QR code read back by `zbarimg` from the first page rendered at
150 dpi is exactly the service page's address (canonical URL; a site without base_url has no QR code).
Exits 1 if any page has a violation, an outside request or a failed layout or print check, else 0.

Needs: Debian packages chromium and chromium-driver; PyPI packages selenium and one that ships
axe.min.js (axe-playwright-python, installed with --no-deps, carries a recent axe-core;
axe-selenium-python an old one). Set AXE_JS=/path/to/axe.min.js to choose the file yourself.
"""
import argparse
import functools
import glob
import http.server
import importlib.util
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# (width, height, colour scheme): both widths, light and dark
PASSES = [(360, 800, "light"), (1280, 900, "light"), (360, 800, "dark"), (1280, 900, "dark")]
FOLD = 800
AXE_PACKAGES = ["axe_playwright_python", "axe_core_python", "axe_selenium_python"]


def find_axe():
    """Return (path, version) of the newest axe.min.js shipped by an installed package."""
    paths = []
    if os.environ.get("AXE_JS"):
        paths.append(os.environ["AXE_JS"])
    for name in AXE_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        for loc in (spec.submodule_search_locations or []) if spec else []:
            paths += glob.glob(os.path.join(loc, "**", "axe.min.js"), recursive=True)
    best = None
    for p in paths:
        if not os.path.isfile(p):
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            head = f.read(400)
        m = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", head)
        ver = tuple(int(x) for x in m.groups()) if m else (0, 0, 0)
        if os.environ.get("AXE_JS") == p:
            return p, ver
        if best is None or ver > best[1]:
            best = (p, ver)
    return best


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def pages_to_check(root):
    pages = [("Beranda", "/")]
    try:
        with open(os.path.join(root, "data", "layanan.json"), encoding="utf-8") as f:
            items = json.load(f).get("layanan") or []
    except (OSError, ValueError) as e:
        print(f"a11y: cannot read data/layanan.json: {e}", file=sys.stderr)
        items = []
    first = items[0] if items else None
    if first:
        url = "/" + str(first.get("url", "")).strip("/") + "/"
        opd = first.get("opd")
        if isinstance(opd, dict):
            opd = opd.get("url") or opd.get("id") or opd.get("slug")
        if isinstance(opd, str) and opd.strip("/") and "/" not in opd.strip("/"):
            opd_url = "/" + opd.strip("/") + "/"
        else:
            opd_url = "/" + url.strip("/").split("/")[0] + "/"
        pages += [("OPD", opd_url), ("Cetak OPD", opd_url + "cetak/"), ("Layanan", url), ("Papan", url + "papan.html")]
        if os.path.exists(os.path.join(root, opd_url.strip("/"), "maklumat", "index.html")):
            pages.append(("Maklumat", opd_url + "maklumat/"))
    else:
        print("a11y: no service in data/layanan.json; OPD and service pages not checked", file=sys.stderr)
    pages += [("Semua layanan", "/layanan/"), ("Indeks", "/layanan/indeks/")]
    # The first letter page and the first category page of the index.
    for label, folder in (("Indeks huruf", "indeks"), ("Indeks kategori", "kategori")):
        found = sorted(d for d in glob.glob(os.path.join(root, "layanan", folder, "*", "index.html")))
        if found:
            pages.append((label, "/layanan/" + folder + "/" + os.path.basename(os.path.dirname(found[0])) + "/"))
    pages.append(("Kepatuhan", "/kepatuhan/"))
    if first:
        pages.append(("Kepatuhan OPD", "/kepatuhan/" + pages[1][1].strip("/") + "/"))
    if os.path.exists(os.path.join(root, "skm", "index.html")):
        pages.append(("SKM", "/skm/"))
    if os.path.exists(os.path.join(root, "perubahan", "index.html")):
        pages.append(("Perubahan terbaru", "/perubahan/"))
    pages.append(("404", "/404.html"))
    return pages, (first or {}).get("judul", "")


def make_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--hide-scrollbars", "--force-color-profile=srgb", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--disable-default-apps", "--disable-domain-reliability", "--lang=id"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=opts)


def set_size(driver, w, h):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": w < 600})


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def requested_urls(driver):
    """Every URL the page asked for: from the performance log and the Resource Timing API."""
    urls = set()
    try:
        for entry in driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg.get("method") == "Network.requestWillBeSent":
                urls.add(msg["params"]["request"]["url"])
    except Exception:  # log type unsupported: fall back on the page's own record
        pass
    try:
        urls.update(driver.execute_script(
            "return performance.getEntriesByType('resource').map(function(e){return e.name})") or [])
    except Exception:
        pass
    return urls


def outside(urls):
    bad = []
    for u in sorted(urls):
        p = urllib.parse.urlsplit(u)
        if p.scheme in ("data", "blob", "about", "chrome", "devtools", "javascript", ""):
            continue
        if p.hostname not in ("127.0.0.1",):
            bad.append(u)
    return bad


def run_axe(driver, axe_src):
    driver.execute_script(axe_src + "\n;window.__axe_ok = typeof axe !== 'undefined';")
    driver.set_script_timeout(60)
    res = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(function (r) { done({violations: r.violations}); })"
        ".catch(function (e) { done({error: String(e)}); });", TAGS)
    if res.get("error"):
        raise RuntimeError("axe.run failed: " + res["error"])
    return res["violations"]


def wait_loaded(driver, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        if driver.execute_script("return document.readyState") == "complete":
            return
        time.sleep(0.05)


def screenshot(driver, path, w, h):
    set_size(driver, w, h)
    time.sleep(0.2)
    full = driver.execute_script(
        "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)")
    set_size(driver, w, max(h, min(int(full or h), 12000)))
    time.sleep(0.3)
    driver.save_screenshot(path)
    set_size(driver, w, h)


def report(label, violations, seen):
    count = 0
    for v in violations:
        key = (v["id"], tuple(tuple(n.get("target", [])) for n in v.get("nodes", [])[:3]))
        if key in seen:
            continue
        seen.add(key)
        count += 1
        print(f"  [{label}] {v['id']} ({v.get('impact') or '-'}): {v.get('help')}")
        for n in v.get("nodes", [])[:3]:
            print(f"      {' '.join(str(t) for t in n.get('target', []))}")
        if len(v.get("nodes", [])) > 3:
            print(f"      ... and {len(v['nodes']) - 3} more")
    return count


def check_search(driver, base, query, axe_src, seen):
    """Type a query on the home page and check the results cari.js renders (if the page uses it)."""
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.CSS_SELECTOR, "form.cari input[name=q]")
    scripts = driver.find_elements(By.CSS_SELECTOR, "script[src]")
    if not found or not scripts:
        return 0, "no search script on this page"
    box = found[0]
    box.click()
    box.send_keys(query)
    end = time.time() + 5
    text = ""
    while time.time() < end:
        text = driver.execute_script(
            "var h = document.getElementById('hasil-cari'); return h ? h.textContent : ''") or ""
        if text.strip():
            break
        time.sleep(0.1)
    if not text.strip():
        print(f"  [search] no result sentence in #hasil-cari after typing {query!r}")
        return 1, ""
    return report("search", run_axe(driver, axe_src), seen), text.strip()


# (page name, selector, edge): at 360 px the element's edge must be above the fold
ABOVE_FOLD = {
    "Layanan": [(".tempat-lokasi", "bottom"), (".tempat-jam", "bottom")],
    "OPD": [(".daftar-baris", "top")],
    "Beranda": [(".daftar-opd", "top")],
}


def check_layout(driver, name, width):
    problems = 0
    if width == 360:
        for sel, edge in ABOVE_FOLD.get(name, []):
            y = driver.execute_script(
                "var e = document.querySelector(arguments[0]); if (!e) return null;"
                "var r = e.getBoundingClientRect(); return r[arguments[1]] + window.scrollY;", sel, edge)
            if y is None:
                print(f"  [layout] {sel} missing")
                problems += 1
            elif y > FOLD:
                print(f"  [layout] {sel} {edge} at {int(y)} px, below the fold ({FOLD} px) at 360 px")
                problems += 1
            else:
                print(f"  layout: {sel} {edge} at {int(y)} px")
    if width == 1280:
        cut = driver.execute_script(
            "var c = document.createElement('canvas').getContext('2d'), out = [];"
            "document.querySelectorAll('select').forEach(function (s) {"
            "  var st = getComputedStyle(s); c.font = st.fontWeight + ' ' + st.fontSize + ' ' + st.fontFamily;"
            "  var need = 0; for (var i = 0; i < s.options.length; i++) need = Math.max(need, c.measureText(s.options[i].text).width);"
            "  var room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 24;"
            "  if (s.offsetParent && need > room) out.push((s.id || s.name) + ': ' + Math.round(need) + ' > ' + Math.round(room));"
            "}); return out;")
        for c in cut or []:
            print(f"  [layout] select truncated at 1280 px: {c}")
            problems += 1
    return problems


def index_key(text):
    """The text an index entry is filed under, as ServiceIndex.sortKey: folded, lowercase, leading punctuation off."""
    import unicodedata
    folded = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    trimmed = folded.lstrip("".join(c for c in set(folded) if not (c.isascii() and c.isalnum())))
    return trimmed or folded


def letter_slug(key):
    """The letter page of an index key: a-z, 0-9 or lain."""
    first = key[:1]
    if "a" <= first <= "z":
        return first
    return "0-9" if first.isdigit() and first.isascii() else "lain"


def check_without_js(driver, base, root):
    from selenium.webdriver.common.by import By

    with open(os.path.join(root, "data", "layanan.json"), encoding="utf-8") as f:
        items = json.load(f).get("layanan") or []
    if not items:
        return 0
    # The first service by its first keyword, and the birth certificate the issue asks about when the site has it.
    targets = [(items[0], (items[0].get("kata_kunci") or [items[0].get("judul", "")])[0])]
    targets += [(i, "akta kelahiran") for i in items if "akta kelahiran" in (i.get("kata_kunci") or [])][:1]
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    failed = 0
    try:
        for target, term in targets:
            driver.get(base + "/")
            wait_loaded(driver)
            if driver.find_elements(By.CSS_SELECTOR, "form.cari input[name=q]")[0].is_displayed():
                print("  [no-js] the home search box is shown although it cannot work without JavaScript")
                return 1
            driver.find_element(By.PARTIAL_LINK_TEXT, "indeks").click()
            wait_loaded(driver)
            # The hub links each letter to its page; there, a jump link leads to the term's start ("Ak"), then
            # "Berikutnya" pages on until the term shows.
            key = index_key(term)
            steps = ["index"]
            letters = driver.find_elements(By.CSS_SELECTOR, "#huruf-" + letter_slug(key) + " a")
            if letters:
                letters[0].click()
                wait_loaded(driver)
                steps.append("letter " + letter_slug(key))
                # The last (longest) start the term begins with: "ak", or "surat k" where "su" is split.
                jumps = [a for a in driver.find_elements(By.CSS_SELECTOR, "nav.awalan a") if key.startswith(a.text.lower())]
                if jumps:
                    steps.append(jumps[-1].text)
                    jumps[-1].click()
                    wait_loaded(driver)
                for _ in range(200):
                    found = [li for li in driver.find_elements(By.CSS_SELECTOR, ".indeks-daftar li")
                             if li.text.lower().startswith(term.lower())]
                    if found:
                        found[0].find_element(By.TAG_NAME, "a").click()
                        wait_loaded(driver)
                        break
                    following = driver.find_elements(By.CSS_SELECTOR, ".halaman-nav a[rel=next]")
                    if not following:
                        break
                    following[0].click()
                    wait_loaded(driver)
                    steps.append("next")
            got = urllib.parse.urlsplit(driver.current_url).path
            want = "/" + str(target.get("url", "")).strip("/") + "/"
            print(f"no-js: home -> {' -> '.join(steps)} -> {term!r} -> {got}" + ("" if got == want else f"  FAILED (want {want})"))
            failed += 0 if got == want else 1
        return failed
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def check_print(root, base, services):
    """Each poster: at most 2 A4 pages, and a QR code that reads back as the service page's address."""
    import shutil
    import subprocess
    import tempfile

    tools = [shutil.which(t) for t in ("pdfinfo", "pdftoppm", "zbarimg")]
    if not all(tools):
        print("print: pdfinfo, pdftoppm or zbarimg missing (apt-get install poppler-utils zbar-tools)")
        return 1
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for item in services:
            path = "/" + str(item.get("url", "")).strip("/") + "/"
            pdf = os.path.join(tmp, "papan.pdf")
            subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={pdf}", base + path + "papan.html"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            m = re.search(r"^Pages:\s+(\d+)", info, re.M)
            pages = int(m.group(1)) if m else 0
            size = re.search(r"^Page size:\s+(.*)$", info, re.M)
            with open(os.path.join(root, path.strip("/"), "index.html"), encoding="utf-8") as f:
                canon = re.search(r'<link rel="canonical" href="([^"]+)"', f.read())
            want = canon.group(1).replace("&amp;", "&") if canon else None
            subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, os.path.join(tmp, "p")],
                           capture_output=True)
            pngs = sorted(glob.glob(os.path.join(tmp, "p*.png")))
            read = ""
            if pngs:
                read = subprocess.run(["zbarimg", "-q", "--raw", pngs[0]], capture_output=True, text=True).stdout.strip()
                for p in pngs:
                    os.remove(p)
            ok = 1 <= pages <= 2 and (read == want if want else read == "")
            print(f"print {path}papan.html: {pages} page(s) ({size.group(1).strip() if size else '?'}), QR {read!r}"
                  + ("" if ok else f"  FAILED (want <= 2 pages and QR {want!r})"))
            failed += 0 if ok else 1
    return failed


def main():
    ap = argparse.ArgumentParser(description="axe-core and outside-request check of a built Standar site")
    ap.add_argument("public_dir")
    ap.add_argument("--screenshots", metavar="OUTDIR")
    args = ap.parse_args()

    root = os.path.abspath(args.public_dir)
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(f"a11y: {root} has no index.html", file=sys.stderr)
        return 2
    axe = find_axe()
    if not axe:
        print("a11y: axe.min.js not found; pip install --no-deps axe-playwright-python", file=sys.stderr)
        return 2
    with open(axe[0], encoding="utf-8") as f:
        axe_src = f.read()
    print(f"a11y: axe-core {'.'.join(map(str, axe[1]))} from {axe[0]}")
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)

    server = serve(root)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages, first_title = pages_to_check(root)
    driver = make_driver()
    passed = failed = 0
    try:
        for name, path in pages:
            url = base + path
            print(f"{name}: {path}")
            problems = 0
            try:
                with urllib.request.urlopen(url, timeout=10) as r:
                    status = r.status
            except urllib.error.HTTPError as e:
                status = e.code
            except OSError as e:
                status = str(e)
            if status != 200:
                print(f"  HTTP {status}")
                failed += 1
                continue
            for kind in ("performance", "browser"):  # drain what the previous page left
                try:
                    driver.get_log(kind)
                except Exception:
                    pass
            seen = set()
            all_urls = set()
            for w, h, scheme in PASSES:
                label = f"{w}px" + ("" if scheme == "light" else f" {scheme}")
                set_scheme(driver, scheme)
                set_size(driver, w, h)
                driver.get(url)
                wait_loaded(driver)
                time.sleep(0.3)
                problems += report(label, run_axe(driver, axe_src), seen)
                if scheme == "light":
                    problems += check_layout(driver, name, w)
                all_urls |= requested_urls(driver)
                if args.screenshots:
                    slug = path.strip("/").replace("/", "_") or "beranda"
                    suffix = "" if scheme == "light" else "-" + scheme
                    screenshot(driver, os.path.join(args.screenshots, f"{slug}-{w}{suffix}.png"), w, h)
            set_scheme(driver, "light")
            if path == "/":
                word = (first_title.split() or ["layanan"])[-1]
                n, text = check_search(driver, base, word, axe_src, seen)
                problems += n
                if text:
                    print(f"  search {word!r}: {text[:80]}")
                all_urls |= requested_urls(driver)
            bad = outside(all_urls)
            for u in bad:
                print(f"  outside request: {u}")
            problems += len(bad)
            try:
                for entry in driver.get_log("browser"):
                    if entry.get("level") == "SEVERE":
                        print(f"  console (warning only): {entry.get('message', '')[:200]}")
            except Exception:
                pass
            if problems:
                failed += 1
                print(f"  FAILED ({problems} problem(s))")
            else:
                passed += 1
                print("  ok")
        # Without JavaScript: home -> index hub -> letter page -> the first service, by its keyword or title.
        failed += check_without_js(driver, base, root)
        # Place and hours above the fold on every service page, not only the first.
        set_scheme(driver, "light")
        set_size(driver, 360, FOLD)
        with open(os.path.join(root, "data", "layanan.json"), encoding="utf-8") as f:
            for item in json.load(f).get("layanan") or []:
                driver.get(base + "/" + str(item.get("url", "")).strip("/") + "/")
                wait_loaded(driver)
                deepest = driver.execute_script(
                    "var y = 0; document.querySelectorAll('.tempat-lokasi, .tempat-jam').forEach(function (e) {"
                    "  y = Math.max(y, e.getBoundingClientRect().bottom + window.scrollY); }); return y;")
                if deepest > FOLD:
                    print(f"  [layout] {item.get('url')}: place and hours end at {int(deepest)} px (fold {FOLD} px)")
                    failed += 1
    finally:
        driver.quit()
        server.shutdown()
    server = serve(root)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with open(os.path.join(root, "data", "layanan.json"), encoding="utf-8") as f:
            services = json.load(f).get("layanan") or []
        print_failed = check_print(root, base, services)
    finally:
        server.shutdown()
    print(f"a11y: {passed} passed, {failed} failed; print: {len(services) - print_failed} of {len(services)} posters ok")
    return 1 if failed or print_failed else 0


if __name__ == "__main__":
    sys.exit(main())
