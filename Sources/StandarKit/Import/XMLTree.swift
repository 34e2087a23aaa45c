import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of a parsed XML part, with its children in document order.
final class XMLElement {
    enum Child {
        case element(XMLElement)
        case text(String)
    }

    let name: String
    let attributes: [String: String]
    var children: [Child] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    func first(_ name: String) -> XMLElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    func all(_ name: String) -> [XMLElement] {
        elements.filter { $0.name == name }
    }

    /// The first descendant named `name`, depth first.
    func descendant(_ name: String) -> XMLElement? {
        for case .element(let e) in children {
            if e.name == name { return e }
            if let found = e.descendant(name) { return found }
        }
        return nil
    }

    subscript(attribute: String) -> String? { attributes[attribute] }
}

/// Parses an XML part of an office document with Foundation's XMLParser, refusing what a document never needs
/// and an attacker would: a DTD or entity declarations (so no entity expansion and no external entities), parts
/// larger than `maxBytes`, more than `maxElements` elements, or nesting deeper than `maxDepth`.
enum XMLTree {
    static let maxBytes = 40 << 20
    static let maxElements = 2_000_000
    static let maxDepth = 160

    static func parse(_ bytes: [UInt8], part: String, file: String) throws(ImportError) -> XMLElement {
        guard bytes.count <= maxBytes else {
            throw ImportError("\(file): bagian \(part) terlalu besar (\(bytes.count >> 20) MiB)",
                              hint: "pecah dokumen itu menjadi beberapa berkas")
        }
        if containsDeclaration(bytes) {
            throw ImportError("\(file): bagian \(part) memuat deklarasi DTD atau entitas (<!DOCTYPE/<!ENTITY), yang tidak pernah ada di dokumen Word atau LibreOffice; berkas ditolak",
                              hint: ImportError.saveAsDocx)
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let limit = builder.limitHit {
            throw ImportError("\(file): bagian \(part) \(limit); berkas ditolak", hint: ImportError.saveAsDocx)
        }
        guard ok, !builder.failed, builder.stack.isEmpty, let root = builder.root else {
            let line = parser.lineNumber
            throw ImportError("\(file) rusak: bagian \(part) bukan XML yang sah (baris \(line))", hint: ImportError.saveAsDocx)
        }
        return root
    }

    /// True when the bytes hold "<!DOCTYPE" or "<!ENTITY" (any case) anywhere.
    static func containsDeclaration(_ bytes: [UInt8]) -> Bool {
        let targets: [[UInt8]] = [Array("<!doctype".utf8), Array("<!entity".utf8)]
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x3C, bytes[i + 1] == 0x21 {
                for target in targets where i + target.count <= bytes.count {
                    var match = true
                    for k in 2..<target.count where (bytes[i + k] | 0x20) != target[k] {
                        match = false
                        break
                    }
                    if match { return true }
                }
            }
            i += 1
        }
        return false
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLElement?
    var stack: [XMLElement] = []
    var count = 0
    var limitHit: String?
    var failed = false
    /// Character data not yet attached to the current element (XMLParser delivers it in pieces).
    var pending = ""

    func flush() {
        guard !pending.isEmpty else { return }
        stack.last?.children.append(.text(pending))
        pending = ""
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        flush()
        count += 1
        if count > XMLTree.maxElements {
            limitHit = "memuat terlalu banyak unsur XML (lebih dari \(XMLTree.maxElements))"
            parser.abortParsing()
            return
        }
        if stack.count >= XMLTree.maxDepth {
            limitHit = "bersarang terlalu dalam (lebih dari \(XMLTree.maxDepth) tingkat)"
            parser.abortParsing()
            return
        }
        let element = XMLElement(name: qName ?? elementName, attributes: attributeDict)
        if let parent = stack.last {
            parent.children.append(.element(element))
        } else if root == nil {
            root = element
        }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        flush()
        if !stack.isEmpty { stack.removeLast() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        pending += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        limitHit = "mendeklarasikan entitas"
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        failed = true
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        failed = true
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        nil
    }
}
