import Foundation

/// The nine elements (unsur) of the community satisfaction survey (SKM), PermenPAN-RB 14/2017.
public enum SKMElement {
    public static let count = 9
    /// "U1" … "U9".
    public static func code(_ i: Int) -> String { "U\(i + 1)" }
    public static let names = [
        "Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
        "Sarana dan prasarana", "Penanganan pengaduan, saran dan masukan",
    ]
    /// The index of "U3" or "u3", nil for anything else.
    public static func index(of code: String) -> Int? {
        let t = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard t.count == 2, t.first == "U", let n = Int(t.dropFirst()), (1...count).contains(n) else { return nil }
        return n - 1
    }
}

/// The quality band (mutu pelayanan) of an IKM or of one element's converted NRR.
public enum SKMBand: String, Sendable, Codable, CaseIterable {
    case a = "A", b = "B", c = "C", d = "D"

    /// "Sangat Baik" …, the regulation's words for the unit's performance.
    public var label: String {
        switch self {
        case .a: "Sangat Baik"
        case .b: "Baik"
        case .c: "Kurang Baik"
        case .d: "Tidak Baik"
        }
    }

    /// The band of a converted value in hundredths (8831 = 88,31): A 88,31–100, B 76,61–88,30,
    /// C 65,00–76,60, D 25,00–64,99. Classifying the value rounded to two decimals leaves no gap between bands.
    public static func of(hundredths v: Int) -> SKMBand {
        if v >= 8831 { return .a }
        if v >= 7661 { return .b }
        if v >= 6500 { return .c }
        return .d
    }

    /// Elements in these bands are low: they need a recorded follow-up.
    public var isLow: Bool { self == .c || self == .d }
}

/// One follow-up action (tindak lanjut) on one element of a survey.
public struct SKMFollowUp: Sendable, Equatable {
    /// 0-based element index.
    public var element: Int
    public var action: String
    public var date: SimpleDate
    public var line: Int
}

/// One survey period of one OPD: the answers' totals and what Standar computes from them, exactly as
/// PermenPAN-RB 14/2017 does: NRR per element = total / respondents; weighted NRR = NRR × 1/9;
/// IKM = Σ weighted NRR × 25 (= mean NRR × 25). The weight is exactly 1/9, not the rounded 0,111 (with
/// 0,111 a unit where every answer is 4 would score 99,90, not the regulation's maximum of 100). Nothing is
/// rounded before the end: the IKM and each converted NRR are computed with integers and rounded once, half
/// up, to two decimals; the band is read from that rounded value.
public struct SKMSurvey: Sendable, Equatable {
    public var opd: String
    /// The answers file (site-relative).
    public var file: String
    public var period: SKMPeriod
    public var respondents: Int
    /// The sum of the scores of each element (9 values).
    public var totals: [Int]
    public var followUps: [SKMFollowUp] = []
    /// The follow-up file, when there is one.
    public var followUpFile: String?

    public init(opd: String, file: String, period: SKMPeriod, respondents: Int, totals: [Int]) {
        self.opd = opd
        self.file = file
        self.period = period
        self.respondents = respondents
        self.totals = totals
    }

    /// `numerator / denominator`, rounded half up to an integer (both positive).
    static func roundedDivision(_ numerator: Int, _ denominator: Int) -> Int {
        guard denominator > 0 else { return 0 }
        return (2 * numerator + denominator) / (2 * denominator)
    }

    /// NRR of element `i` (mean score, 1–4).
    public func nrr(_ i: Int) -> Double {
        respondents > 0 ? Double(totals[i]) / Double(respondents) : 0
    }

    /// NRR of element `i` × 100, rounded (345 = 3,45).
    public func nrrHundredths(_ i: Int) -> Int { Self.roundedDivision(totals[i] * 100, respondents) }

    /// Weighted NRR of element `i` (NRR × 1/9) × 10 000, rounded (3833 = 0,3833).
    public func weightedTenThousandths(_ i: Int) -> Int { Self.roundedDivision(totals[i] * 10_000, respondents * 9) }

    /// Element `i`'s NRR converted to the IKM scale (× 25), in hundredths.
    public func convertedHundredths(_ i: Int) -> Int { Self.roundedDivision(totals[i] * 2500, respondents) }

    public func band(_ i: Int) -> SKMBand { SKMBand.of(hundredths: convertedHundredths(i)) }

    /// IKM × 100, rounded half up once: Σ totals × 25 / (respondents × 9).
    public var ikmHundredths: Int { Self.roundedDivision(totals.reduce(0, +) * 2500, respondents * 9) }

    public var band: SKMBand { SKMBand.of(hundredths: ikmHundredths) }

    /// Elements in band C or D.
    public var lowElements: [Int] { totals.indices.filter { band($0).isLow } }

    /// The element(s) with the lowest NRR (ties all named).
    public var lowestElements: [Int] {
        guard let minimum = totals.min() else { return [] }
        return totals.indices.filter { totals[$0] == minimum }
    }

    /// Low elements without any follow-up.
    public var lowWithoutFollowUp: [Int] {
        lowElements.filter { e in !followUps.contains { $0.element == e } }
    }
}

/// Indonesian decimal text: 8245 hundredths -> "82,45".
enum Decimal2 {
    static func text(_ value: Int, places: Int = 2) -> String {
        var divisor = 1
        for _ in 0..<places { divisor *= 10 }
        let whole = value / divisor
        let fraction = String(value % divisor)
        return "\(whole)," + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// The same with a "." separator (data files).
    static func dot(_ value: Int, places: Int = 2) -> String {
        text(value, places: places).replacingOccurrences(of: ",", with: ".")
    }
}
