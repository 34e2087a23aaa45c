import Foundation
import Testing
@testable import StandarKit

/// The registry behind `standar aturan`: ids are unique, and every id any output can carry is listed.
@Suite struct RuleRegistryTests {
    @Test func idsAreUnique() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count, "\(ids)")
    }

    @Test func everyStandardRuleIsRegistered() {
        for rule in StandardRules.all {
            #expect(RuleRegistry.description(for: type(of: rule).description.id) == type(of: rule).description)
        }
        #expect(RuleRegistry.description(for: "theme") == ThemeRule.description)
        #expect(RuleRegistry.description(for: "tidak-ada") == nil)
    }

    /// Runs the hostile corpus, the bad names and a broken theme through check and build, and collects every
    /// id the diagnostics carry.
    @Test func everyEmittedIdIsRegistered() throws {
        let site = try Fixtures.site()
        for (name, bytes) in HostileCorpusTests.corpus() { try site.write("content/disdukcapil/\(name).md", bytes: bytes) }
        try site.write("content/disdukcapil/Nama Salah.md", Fixtures.standard())
        try site.write("content/disdukcapil/x.MD", Fixtures.standard())
        try site.write("content/disdukcapil/kTp.md", Fixtures.standard())
        try site.write("content/disdukcapil/ktp.md", Fixtures.standard())
        try site.write("content/disdukcapil/dalam/jauh.md", Fixtures.standard())
        try site.write("content/disdukcapil/foto.jpg", "x")
        try site.write("content/lepas.md", Fixtures.standard())
        try site.write("content/data/_index.md", "---\nnama: X\n---\n")
        try site.write("content/dinsos/a.md", Fixtures.standard(judul: "X", extraFrontMatter: "judull: y\nkata_kunci: {a: b}",
                                                               omit: [.biaya], replace: [.produk: "-", .waktu: "kapan-kapan"]))
        try site.write("content/disdukcapil/b.md", Fixtures.standard(replace: [.biaya: "sesuai perda", .produk: "<b>x</b>"])
                       .replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2024-01-01") + "\n## Syrat\nx\n")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/disdukcapil/hilang.md", withDestinationPath: "/tidak/ada")
        // Content that would otherwise vanish (issue 9).
        #expect(mkfifo(site.root + "/content/disdukcapil/pipa.md", 0o644) == 0)
        try site.write("content/..dinas/_index.md", "---\nnama: X\n---\n")
        // Survey files (issue 11): bad answers, a missing column, a bad name, an old small survey without follow-up.
        try site.write("content/disdukcapil/skm/2026-1.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9\n5,,x,4,4,4,4,4,4\n")
        try site.write("content/disdukcapil/skm/2026-2.csv", "U1,U2\n4,4\n")
        try site.write("content/disdukcapil/skm/lama.csv", "x")
        try site.write("content/disdukcapil/skm/2026-1-tindak-lanjut.csv", "unsur,tindakan,tanggal\nU0,x,2026-01-01\n")
        try site.write("content/dinsos/skm/2024.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9\n1,1,1,1,1,1,1,1,1\n")
        try site.write("content/disdukcapil/surat.md.txt", "x")
        try site.write("content/disdukcapil/aux.md", Fixtures.standard())
        try site.write("content/disdukcapil/c.md", Fixtures.standard(extraFrontMatter: "kata_kunci: [a, ~]"))
        try site.write("content/disdukcapil/.tersembunyi.md", Fixtures.standard())
        try site.write("content/disdukcapil/d.md", Fixtures.standard(replace: [.biaya: "Rp 10.000", .evaluasi: "x\n\n## Biaya\n\nGratis"]))
        try site.write("content/disdukcapil/e.md", Fixtures.standard(judul: "Akta\u{202E}Lahir"))
        try site.write("content/disdukcapil/f.md", Fixtures.standard(omit: [.biaya], replace: [.waktu: "1 hari\n\n**Biaya**\n\nGratis",
                                                                                         .sarana: "Meja\tKursi\nLemari\tRak"]))
        var ids = Set(Fixtures.check(site).diagnostics.map(\.rule))
        try site.remove("content/_index.md")
        ids.formUnion(Fixtures.check(site).diagnostics.map(\.rule))

        let themed = try Fixtures.site()
        try themed.write("themes/default/templates/404.mustache", "{{> tidak-ada}}\n{{halaman.judull}}\n{{#situs}}")
        ids.formUnion(SiteBuilder.build(BuildOptions(root: themed.root, output: "public", today: Fixtures.today)).diagnostics.map(\.rule))

        let registered = Set(RuleRegistry.all.map(\.id))
        #expect(ids.subtracting(registered).isEmpty, "not in the registry: \(ids.subtracting(registered))")
        // The corpus reaches every rule, so the check above covers them all.
        #expect(registered.subtracting(ids).isEmpty, "never emitted: \(registered.subtracting(ids))")
    }
}
