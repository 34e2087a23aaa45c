#!/usr/bin/env python3
"""Accessibility check of a built Standar site.

Usage: python3 scripts/a11y-check.py PUBLIC_DIR [--screenshots OUTDIR]

Serves PUBLIC_DIR on 127.0.0.1, opens the home page, the first OPD page, the first service page,
/layanan/ and /kepatuhan/ in headless Chromium (Selenium), runs axe-core with the WCAG 2.0/2.1 A and AA
rules at 360 px and 1280 px wide (and at 360 px in dark mode), and records every request to a host other than 127.0.0.1.
On the home page it also types a search and checks the results the script renders.
Exits 1 if any page has a violation or an outside request, else 0.

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

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# (width, height, colour scheme): both widths in light mode, the phone width in dark mode too
PASSES = [(360, 800, "light"), (1280, 900, "light"), (360, 800, "dark")]
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
        pages += [("OPD", opd_url), ("Layanan", url)]
        if os.path.exists(os.path.join(root, opd_url.strip("/"), "maklumat", "index.html")):
            pages.append(("Maklumat", opd_url + "maklumat/"))
    else:
        print("a11y: no service in data/layanan.json; OPD and service pages not checked", file=sys.stderr)
    pages += [("Semua layanan", "/layanan/"), ("Kepatuhan", "/kepatuhan/")]
    if os.path.exists(os.path.join(root, "skm", "index.html")):
        pages.append(("SKM", "/skm/"))
    if os.path.exists(os.path.join(root, "perubahan", "index.html")):
        pages.append(("Perubahan terbaru", "/perubahan/"))
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
    finally:
        driver.quit()
        server.shutdown()
    print(f"a11y: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
