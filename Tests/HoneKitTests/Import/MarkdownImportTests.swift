import Foundation
import Testing
@testable import HoneKit

/// Markdown glossaries, shaped as the seed pages are: the model-family table and the training
/// phases must import as the bundled deck has them, asking the same questions.
@Suite struct MarkdownImportTests {
    @Test func theGlossaryFixture() throws {
        let result = try Importer.read(path: ImportFixtures.path("glossary.md"))
        #expect(result.format == .markdown)
        #expect(result.deck.id == "foundation-models")
        #expect(result.deck.title == "Foundation models")
        #expect(result.deck.description == "Key terms, model families and training phases.")
        let entries = result.deck.entries
        #expect(entries.map(\.term) == ["foundation model", "RAG"])
        #expect(entries[0].definition == "A large-scale AI model trained on broad, diverse data that serves as a reusable base.")
        #expect(entries[0].aliases == ["FM", "base model"])
        #expect(entries[0].tags == ["basics"])
        #expect(entries[0].details == ["The term was introduced by Stanford's CRFM in 2021."])
        #expect(entries[1].definition == "Augmenting a foundation model with external knowledge at inference time.")
        #expect(entries[1].aliases == ["retrieval-augmented generation"])
        #expect(entries.map(\.line) == [5, 13])
    }

    @Test func theTableAsksTheSameQuestionsAsTheBundledOne() throws {
        let bundled = try TestDecks.bundled()
        let imported = try Importer.read(path: ImportFixtures.path("glossary.md")).deck
        let deck = try Deck.load(json: DeckJSONWriter.bytes(imported), id: "foundation-models", path: "glossary.json")
        #expect(deck.tables.count == 1)
        #expect(deck.tables[0].id == bundled.tables[0].id)
        #expect(deck.tables[0].columns == bundled.tables[0].columns)
        #expect(deck.tables[0].rows == bundled.tables[0].rows)
        #expect(deck.tables[0].prompts == bundled.tables[0].prompts)
        let tableCards = { (deck: Deck) in deck.cards.filter { if case .cell = $0.fact { true } else if case .rowFor = $0.fact { true } else { false } } }
        #expect(tableCards(deck).map(\.id) == tableCards(bundled).map(\.id))
        for (mine, theirs) in zip(tableCards(deck), tableCards(bundled)) {
            for kind in [QuestionKind.typed, .choice] {
                var a = SplitMix64(seed: 7), b = SplitMix64(seed: 7)
                let q1 = QuestionFactory(deck: deck).question(for: mine, kind: kind, using: &a)
                let q2 = QuestionFactory(deck: bundled).question(for: theirs, kind: kind, using: &b)
                #expect(q1?.prompt == q2?.prompt)
                #expect(q1?.expected == q2?.expected)
                #expect(q1?.choices == q2?.choices)
            }
        }
        #expect(deck.sequences.map(\.id) == bundled.sequences.map(\.id))
        #expect(deck.sequences.map(\.items) == bundled.sequences.map(\.items))
    }

    /// Seed page 003 as it is (its table under its own "Key Examples" heading, its phases list
    /// under a lead-in line), with Markdown's heading marks added.
    static let seedShape = """
        # Foundation Models
        Foundation models are large neural networks pretrained on massive datasets.
        ## Key Examples
        | Model family | Lab | Modality | Access |
        |---|---|---|---|
        | Claude (Haiku/Sonnet/Opus) | Anthropic | Text, vision | API, Bedrock |
        | GPT-4o, o3 | OpenAI | Text, vision, audio | API |
        | Gemini 1.5 Pro/Flash | Google DeepMind | Text, vision, audio | API, Vertex AI |
        | Llama 3.x | Meta FAIR | Text | Open weights |
        | Mistral Large/Small | Mistral AI | Text | API, open weights |
        | Amazon Titan | AWS | Text, embeddings, image | Bedrock only |
        ## Pretraining, Fine-Tuning, Alignment
        Foundation models go through three phases:
        1. Pretraining
        2. Instruction fine-tuning (SFT)
        3. Alignment (RLHF, DPO, Constitutional AI)
        """

    @Test func theSeedPageShapeGivesTheSameFacts() throws {
        let bundled = try TestDecks.bundled()
        let fs = InMemoryFileSystem(files: ["/seed.md": Array(Self.seedShape.utf8)])
        let deck = try Importer.read(path: "/seed.md", fileSystem: fs).deck
        #expect(deck.entries.isEmpty)
        #expect(deck.tables.first?.rows == bundled.tables[0].rows)
        // Card ids without the deck and table ids: every row, column and reverse value alike.
        let tableFacts = { (deck: Deck) in Set(deck.cards.filter { $0.id.hasPrefix("\(deck.id)/\(deck.tables[0].id)/") }
            .map { $0.id.split(separator: "/").dropFirst(2).joined(separator: "/") }) }
        #expect(tableFacts(deck) == tableFacts(bundled))
        #expect(deck.sequences.first?.items == bundled.sequences[0].items)
    }

    @Test func badTableMetadataIsALocatedError() {
        let text = "# D\n## T\nkey: Nope\n\n| A | B |\n|---|---|\n| x | y |\n"
        let fs = InMemoryFileSystem(files: ["/t.md": Array(text.utf8)])
        #expect(throws: ImportError.invalid(path: "/t.md", line: 3, message: "key \"Nope\" is not a column of table \"T\" (A, B)")) {
            try Importer.read(path: "/t.md", fileSystem: fs)
        }
    }

    @Test func rowsAndDuplicatesThatCannotComeInAreReported() throws {
        let text = "# D\n## T\n| A | B |\n|---|---|\n| x | y |\n| x | z |\n| | w |\n| p | q | r |\n## x\nsame as a row key, fine.\n## X\nduplicate term.\n## Empty\n"
        let fs = InMemoryFileSystem(files: ["/t.md": Array(text.utf8)])
        let result = try Importer.read(path: "/t.md", fileSystem: fs)
        #expect(result.deck.tables[0].rows == [["x", "y"]])
        #expect(result.deck.entries.map(\.term) == ["x"])
        #expect(result.report.skipped.map(\.place) == ["line 6", "line 7", "line 8", "line 11"])
    }

    @Test func inlineMarkdownBecomesText() {
        var media = 0
        #expect(MarkdownInline.plain("**bold** and *em* in snake_case, 2*3, `code`, ~~old~~ [link](http://x) ![img](a.png) &amp; ~5",
                                     media: &media) == "bold and em in snake_case, 2*3, code, old link & ~5")
        #expect(media == 1)
    }
}
