/// Renders pages with a theme's compiled templates.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    /// Tests only: renders every page instead of `templates` (to compare with another Mustache renderer).
    let reference: (@Sendable (_ template: String, _ context: TemplateValue) -> String?)?

    init(templates: TemplateSet, reference: (@Sendable (String, TemplateValue) -> String?)? = nil) {
        self.templates = templates
        self.reference = reference
    }

    /// The page's HTML; nil when the theme has no such template.
    func render(_ template: String, _ context: TemplateValue) -> String? {
        if let reference { return reference(template, context) }
        return templates.render(template, context)
    }

    /// The page's HTML as UTF-8 bytes (what is written); nil when the theme has no such template.
    func renderBytes(_ template: String, _ context: TemplateValue) -> [UInt8]? {
        if let reference { return reference(template, context).map { Array($0.utf8) } }
        return templates.renderBytes(template, context)
    }

    /// Renders into `out`, replacing what it held (with at least its capacity); false when the theme has no such
    /// template.
    func render(_ template: String, _ context: TemplateValue, into out: inout [UInt8]) -> Bool {
        if let reference {
            guard let html = reference(template, context) else { return false }
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: html.utf8)
            return true
        }
        return templates.render(template, context, into: &out)
    }
}
