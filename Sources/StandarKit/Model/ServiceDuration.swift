/// Units a processing time is normalised to.
public enum DurationUnit: String, Sendable, Codable, CaseIterable {
    case menit, jam, hari, hariKerja = "hari kerja", minggu, bulan
}

/// The processing time read from the Jangka Waktu component.
public struct ServiceDuration: Sendable, Equatable, Codable {
    /// The author's text, trimmed.
    public var text: String
    /// The (lower) number, nil when unreadable.
    public var value: Double?
    /// Upper bound for ranges ("3-5 menit" -> 3, 5); nil for a single value.
    public var maxValue: Double?
    public var unit: DurationUnit?
    public var readable: Bool { value != nil && unit != nil }

    public init(text: String, value: Double? = nil, maxValue: Double? = nil, unit: DurationUnit? = nil) {
        self.text = text
        self.value = value
        self.maxValue = maxValue
        self.unit = unit
    }
}
