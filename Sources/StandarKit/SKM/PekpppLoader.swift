import Foundation

/// Reads an OPD's maklumat and SKM files. Never throws: every problem becomes a diagnostic.
///
/// SKM files live in `content/<opd>/skm/`: `<periode>.csv` holds the answers (a header row naming the columns,
/// U1…U9 required in any order and case, other columns such as umur, jenis_kelamin, pendidikan, pekerjaan,
/// layanan kept out of the computation; one row per respondent), `<periode>-tindak-lanjut.csv` the follow-up
/// (columns unsur, tindakan, tanggal; one row per action).
extension ContentScanner {
    /// The regular files of an OPD's `skm/` folder; anything else there is reported like elsewhere in content/.
    static func scanSKM(path: String, relative: String, inventory: inout ContentInventory) -> [String] {
        var files: [String] = []
        for (name, kind) in FileSystem.entries(path) ?? [] {
            let childRelative = relative + "/" + name
            if name.hasPrefix(".") {
                reportHidden(name, childRelative, kind, &inventory)
                continue
            }
            var resolved = kind
            if kind == .symlink {
                // Followed only to a file inside content/ (`path` is content/<opd>/skm).
                let content = String(path.split(separator: "/", omittingEmptySubsequences: false).dropLast(2).joined(separator: "/"))
                guard let target = FileSystem.realPath(path + "/" + name), let base = FileSystem.realPath(content),
                      target.hasPrefix(base + "/") else {
                    inventory.diagnostics.append(SymlinkRule.outsideContent(file: childRelative))
                    continue
                }
                resolved = FileSystem.resolvedKind(atPath: path + "/" + name)
            }
            switch resolved {
            case .file:
                if name.lowercased().hasSuffix(".csv") {
                    files.append(childRelative)
                } else {
                    reportIgnored(name, childRelative, &inventory)
                }
            case .directory:
                inventory.diagnostics.append(FileLocationRule.tooDeep(folder: childRelative, opdFolder: relative))
            default:
                inventory.diagnostics.append(SpecialFileRule.special(file: childRelative, name: name))
            }
        }
        return files.sorted()
    }
}

public enum PekpppLoader {
    /// Survey files larger than this are refused: 8 MiB holds some 200 000 respondents.
    public static let maxSurveyFileSize = 8 * 1024 * 1024

