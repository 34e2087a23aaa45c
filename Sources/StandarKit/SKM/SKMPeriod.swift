/// The period of one survey, named by its file: `2026` (a year), `2026-1` and `2026-2` (semesters),
/// `2026-t1` … `2026-t4` (triwulan, quarters).
public struct SKMPeriod: Sendable, Hashable, Comparable {
    public enum Kind: Sendable, Hashable {
        case year
        case semester(Int)
        case quarter(Int)
    }

    public var year: Int
    public var kind: Kind

    public init?(_ name: String) {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCII), let y = Int(first),
              y >= 1900, y <= 9999 else { return nil }
        year = y
        switch parts.count {
        case 1:
            kind = .year
        case 2:
            let p = parts[1]
            if p == "1" || p == "2", let n = Int(p) {
                kind = .semester(n)
            } else if p.count == 2, p.first == "t", let n = Int(p.dropFirst()), (1...4).contains(n) {
                kind = .quarter(n)
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    /// The file-name form: "2026", "2026-1", "2026-t3".
    public var slug: String {
        switch kind {
        case .year: "\(year)"
        case .semester(let n): "\(year)-\(n)"
        case .quarter(let n): "\(year)-t\(n)"
        }
    }

    /// "Tahun 2026", "Semester I 2026", "Triwulan III 2026".
    public var label: String {
        let roman = ["", "I", "II", "III", "IV"]
        switch kind {
        case .year: return "Tahun \(year)"
        case .semester(let n): return "Semester \(roman[n]) \(year)"
        case .quarter(let n): return "Triwulan \(roman[n]) \(year)"
        }
    }

    /// The first and last month of the period.
    var months: ClosedRange<Int> {
        switch kind {
        case .year: 1...12
        case .semester(let n): (n * 6 - 5)...(n * 6)
        case .quarter(let n): (n * 3 - 2)...(n * 3)
        }
    }

    /// The last day of the period.
    public var end: SimpleDate {
        let month = months.upperBound
        return SimpleDate(year: year, month: month, day: SimpleDate.daysIn(month: month, year: year))
            ?? SimpleDate(dayNumber: 0)
    }

    public static func < (a: SKMPeriod, b: SKMPeriod) -> Bool {
        if a.end != b.end { return a.end < b.end }
        return a.months.count > b.months.count
    }
}
