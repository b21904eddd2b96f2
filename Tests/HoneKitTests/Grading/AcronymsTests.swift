@testable import HoneKit
import Testing

/// Telling acronyms from words, and reading them off phrases.
@Suite("Acronyms")
struct AcronymsTests {
    @Test(arguments: [("AGI", true), ("RLHF", true), ("LoRA", true), ("LLMs", true), ("GenAI", true),
                      ("OpenAI", false), ("DeepMind", false), ("GPT-4o", false), ("A", false), ("transformer", false)])
    func isAcronym(_ text: String, _ expected: Bool) {
        #expect(Acronyms.isAcronym(text) == expected)
    }

    @Test func initialsOfPhrases() {
        #expect(Acronyms.initials(of: "retrieval-augmented generation") == ["RAG"])
        #expect(Acronyms.initials(of: "reinforcement learning from human feedback") == ["RLFHF", "RLHF"])
        #expect(Acronyms.initials(of: "Constitutional AI") == ["CA", "CAI"])
        #expect(Acronyms.initials(of: "ARTIFICIAL GENERAL INTELLIGENCE") == ["AGI"])
        #expect(Acronyms.initials(of: "the large language models") == ["LLM"])
        #expect(Acronyms.initials(of: "transformer") == [])
        #expect(Acronyms.initials(of: "Llama 3") == [])
    }

    @Test func spellingsOfAcronyms() {
        #expect(Acronyms.spellings(ofAcronym: "LoRA") == ["LORA", "LRA"])
        #expect(Acronyms.spellings(ofAcronym: "AGI") == ["AGI"])
    }
}
