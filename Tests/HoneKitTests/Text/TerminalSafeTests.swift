import Testing
@testable import HoneKit

@Suite struct TerminalSafeTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("title \u{1B}]0;pwned\u{07}x", "title x"),
        ("osc with st \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "osc with st link"),
        ("bell\u{07} nul\u{00} del\u{7F}", "bell nul del"),
        ("c1 \u{9B}2Jcsi", "c1 csi"),
        ("line\nbreak\ttab", "line break tab"),
        ("bidi \u{202E}evil", "bidi evil"),
        ("family 👨‍👩‍👧 flag 🇩🇪 café", "family 👨‍👩‍👧 flag 🇩🇪 café"),
    ])
    func removesControlsKeepsText(input: String, output: String) {
        #expect(TerminalSafe.clean(input) == output)
    }

    @Test func canKeepNewlines() {
        #expect(TerminalSafe.clean("a\r\nb", keepNewlines: true) == "a\nb")
    }
}
