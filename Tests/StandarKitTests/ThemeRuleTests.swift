import Testing
@testable import StandarKit

/// The theme rule: every `theme` finding with its message, location and hint.
@Suite struct ThemeRuleTests {
    func theme(_ templates: [String: String]) -> Theme {
        var theme = Theme.load(root: "/nonexistent-standar-site", name: nil).0
        for (name, text) in templates {
            theme.templates[name] = Theme.ThemeFile(path: "themes/default/templates/\(name).mustache", bytes: Array(text.utf8))
        }
        return theme
    }

    @Test func missingTheme() throws {
        let site = try Fixtures.site()
        let d = try #require(Theme.load(root: site.root, name: "hilang").1.first)
        #expect(d.rule == "theme" && d.severity == .error)
        #expect(d.file == "content/_index.md" && d.line == 1)
        #expect(d.message == "tema \"hilang\" tidak ditemukan di themes/hilang/")
        #expect(d.hint == "buat folder themes/hilang/ berisi templates/ dan assets/, atau hapus kolom tema untuk memakai tema bawaan")
    }

    @Test func missingPartialIsLocated() throws {
        let text = "<p>\n  {{> tidak-ada}}\n</p>"
        let found = theme(["404": text]).compile().1
        let d = try #require(found.first { $0.message.contains("tidak-ada") })
        #expect(d.rule == "theme" && d.file == "themes/default/templates/404.mustache")
        #expect(d.line == RuleFixture.line(of: "{{> tidak-ada}}", in: text))
        #expect(d.column == RuleFixture.column(of: "{{> tidak-ada}}", in: text))
        #expect(d.message == "templat memanggil partial \"tidak-ada\" yang tidak ada")
        #expect(d.hint == "buat templates/tidak-ada.mustache atau perbaiki nama partial")
    }

    @Test func syntaxError() throws {
        let text = "<p>\n{{#situs}}\n</p>"
        let d = try #require(theme(["404": text]).compile().1.first)
        #expect(d.rule == "theme" && d.file == "themes/default/templates/404.mustache")
        #expect(d.message.hasPrefix("templat tidak dapat dibaca: "))
        #expect(d.hint == "periksa pasangan {{#...}} dan {{/...}} serta kurung kurawal di baris ini")
    }

    @Test func missingPageTemplate() throws {
        var t = theme([:])
        t.templates["404"] = nil
        let d = try #require(t.compile().1.first)
        #expect(d.file == "themes/default/templates/404.mustache" && d.line == 1)
        #expect(d.message == "templat halaman \"404\" tidak ada")
        #expect(d.hint == "tambahkan templates/404.mustache ke tema")
    }

    @Test func unknownVariableSuggestsAName() throws {
        let text = "<h1>\n  {{halaman.judull}}</h1>"
        let found = theme(["404": text]).unknownVariables(vocabulary: ["halaman", "judul", "situs"])
        let d = try #require(found.first { $0.file.hasSuffix("404.mustache") })
        #expect(d.rule == "theme" && d.severity == .error)
        #expect(d.line == RuleFixture.line(of: "judull", in: text))
        #expect(d.column == RuleFixture.column(of: "{{halaman", in: text))
        #expect(d.message == "templat memakai \"halaman.judull\" yang tidak ada di data situs")
        #expect(d.hint == "maksud Anda \"judul\"?")
        let far = theme(["404": "{{zzzzzzzz}}"]).unknownVariables(vocabulary: ["halaman"]).first { $0.file.hasSuffix("404.mustache") }
        #expect(far?.hint == "lihat daftar nama di themes/default/README.md")
    }

    @Test func factoriesWithoutHint() {
        #expect(ThemeRule.unreadableFile(file: "themes/x/assets/a.css").message == "berkas tema tidak dapat dibaca atau terlalu besar (batas 4 MiB)")
    }
}
