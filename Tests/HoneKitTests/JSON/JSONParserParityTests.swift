import Foundation
import Testing
@testable import HoneKit

/// The parser gives the same value (lines included) or the same located error as the plain
/// parser it replaced (ReferenceJSONParser), on valid documents and on broken ones.
@Suite struct JSONParserParityTests {
    enum Outcome: Equatable {
        case value(JSONNode)
        case error(JSONSyntaxError)
    }

    static func outcome(_ bytes: [UInt8]) -> Outcome {
        do { return .value(try JSONParser.parse(bytes)) } catch { return .error(error) }
    }

    static func reference(_ bytes: [UInt8]) -> Outcome {
        do { return .value(try ReferenceJSONParser.parse(bytes)) } catch { return .error(error) }
    }

    static let samples: [String] = [
        #"{"a": [1, -2.5e3, true, false, null], "b": "x\u00e9\n\"", "c": {}}"#,
        "{\n  \"term\": \"caf\u{e9} \u{1F600}\",\n  \"n\": [0, -0, 12, -7, 123456789012345, 1234567890123456, 99999999999999999999, 1.5, 1E2, 2e-3, -0.0]\n}",
        #"["\ud83d\ude00", "\u0041\u00e9\u4e2d", "tab\tx", "\/\b\f\r", ""]"#,
        "\u{FEFF}[1]", "  \"only a string\"  ", "[[], {}, [[[]]], {\"a\": {\"b\": {}}}]", "-12", "0", "1e400", "-1e400",
        "{\"dup\": 1, \"dup\": 2}", "[1 2]", "{\"a\" 1}", "{\"a\":}", "[01]", "[-]", "[1.]", "[1e]", "[.5]", "[+1]",
        "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\nb\"", "[tru]", "[nul]", "{,}",
        "[1,]", "{\"a\":1,}", "\"abc", "[", "{", "", "   ", "\n\n  ]", "{\"k\": \"v\"} x", "[\"\u{7F}\"]",
    ]

    @Test func samplesAgree() {
        for text in Self.samples {
            let bytes = Array(text.utf8)
            #expect(Self.outcome(bytes) == Self.reference(bytes), "\(text)")
        }
    }

    @Test func invalidUTF8Agrees() {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x5B, 0x22, 0x61, 0xC3, 0x22, 0x5D], [0x22, 0xE2, 0x82, 0x22],
                               [0x22, 0x5C, 0x6E, 0xC0, 0xAF, 0x22], [0xEF, 0xBB, 0xBF, 0x22, 0xED, 0xA0, 0x80, 0x22]] {
            let outcome = Self.outcome(bytes)
            #expect(outcome == Self.reference(bytes))
            if case .value = outcome { Issue.record("invalid UTF-8 accepted: \(bytes)") }
        }
    }

    @Test func bundledDeckAgrees() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestDecks.repositoryRoot + "/Decks/foundation-models.json")))
        let outcome = Self.outcome(bytes)
        #expect(outcome == Self.reference(bytes))
        if case .error(let error) = outcome { Issue.record("the bundled deck does not parse: \(error)") }
    }

    /// Every prefix of a document with escapes, numbers and several lines: each cut is an error
    /// somewhere, and both parsers must put it at the same line and column with the same message.
    @Test func everyTruncationAgrees() {
        let text = "{\n \"a\": [1, -2.5e3, true, false, null],\n \"b\": \"x\\u00e9\\n\\\"\u{e9}\",\n \"c\": {\"d\": [\"\\ud83d\\ude00\"]}\n}"
        let bytes = Array(text.utf8)
        for cut in 0...bytes.count {
            let prefix = Array(bytes[0..<cut])
            #expect(Self.outcome(prefix) == Self.reference(prefix), "cut at \(cut)")
        }
    }

    /// Random single-byte changes of a document: both parsers accept or reject alike.
    @Test func mutationsAgree() {
        let text = "{\n \"entries\": [\n  {\"term\": \"Caf\u{e9}\", \"definition\": \"A \\\"place\\\".\", \"n\": 12},\n  {\"term\": \"x\", \"tags\": [\"a\", \"b\"], \"ok\": true, \"none\": null, \"f\": -0.5e-2}\n ]\n}"
        let original = Array(text.utf8)
        var random = SplitMix64(seed: 9)
        let replacements: [UInt8] = Array("{}[]\",:\\ \n\t0123456789.-+eEtrufalsn/ubx".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = replacements.randomElement(using: &random)!
            }
            #expect(Self.outcome(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }
}
