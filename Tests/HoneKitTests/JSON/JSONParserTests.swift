import Testing
@testable import HoneKit

@Suite struct JSONParserTests {
    @Test func parsesEveryValueKind() throws {
        let node = try JSONParser.parse(#"{"a": [1, -2.5e3, true, false, null], "b": "x\u00e9\n\"", "c": {}}"#)
        #expect(node["a"]?.array?.count == 5)
        #expect(node["a"]?.array?[1].number == -2500)
        #expect(node["b"]?.string == "xé\n\"")
        #expect(node["c"]?.members?.isEmpty == true)
    }

    @Test func recordsLinesOfValues() throws {
        let node = try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}")
        #expect(node["a"]?.line == 2)
        #expect(node["b"]?.array?.first?.line == 4)
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#).string == "😀")
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1), ("[1, 2", 1), ("{\n\"a\" 1}", 2), ("\"abc", 1), ("01", 1), ("[1]\n x", 2),
        ("\"\\ud800\"", 1), ("{\"a\":\n\n tru}", 3), ("", 1), ("\"\t\"", 1),
    ])
    func rejectsMalformedTextWithItsLine(text: String, line: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.line == line)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func writerRoundTrips() throws {
        let text = "tab\t quote\" back\\ bell\u{07} é 😀 \u{2028}"
        #expect(try JSONParser.parse(JSONText.quote(text)).string == text)
        for value in [0.1, 1e-7, 123456789.125, -3.0, 5e300] {
            #expect(try JSONParser.parse(JSONText.number(value)).number == value)
        }
    }
}
