import Glibc

/// A calendar date written YYYY-MM-DD, with no time zone.
public struct SimpleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...SimpleDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }
                v = v * 10 + Int(u[i] - 0x30)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool { a.dayNumber < b.dayNumber }

    public var description: String {
        // Written digit by digit into a small string: padding through String(repeating:) and interpolation cost
        // about 3,300 instructions a date, and pages, data rows and sitemaps write 13 dates per service.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { out in
                func put(_ value: Int, width: Int, at start: Int) {
                    var v = value
                    for k in stride(from: start + width - 1, through: start, by: -1) {
                        out[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                        v /= 10
                    }
                }
                put(year, width: 4, at: 0)
                out[4] = 0x2D
                put(month, width: 2, at: 5)
                out[7] = 0x2D
                put(day, width: 2, at: 8)
                return 10
            }
        }
        func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                             "September", "Oktober", "November", "Desember"]

    /// "15 Maret 2026".
    public var indonesian: String {
        // Written byte by byte into a string of its final size: the interpolation appended five pieces (about 700
        // instructions a date, callgrind), and pages, posters, lists and data rows show 12 dates per service.
        guard (0...99).contains(day), (1...12).contains(month), (0...9999).contains(year) else { return indonesianReference }
        let name = SimpleDate.monthNames[month - 1].utf8
        let dayDigits = day < 10 ? 1 : 2
        let yearDigits = year < 10 ? 1 : year < 100 ? 2 : year < 1000 ? 3 : 4
        // The exact size, so that a date of 15 bytes or fewer stays a small (inline) string as before.
        let count = dayDigits + 1 + name.count + 1 + yearDigits
        return String(unsafeUninitializedCapacity: count) { out in
            func put(_ value: Int, digits: Int, at start: Int) {
                var v = value
                for k in stride(from: start + digits - 1, through: start, by: -1) {
                    out[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                    v /= 10
                }
            }
            put(day, digits: dayDigits, at: 0)
            out[dayDigits] = 0x20
            var i = dayDigits + 1
            for b in name {
                out[i] = b
                i += 1
            }
            out[i] = 0x20
            put(year, digits: yearDigits, at: i + 1)
            return count
        }
    }

    /// `indonesian` by interpolation, for any date (the fast path's reference).
    var indonesianReference: String { "\(day) \(SimpleDate.monthNames[month - 1]) \(year)" }

    /// Today in UTC+7 (WIB), or the day given by SOURCE_DATE_EPOCH when set.
    public static func today(environment: [String: String]) -> SimpleDate {
        var seconds: Int
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0) }) {
            seconds = epoch
        } else {
            var t = timespec()
            clock_gettime(CLOCK_REALTIME, &t)
            seconds = Int(t.tv_sec)
        }
        seconds += 7 * 3600
        return SimpleDate(dayNumber: Int((Double(seconds) / 86400).rounded(.down)))
    }
}

#if canImport(Glibc)
#endif
