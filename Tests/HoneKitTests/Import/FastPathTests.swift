import Foundation
import Testing
@testable import HoneKit

/// The fast paths that make a 20,000-note import quick (TerminalSafe, Slug, comparable names,
/// JSON quoting, line joining) give exactly what the general code gives, on random text.
@Suite struct FastPathTests {
    static let alphabet: [String] = ["a", "Z", "0", " ", "-", ".", "\"", "\\", "é", "ß", "東", "👩‍👩‍👧", "\u{7}", "\u{1B}[2J", "\u{85}",
                                     "\u{9B}", "\u{202E}", "\u{2066}", "\u{2028}", "\u{A0}", "\t", "\n", "İ", "ﬁ", "²", "Å"]

    static func samples(ascii: Bool) -> [String] {
        var rng = SplitMix64(seed: 20261124)
        let letters = ascii ? alphabet.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : alphabet
        return (0..<2000).map { _ in (0..<Int.random(in: 0...12, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined() }
    }

    @Test func terminalSafeSkipsOnlyCleanText() {
        for text in Self.samples(ascii: false) where TerminalSafe.isClean(text) {
            #expect(TerminalSafe.clean(text + "\u{7}") == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(!TerminalSafe.isClean("a\u{85}b") && !TerminalSafe.isClean("\u{202E}x") && !TerminalSafe.isClean("\u{2069}"))
        #expect(TerminalSafe.isClean("café 👩‍👩‍👧 東京 \u{A0}"))
    }

    @Test func slugsOfASCIITextAreUnchanged() {
        for text in Self.samples(ascii: true) {
            // The general rule, as Slug.make applies it to any text.
            var out = "", lastWasDash = true
            for scalar in text.unicodeScalars {
                if CharacterSet.alphanumerics.contains(scalar) { out += String(scalar).lowercased(); lastWasDash = false }
                else if !lastWasDash { out += "-"; lastWasDash = true }
            }
            while out.hasSuffix("-") { out.removeLast() }
            #expect(Slug.make(text) == (out.isEmpty ? "x" : out), "\(text)")
        }
    }

    @Test func comparableNamesOfASCIITextAreUnchanged() {
        for text in Self.samples(ascii: true) {
            let general = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
            #expect(Deck.comparable(text) == general, "\(text)")
        }
    }

    @Test func quotingRoundTrips() throws {
        for text in Self.samples(ascii: false) {
            let quoted = JSONText.quote(text)
            #expect(try JSONParser.parse(quoted).string == text)
            if !JSONText.needsEscapes(text) { #expect(quoted == "\"" + text + "\"") }
        }
        #expect(JSONText.needsEscapes("a\u{2028}") && JSONText.needsEscapes("\u{85}") && !JSONText.needsEscapes("é\u{A0}"))
    }

    @Test func joiningLines() {
        #expect(HTMLPlainText.joinLines(["  a \u{A0} b ", "", " \t", "c.", "d"]) == "a b; c. d")
        #expect(HTMLPlainText.joinLines(["\u{A0}x"]) == "x")
    }
}
