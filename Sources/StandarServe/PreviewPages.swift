import StandarKit
import Foundation

/// The HTML the preview adds or shows: the live-reload script, the diagnostics page shown in place of every page
/// while the content cannot be built, and a small panel listing warnings on pages of a site that builds.
enum PreviewPages {
    static let versionPath = "/__standar/versi"

    /// Polls the build version every second and reloads the page when it changes (also after a restart of
    /// `standar serve`, whose versions start with a new session id). Plain ES5, no dependency.
    static func reloadScript(version: String) -> String {
        """
        <script>
        (function () {
          var versi = "\(HTMLEscaper.attribute(version))";
          var sibuk = false;
          setInterval(function () {
            if (sibuk) { return; }
            sibuk = true;
            fetch("\(versionPath)", { cache: "no-store" })
              .then(function (r) { return r.ok ? r.text() : versi; })
              .then(function (v) { sibuk = false; if (v.trim() !== versi) { location.reload(); } })
              .catch(function () { sibuk = false; });
          }, 1000);
        })();
        </script>
        """
    }

    /// `html` with `extra` inserted before the last `</body>` (appended when there is none).
    static func inject(_ extra: String, into html: String) -> String {
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            var out = html
            out.insert(contentsOf: extra + "\n", at: range.lowerBound)
            return out
        }
        return html + "\n" + extra + "\n"
    }

    /// A collapsed panel in the corner of every page listing the warnings of the last build.
    static func warningsPanel(_ diagnostics: [Diagnostic]) -> String {
        let warnings = diagnostics.filter { $0.severity == .warning }
        guard !warnings.isEmpty else { return "" }
        var html = """
        <aside lang="id" aria-label="Peringatan pratinjau" style="position:fixed;right:0.75rem;bottom:0.75rem;z-index:2147483647;\
        max-width:min(40rem,calc(100vw - 1.5rem));max-height:70vh;overflow:auto;background:#fffbe6;color:#1f1f1f;\
        border:2px solid #8a6d00;border-radius:0.4rem;padding:0.5rem 0.75rem;font:15px/1.45 system-ui,sans-serif;\
        box-shadow:0 2px 8px rgba(0,0,0,.25)"><details><summary style="cursor:pointer;font-weight:600">\
        Pratinjau: \(warnings.count) peringatan</summary>
        <p style="margin:0.5rem 0">Peringatan tidak menghentikan pembangunan, tetapi sebaiknya diperbaiki. \
        Panel ini hanya tampil di pratinjau.</p><ul style="margin:0;padding-left:1.2rem">
        """
        for d in warnings.prefix(maxListed) {
            html += "<li style=\"margin:0.35rem 0\"><code>\(HTMLEscaper.text(location(d)))</code> "
            html += HTMLEscaper.text(d.message) + " <small>[\(HTMLEscaper.text(d.rule))]</small>"
            if let hint = d.hint { html += "<br><em>Saran:</em> " + HTMLEscaper.text(hint) }
            html += "</li>"
        }
        if warnings.count > maxListed { html += "<li>… dan \(warnings.count - maxListed) peringatan lain</li>" }
        return html + "</ul></details></aside>"
    }

    static let maxListed = 200

    /// A small banner on every page while standards with errors are left out of the preview, linking to each
    /// one's page (which shows its diagnostics).
    static func leftOutBanner(_ files: [PreviewBuild.LeftOutFile]) -> String {
        guard !files.isEmpty else { return "" }
        var html = """
        <aside lang="id" aria-label="Standar yang tidak ditampilkan" style="position:fixed;left:0.75rem;bottom:0.75rem;\
        z-index:2147483647;max-width:min(32rem,calc(100vw - 1.5rem));max-height:50vh;overflow:auto;background:#fdecea;\
        color:#1f1f1f;border:2px solid #b00020;border-radius:0.4rem;padding:0.5rem 0.75rem;\
        font:15px/1.45 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25)"><details><summary \
        style="cursor:pointer;font-weight:600">Pratinjau: \(files.count) standar bergalat tidak ditampilkan</summary>
        <p style="margin:0.5rem 0">Halaman lain tetap tampil. Buka halaman standarnya untuk melihat galat dan \
        sarannya.</p><ul style="margin:0;padding-left:1.2rem">
        """
        for f in files.prefix(maxListed) {
            html += "<li><a style=\"color:#0b3d91\" href=\"/\(HTMLEscaper.attribute(f.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""))\"><code>\(HTMLEscaper.text(f.file))</code></a></li>"
        }
        if files.count > maxListed { html += "<li>… dan \(files.count - maxListed) lainnya</li>" }
        return html + "</ul></details></aside>"
    }

    static func location(_ d: Diagnostic) -> String {
        "\(d.file):\(d.line):\(d.column)"
    }

    /// The page shown instead of every page while the last build failed; with `only`, the page of one standard
    /// left out of the preview, listing that file's problems.
    static func diagnosticsPage(_ outcome: PreviewBuild, root: String, version: String,
                                only: PreviewBuild.LeftOutFile? = nil) -> String {
        let shown = only.map { file in outcome.diagnostics.filter { $0.file == file.file } } ?? outcome.diagnostics
        let errors = shown.filter { $0.severity == .error }
        let warnings = shown.filter { $0.severity == .warning }
        var html = """
        <!doctype html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Pratinjau: isi perlu diperbaiki</title>
        <style>
        body { margin: 0; background: #f6f6f6; color: #1f1f1f; font: 17px/1.5 system-ui, sans-serif; }
        main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.6rem; margin: 0 0 0.5rem; color: #8b0000; }
        summary { cursor: pointer; font-weight: 700; font-size: 1.2rem; margin: 1rem 0; }
        ol { padding: 0; list-style: none; }
        li { background: #fff; border: 1px solid #ccc; border-left: 6px solid #b00020; border-radius: 0.3rem;
             padding: 0.75rem 1rem; margin: 0 0 1rem; }
        li.peringatan { border-left-color: #8a6d00; }
        .tempat { margin: 0; font-size: 0.95rem; }
        .tempat code { font-weight: 700; overflow-wrap: anywhere; }
        .tingkat { display: inline-block; padding: 0 0.4rem; border-radius: 0.2rem; background: #b00020; color: #fff;
                   font-size: 0.85rem; text-transform: uppercase; }
        .peringatan .tingkat { background: #6b5400; }
        .aturan { color: #555; font-size: 0.9rem; }
        .pesan { margin: 0.35rem 0; font-size: 1.1rem; }
        .saran { margin: 0.35rem 0 0; }
        pre { margin: 0.5rem 0; padding: 0.4rem 0.6rem; background: #f0f0f0; border-radius: 0.2rem; overflow-x: auto;
              font-size: 0.95rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        pre span { color: #555; user-select: none; }
        @media (prefers-color-scheme: dark) {
          body { background: #161616; color: #eee; } li { background: #222; border-color: #444; }
          h1 { color: #ff8a80; } pre { background: #2c2c2c; } .aturan, pre span { color: #bbb; }
        }
        </style>
        </head>
        <body>
        <main>
        <h1>\(only == nil ? "Isi belum bisa dibangun" : "Standar ini belum bisa ditampilkan")</h1>

        """
        if let only {
            html += "<p>Berkas <code>\(HTMLEscaper.text(only.file))</code> memuat galat, sehingga halamannya tidak "
            html += "dibangun. Halaman lain pratinjau tetap tampil; <a href=\"/\">kembali ke beranda</a>.</p>\n"
        } else {
            html += "<p>" + HTMLEscaper.text(outcome.headline) + "</p>\n"
        }
        html += "<p>Perbaiki berkas yang disebut di bawah ini lalu simpan. Halaman ini dimuat ulang sendiri "
        html += "begitu perbaikannya selesai dibangun.</p>\n"
        if errors.contains(where: { $0.rule == FrontMatterRule.description.id }) {
            // While a front matter cannot be read, nor can its draft: true, so a draft's gaps count as errors too.
            html += "<p><strong>Mulailah dari galat [front-matter].</strong> Selama bagian atas berkas (di antara "
            html += "kedua baris ---) tidak terbaca, kolom seperti draft: true juga tidak terbaca, sehingga masalah "
            html += "lain di berkas yang sama bisa ikut muncul dan hilang sendiri setelah bagian atas itu diperbaiki. "
            html += "Tanda kutip yang belum ditutup bisa membuat baris yang ditunjuk berada di bawah baris yang "
            html += "sebenarnya salah.</p>\n"
        }
        if !errors.isEmpty {
            html += "<h2>Galat (\(errors.count))</h2>\n<ol>\n"
            html += items(errors, root: root)
            html += "</ol>\n"
        }
        if !warnings.isEmpty {
            // Errors are what stop the build: the warnings wait, folded, below them.
            html += errors.isEmpty ? "<h2>Peringatan (\(warnings.count))</h2>\n" : "<details>\n<summary>Peringatan (\(warnings.count))</summary>\n"
            html += "<ol>\n" + items(warnings, root: root) + "</ol>\n"
            if !errors.isEmpty { html += "</details>\n" }
        }
        html += "<p>Penjelasan setiap jenis masalah dan cara memperbaikinya ada di panduan penulisan "
        html += "(<code>docs/panduan-penulisan.md</code>). Pratinjau tetap berjalan selama Anda memperbaiki.</p>\n"
        html += "</main>\n" + reloadScript(version: version) + "\n</body>\n</html>\n"
        return html
    }

    static func items(_ diagnostics: [Diagnostic], root: String) -> String {
        var html = ""
        var sources: [String: [Substring]] = [:]
        for d in diagnostics.prefix(maxListed) {
            let isError = d.severity == .error
            html += "<li class=\"\(isError ? "galat" : "peringatan")\">\n"
            html += "<p class=\"tempat\"><code>\(HTMLEscaper.text(location(d)))</code> "
            html += "<span class=\"tingkat\">\(isError ? "galat" : "peringatan")</span> "
            html += "<span class=\"aturan\">[\(HTMLEscaper.text(d.rule))]</span></p>\n"
            html += "<p class=\"pesan\">\(HTMLEscaper.text(d.message))</p>\n"
            if sources[d.file] == nil { sources[d.file] = sourceLines(root: root, file: d.file) }
            if let lines = sources[d.file], d.line >= 1, d.line <= lines.count {
                let text = String(lines[d.line - 1].prefix(300))
                if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    html += "<pre><span>\(d.line) │ </span>\(HTMLEscaper.text(text))</pre>\n"
                }
            }
            if let hint = d.hint {
                html += "<p class=\"saran\"><strong>Saran:</strong> \(HTMLEscaper.text(hint))</p>\n"
            }
            html += "</li>\n"
        }
        if diagnostics.count > maxListed {
            html += "<li>… dan \(diagnostics.count - maxListed) lainnya; jalankan <code>standar check</code> untuk daftar lengkap.</li>\n"
        }
        return html
    }

    /// The lines of a content or theme file, for the snippet under each diagnostic; empty when unreadable, and
    /// empty for anything whose real path (links resolved) is not a regular file inside the site's own `content/`
    /// or `themes/` folder: a link that leads out (to a secret file, a device, a FIFO) shows no line of its target.
    static func sourceLines(root: String, file: String) -> [Substring] {
        guard let real = containedFile(root: root, file: file) else { return [] }
        guard case .bytes(let bytes) = FileSystem.read(real, limit: 512 * 1024),
              !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else { return [] }
        return text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The real path of `file` (relative to the site) when it is a regular file inside `content/` or `themes/`.
    static func containedFile(root: String, file: String) -> String? {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let top = parts.first, top == "content" || top == "themes",
              !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
              !file.utf8.contains(0) else { return nil }
        guard let folder = FileSystem.realPath(root + "/" + top),
              let real = FileSystem.realPath(root + "/" + file),
              real.hasPrefix(folder + "/"),
              FileSystem.kind(atPath: real) == .file else { return nil }
        return real
    }
}