    /// The maklumat and surveys of one OPD, and what is wrong with them.
    static func load(_ entry: ContentInventory.OPDEntry, loader: SiteLoader) -> (OPDPekppp, [Diagnostic]) {
        var result = OPDPekppp()
        var diagnostics: [Diagnostic] = []
        if let file = entry.maklumat {
            let loaded = loader.loadFile(file, schema: Maklumat.schema, reader: FrontMatterReader.shared)
            diagnostics += loaded.diagnostics
            if loaded.readable {
                let fm = loaded.frontMatter
                let maklumat = Maklumat(file: file, penandatangan: fm["penandatangan"]?.text, jabatan: fm["jabatan"]?.text,
                                        tanggal: fm["tanggal"]?.text.flatMap(SimpleDate.init), nomor: fm["nomor"]?.text,
                                        body: loaded.markdown.blocks)
                var missing: [String] = []
                if maklumat.body.isEmpty { missing.append("teks maklumat") }
                if maklumat.penandatangan == nil { missing.append("penandatangan") }
                if maklumat.tanggal == nil, fm["tanggal"] == nil { missing.append("tanggal") }
                if !missing.isEmpty {
                    diagnostics.append(MaklumatRule.incomplete(file: file, line: fm.line, missing: missing))
                }
                result.maklumat = maklumat
            }
        } else if let index = entry.index {
            diagnostics.append(MaklumatRule.missing(file: index, folder: entry.folder))
        }

        var surveys: [String: SKMSurvey] = [:]
        var followUps: [(period: String, file: String)] = []
        for file in entry.skmFiles {
            let name = String(file.split(separator: "/").last ?? "")
            let stem = String(name.dropLast(4))
            let isFollowUp = stem.hasSuffix("-tindak-lanjut")
            let periodName = isFollowUp ? String(stem.dropLast("-tindak-lanjut".count)) : stem
            guard let period = SKMPeriod(periodName), period.slug == periodName else {
                diagnostics.append(SKMFileRule.badName(file: file, name: name))
                continue
            }
            if isFollowUp {
                followUps.append((periodName, file))
                continue
            }
            let (survey, found) = readSurvey(file: file, opd: entry.slug, period: period, root: loader.root)
            diagnostics += found
            if let survey { surveys[periodName] = survey }
        }
        for (periodName, file) in followUps {
            let (actions, found) = readFollowUps(file: file, root: loader.root)
            diagnostics += found
            if surveys[periodName] == nil {
                // A survey file with errors is reported as such; only a follow-up with no survey file is odd.
                if !entry.skmFiles.contains(entry.folder + "/skm/" + periodName + ".csv") {
                    diagnostics.append(SKMFileRule.followUpWithoutSurvey(file: file, period: periodName))
                }
                continue
            }
            surveys[periodName]?.followUps = actions
            surveys[periodName]?.followUpFile = file
        }
        result.surveys = surveys.values.sorted { $0.period < $1.period }
        for survey in result.surveys where !survey.lowWithoutFollowUp.isEmpty {
            diagnostics.append(SKMNoFollowUpRule.missing(file: survey.followUpFile ?? survey.file, period: survey.period.slug,
                                                         codes: survey.lowWithoutFollowUp.map(SKMElement.code)))
        }
        return (result, diagnostics)
    }

    /// The rows of a CSV file, or the diagnostics that stop it being read.
    static func csvRows(file: String, root: String) -> ([CSVReader.Row]?, [Diagnostic]) {
        let bytes: [UInt8]
        switch FileSystem.read(root + "/" + file, limit: maxSurveyFileSize) {
        case .bytes(let b): bytes = b
        case .tooLarge(let size): return (nil, [SKMFileRule.unreadable(file: file, reason: "berkas terlalu besar (\(size) byte)")])
        case .failed(let reason): return (nil, [SKMFileRule.unreadable(file: file, reason: reason)])
        }
        switch SourceDecoder.decodeCountingLines(bytes) {
        case .failure(let problem):
            return (nil, [SKMFileRule.notText(file: file, line: problem.line, column: problem.column, problem: problem.kind)])
        case .success(let decoded):
            let hidden = decoded.hidden.map { HiddenCharacterRule.finding($0, file: file) }
            switch CSVReader.rows(decoded.text) {
            case .failure(.unterminatedQuote(let line)):
                return (nil, hidden + [SKMFileRule.unterminatedQuote(file: file, line: line)])
            case .success(let rows):
                return (rows, hidden)
            }
        }
    }

