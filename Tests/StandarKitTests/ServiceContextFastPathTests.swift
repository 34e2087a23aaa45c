import Testing
@testable import StandarKit

/// The per-service pages' fast paths against the code they replace (kept here as the reference): the dates
/// written out.
@Suite struct ServiceContextFastPathTests {
    typealias Seeded = TemplateProgramTests.Seeded

    // MARK: Dates

    @Test func indonesianDateMatchesInterpolation() {
        var g = TestSeed.generator(0x21_01)
        var fast = 0
        // Every day of 1899-2201 would be 110,000 dates: a seeded sample, plus the edges of each month.
        var days = (0..<5_000).map { _ in Int.random(in: -719_468 ... 2_932_896, using: &g) }
        for year in [0, 9, 10, 99, 100, 999, 1000, 1900, 2026, 2200, 9999] {
            for month in 1...12 {
                for day in [1, 9, 10, 28, SimpleDate.daysIn(month: month, year: year)] {
                    days.append(Self.dayNumber(year: year, month: month, day: day))
                }
            }
        }
        days += [Self.dayNumber(year: 10_000, month: 1, day: 1), Self.dayNumber(year: -1, month: 12, day: 31)]
        for n in days {
            let date = SimpleDate(dayNumber: n)
            if (0...9999).contains(date.year) { fast += 1 }
            #expect(date.indonesian == date.indonesianReference, "\(n)")
        }
        #expect(SimpleDate(year: 2026, month: 3, day: 15)?.indonesian == "15 Maret 2026")
        #expect(SimpleDate(year: 2026, month: 9, day: 1)?.indonesian == "1 September 2026")
        // Most dates take the fast path; years outside 0...9999 the interpolation.
        #expect(fast > days.count * 9 / 10)
        #expect(SimpleDate(dayNumber: Self.dayNumber(year: 10_000, month: 1, day: 1)).indonesian == "1 Januari 10000")
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // `SimpleDate.dayNumber` without the range check of `init(year:month:day:)`.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
    }
}
