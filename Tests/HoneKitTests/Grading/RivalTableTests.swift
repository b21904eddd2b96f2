@testable import HoneKit
import Testing

/// The readings the rival table keeps of a name's acronyms: the acronym and its singular candidates.
@Suite("Rival table")
struct RivalTableTests {
    @Test("an acronym's readings are itself and the singulars the plural rules give", arguments: [
        ("LLM", ["llm"]), ("LLMS", ["llms", "llm"]), ("BOSS", ["boss"]), ("ABUS", ["abus"]), ("AXIS", ["axis"]),
        ("BOXES", ["boxes", "boxe", "box"]), ("PARTIES", ["parties", "partie", "parti", "party"]), ("ABS", ["abs"]),
    ])
    func readings(acronym: String, expected: [String]) {
        var out: [UInt8] = []
        Array(acronym.utf8).withUnsafeBufferPointer { RivalTable.appendReadings(ofAcronym: $0, to: &out) }
        var readings: [String] = []
        var offset = 0
        while offset < out.count {
            let length = Int(out[offset])
            readings.append(String(decoding: out[(offset + 1)..<(offset + 1 + length)], as: UTF8.self))
            offset += 1 + length
        }
        #expect(readings == expected)
    }

    @Test("each name is linked to the previous one with its compact form")
    func previousSame() {
        let table = RivalTable(["Fine-tuning", "LLM", "fine tuning", "", "l.l.m.", "finetuning", "  ", "other"])
        #expect(table.previousSame == [-1, -1, 0, -1, 1, 2, -1, -1])
    }
}