    /// One answers file: every row checked, the totals summed. Nil when any answer is unusable.
    static func readSurvey(file: String, opd: String, period: SKMPeriod, root: String) -> (SKMSurvey?, [Diagnostic]) {
        let (read, found) = csvRows(file: file, root: root)
        var diagnostics = found
        guard let rows = read else { return (nil, diagnostics) }
        guard let header = rows.first else { return (nil, diagnostics + [SKMFileRule.noAnswers(file: file)]) }
        var columns = [Int?](repeating: nil, count: SKMElement.count)
        for (c, title) in header.cells.enumerated() {
            guard let e = SKMElement.index(of: title) else { continue }
            if columns[e] != nil {
                diagnostics.append(SKMMissingColumnRule.duplicate(file: file, code: SKMElement.code(e)))
            } else {
                columns[e] = c
            }
        }
        let missing = columns.indices.filter { columns[$0] == nil }
        if !missing.isEmpty {
            diagnostics.append(SKMMissingColumnRule.missingElements(file: file, codes: missing.map(SKMElement.code)))
            return (nil, diagnostics)
        }
        var totals = [Int](repeating: 0, count: SKMElement.count)
        var respondents = 0
        var bad = diagnostics.contains { $0.severity == .error }
        for row in rows.dropFirst() {
            if row.cells.count > header.cells.count {
                diagnostics.append(SKMFileRule.extraCells(file: file, line: row.line, count: row.cells.count, expected: header.cells.count))
                bad = true
                continue
            }
            var blanks: [String] = []
            for e in 0..<SKMElement.count {
                let c = columns[e] ?? 0
                let cell = c < row.cells.count ? row.cells[c].trimmingCharacters(in: .whitespaces) : ""
                let code = SKMElement.code(e)
                let column = c < row.columns.count ? row.columns[c] : 1
                if cell.isEmpty {
                    blanks.append(code)
                } else if let v = Int(cell), cell.allSatisfy(\.isASCII) {
                    if (1...4).contains(v) {
                        totals[e] += v
                    } else {
                        diagnostics.append(SKMAnswerRule.outOfRange(file: file, line: row.line, column: column, code: code, value: cell))
                        bad = true
                    }
                } else {
                    diagnostics.append(SKMAnswerRule.notNumber(file: file, line: row.line, column: column, code: code, value: String(cell.prefix(40))))
                    bad = true
                }
            }
            if !blanks.isEmpty {
                diagnostics.append(SKMBlankAnswerRule.blank(file: file, line: row.line, codes: blanks))
                bad = true
            }
            respondents += 1
        }
        if respondents == 0 { return (nil, diagnostics + [SKMFileRule.noAnswers(file: file)]) }
        if bad { return (nil, diagnostics) }
        if respondents < SKMRespondentsRule.minimum {
            diagnostics.append(SKMRespondentsRule.tooFew(file: file, count: respondents))
        }
        return (SKMSurvey(opd: opd, file: file, period: period, respondents: respondents, totals: totals), diagnostics)
    }

    /// One follow-up file.
    static func readFollowUps(file: String, root: String) -> ([SKMFollowUp], [Diagnostic]) {
        let (read, found) = csvRows(file: file, root: root)
        var diagnostics = found
        guard let rows = read, let header = rows.first else { return ([], diagnostics) }
        let titles = header.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let wanted = ["unsur", "tindakan", "tanggal"]
        let index = wanted.map { titles.firstIndex(of: $0) }
        let missing = zip(wanted, index).filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty { return ([], diagnostics + [SKMMissingColumnRule.missingFollowUp(file: file, columns: missing)]) }
        var actions: [SKMFollowUp] = []
        for row in rows.dropFirst() {
            func cell(_ i: Int) -> String {
                guard let c = index[i], c < row.cells.count else { return "" }
                return row.cells[c].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard let element = SKMElement.index(of: cell(0)) else {
                diagnostics.append(SKMFollowUpRule.unknownElement(file: file, line: row.line, value: cell(0)))
                continue
            }
            let action = cell(1)
            if action.isEmpty {
                diagnostics.append(SKMFollowUpRule.noAction(file: file, line: row.line))
                continue
            }
            guard let date = SimpleDate(cell(2)) else {
                diagnostics.append(SKMFollowUpRule.badDate(file: file, line: row.line, value: cell(2)))
                continue
            }
            actions.append(SKMFollowUp(element: element, action: action, date: date, line: row.line))
        }
        return (actions, diagnostics)
    }

    /// Findings that depend on the day of the check: an OPD whose latest survey ended more than a year ago.
    public static func findings(_ opds: [OPD], today: SimpleDate) -> [Diagnostic] {
        opds.compactMap { opd in
            guard let latest = opd.pekppp.latest else { return nil }
            let days = today.dayNumber - latest.period.end.dayNumber
            guard days > SKMOutdatedRule.maxDays else { return nil }
            return SKMOutdatedRule.outdated(file: latest.file, period: latest.period.label, end: latest.period.end, days: days)
        }
    }
}
