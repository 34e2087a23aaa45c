import Testing
@testable import StandarKit

@Suite("EmptyText")
struct EmptyTextTests {
    static let emptyTexts: [String] = [
        "",
        "   ",
        "\n\t \n",
        "\u{00A0}\u{200B}\u{FEFF}",
        "-",
        "–",
        "—",
        "--",
        "...",
        "…",
        "TBD",
        "tbd.",
        "belum ada",
        "(Belum ada)",
        "n/a",
        "N/A",
        "tidak ada data",
        "Tidak Ada Data.",
        "isi di sini",
        "[isi]",
        "[Isi di sini]",
        "[isi persyaratan di sini]",
        "<isi nama produk>",
        ".",
        "*",
        "- TBD -",
        "-\n-\n-",
        "TODO",
        "Lorem ipsum dolor sit amet",
        "Belum diisi",
    ]

    static let contentTexts: [String] = [
        "Tidak ada",
        "Gratis",
        "KTP",
        "1. Fotokopi KTP",
        "- Fotokopi KTP\n- Fotokopi KK",
        "5 hari kerja",
        "Rp 0",
        "0",
        "Nihil",
        "Isian formulir permohonan",
        "Isi formulir dan serahkan ke loket",
        "Petugas loket",
        "Belum ada perubahan sejak 2020; persyaratan tetap KTP",
    ]

    @Test("empty texts", arguments: emptyTexts)
    func empty(_ text: String) {
        #expect(EmptyText.isEmpty(text))
    }

    @Test("texts with content", arguments: contentTexts)
    func content(_ text: String) {
        #expect(!EmptyText.isEmpty(text))
    }
}
