/// The fee read from the Biaya/Tarif component.
public struct Fee: Sendable, Equatable, Codable {
    /// How a fee reads, in the words shown to the public.
    public enum State: String, Sendable, Equatable {
        /// Nothing is charged to anyone.
        case gratis
        /// Every applicant pays an amount (`min`...`max`).
        case berbayar
        /// Free for some applicants, charged for others ("Pasien JKN tidak dikenakan biaya; pasien umum sesuai
        /// Perda ..."): `min` is 0 and `max` the highest amount, or nil when the text names no amount.
        case bersyarat
        /// Neither free nor an amount could be read (or an amount is malformed).
        case takTerbaca = "tak_terbaca"
    }

    /// The author's text, trimmed.
    public var text: String
    /// True when the service is free.
    public var isFree: Bool
    /// Rupiah; 0 for a free service, and 0 when a free case is stated next to paid ones.
    public var min: Int?
    /// Rupiah; equals `min` when a single amount; nil when unreadable or when a conditional fee names no amount.
    public var max: Int?
    /// An amount written so that it cannot be read without guessing ("Rp. 7.50 0,-"), as written; the fee is
    /// then unreadable.
    public var malformedAmount: String?
    public var readable: Bool { isFree || min != nil }

    public var state: State {
        if isFree { return .gratis }
        guard let min else { return .takTerbaca }
        return min == 0 ? .bersyarat : .berbayar
    }

    public init(text: String, isFree: Bool, min: Int?, max: Int?, malformedAmount: String? = nil) {
        self.text = text
        self.isFree = isFree
        self.min = min
        self.max = max
        self.malformedAmount = malformedAmount
    }
}
