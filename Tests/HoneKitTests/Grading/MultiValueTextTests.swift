@testable import HoneKit
import Testing

/// Splitting sets of values.
@Suite("Multi-value text")
struct MultiValueTextTests {
    @Test func answersSplitAtCommasFirst() {
        #expect(MultiValueText.values(ofAnswer: "Text, vision, audio") == ["Text", "vision", "audio"])
        #expect(MultiValueText.values(ofAnswer: "Research & development, sales") == ["Research & development", "sales"])
        #expect(MultiValueText.values(ofAnswer: "Text & vision") == ["Text", "vision"])
        #expect(MultiValueText.values(ofAnswer: "1,000 tokens; 2,000 tokens") == ["1,000 tokens", "2,000 tokens"])
        #expect(MultiValueText.values(ofAnswer: " , ") == nil)
    }

    @Test func responsesSplitAtEverySeparator() {
        let split = { (text: String) in MultiValueText.values(ofResponse: text) { _ in false } }
        #expect(split("text, vision, and audio") == ["text", "vision", "audio"])
        #expect(split("text/vision&audio") == ["text", "vision", "audio"])
        #expect(split("Text AND vision & audio") == ["Text", "vision", "audio"])
        #expect(split("text;vision") == ["text", "vision"])
        #expect(split("sandwich, brand") == ["sandwich", "brand"])
    }

    @Test func aValueWithAJoinerStaysWhole() {
        let split = MultiValueText.values(ofResponse: "R&D, sales and marketing") { $0 == "R&D" }
        #expect(split == ["R&D", "sales", "marketing"])
        let key = AnswerKey(answer: "R&D, sales", isMultiValue: true)
        #expect(Grader.grade("sales, R&D", against: key).outcome == .correct)
    }
}
