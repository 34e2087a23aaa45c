import Foundation
import Testing
@testable import StandarKit

@Suite struct OutputPathTests {
    static let paths = ["index.html", "a/b/index.html", "dinsos/layanan-x/papan.html", "a//b", "/a", "", "..", "a/./b",
                        "a/../b", "a/..b/c", "...", "a/.x", "a\u{0}b", "é/ü.html", "a/é/../b", "a/b/", "a//b//c//", "//a", "/"]

    @Test(arguments: paths)
    func folderIsWhatFoundationGives(path: String) {
        #expect(OutputWriter.folder(of: path) == (path as NSString).deletingLastPathComponent)
    }

    @Test func folderOfWhatFoundationCrashesOn() {
        // Foundation (swift-corelibs) traps on these two.
        #expect(OutputWriter.folder(of: "a/") == "")
        #expect(OutputWriter.folder(of: ".") == "")
    }

    @Test(arguments: paths + ["a/", "."])
    func safetyIsTheSplitRule(path: String) {
        let rule = !path.isEmpty && !path.hasPrefix("/")
            && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty } && !path.utf8.contains(0)
        #expect(OutputWriter.isSafe(path) == rule)
    }
}
