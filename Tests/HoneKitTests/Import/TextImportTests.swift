import Foundation
import Testing
@testable import HoneKit

/// CSV (Anki's text import), TSV and Quizlet exports, from the generator script's samples.
@Suite struct TextImportTests {
    func read(_ name: String, _ options: ImportOptions = ImportOptions()) throws -> ImportResult {
        try Importer.read(path: ImportFixtures.path(name), options: options)
    }

    @Test func ankiHeadersDecideSeparatorHTMLColumnsTagsAndDeck() throws {
        let result = try read("anki-headers.csv")
        #expect(result.format == .csv)
        #expect(result.deck.title == "Spanish verbs")
        #expect(result.deck.id == "spanish-verbs")
        #expect(result.deck.entries.map(\.term) == ["hablar", "ser", "ir"])
        #expect(result.deck.entries.map(\.definition) == ["to speak", "to be (permanent)", "to go; \"to leave\""])
        #expect(result.deck.entries.map(\.tags) == [["verbs", "regular"], ["verbs", "irregular"], ["verbs", "irregular"]])
        #expect(result.deck.entries.map(\.line) == [6, 7, 9])
        #expect(result.report.skipped == [.init(place: "line 11", reason: "\"comer\" has no definition")])
    }

    @Test func aHeaderRowNamesTheColumns() throws {
        let result = try read("header-row.csv")
        let entries = result.deck.entries
        #expect(entries.map(\.term) == ["large language model", "retrieval-augmented generation"])
        #expect(entries[0].definition == "An AI system trained on massive text, to generate language.")
        #expect(entries[0].aliases == ["LLM"])
        #expect(entries[1].aliases == ["RAG"], "an alias that only restates the term is dropped")
        #expect(entries[1].tags == ["adaptation", "rag"])
        #expect(result.report.itemsRead == 2)
    }

    @Test func tabsAndPipes() throws {
        let tsv = try read("auto.tsv")
        #expect(tsv.format == .tsv)
        #expect(tsv.deck.entries.map(\.definition) == ["one", "two", "three"])
        let pipes = try read("pipe.txt")
        #expect(pipes.format == .csv)
        #expect(pipes.deck.entries.map(\.term) == ["rojo", "verde"])
    }

    @Test func anUnclosedQuoteIsALocatedError() {
        #expect(throws: ImportError.invalid(path: ImportFixtures.path("bad-quote.csv"), line: 2,
                                            message: "a quoted field starts here and is never closed (a missing \")")) {
            try read("bad-quote.csv")
        }
    }

    @Test func quizletWithTabs() throws {
        let result = try read("quizlet.txt")
        #expect(result.format == .quizlet)
        #expect(result.deck.entries.map(\.term) == ["la casa", "el perro", "el gato"])
        #expect(result.deck.entries.map(\.definition) == ["the house", "the dog", "the cat"])
    }

    @Test func quizletWithCustomSeparators() throws {
        let result = try read("quizlet-custom.txt", ImportOptions(format: .quizlet, separator: " - ", rowSeparator: ";"))
        #expect(result.deck.entries.map(\.term) == ["la casa", "el perro", "el gato"])
        #expect(result.deck.entries[1].definition == "the dog; and the cat's friend")
        #expect(result.deck.entries.map(\.line) == [1, 1, 2])
    }

    @Test(arguments: [("a,b\nc,d\n", UInt8(ascii: ",")), ("a;b,c\nd;e\n", UInt8(ascii: ";")), ("a\tb, c\nd\te\n", 0x09),
                      ("\"x;y\",z\n", UInt8(ascii: ",")), ("a|b|c\n", UInt8(ascii: "|")), ("plain\n", UInt8(ascii: ","))])
    func separatorGuess(_ text: String, _ separator: UInt8) throws {
        #expect(CSVHeaders.guessSeparator(try TextInput(path: "x", bytes: Array(text.utf8)), from: 0) == separator)
    }

    @Test func quotedFieldsKeepSeparatorsNewlinesAndQuotes() throws {
        let input = try TextInput(path: "x.csv", bytes: Array("a,\"b,\r\nc\"\"d\"\r\n# comment\r\n\r\ne,f\r\n".utf8))
        let records = try DelimitedParser.parse(input, from: 0, line: 1, separator: UInt8(ascii: ","))
        #expect(records == [.init(line: 1, fields: ["a", "b,\r\nc\"d"]), .init(line: 5, fields: ["e", "f"])])
    }

    @Test func textThatIsNotUTF8IsALocatedError() {
        #expect(throws: ImportError.invalid(path: "x.csv", line: 2, message: "not UTF-8 text (byte 5); save the file as UTF-8 and import it again")) {
            try TextInput(path: "x.csv", bytes: [0x61, 0x2C, 0x62, 0x0A, 0xFF, 0x0A])
        }
    }

    @Test func utf16FromSpreadsheetsIsConverted() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "café\tcoffee\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try TextInput(path: "x.txt", bytes: bytes).text == "café\tcoffee\n")
    }

    @Test func controlCharactersAreStrippedAndSQLIsText() throws {
        let fs = InMemoryFileSystem(files: ["/in.csv": Array("\"x\u{1B}[2J\u{7}y\";\"Robert'); DROP TABLE notes;--\"\n".utf8)])
        let result = try Importer.read(path: "/in.csv", fileSystem: fs)
        #expect(result.deck.entries.map(\.term) == ["xy"])
        #expect(result.deck.entries.map(\.definition) == ["Robert'); DROP TABLE notes;--"])
    }

    @Test func honeJSONIsValidatedWithLines() {
        let fs = InMemoryFileSystem(files: ["/d.json": Array("{\"title\": \"T\",\n \"entries\": [\n {\"term\": 3}]}".utf8)])
        #expect(throws: ImportError.deck(.invalid(path: "/d.json", line: 3, message: "entry 1: \"term\" must be a string, found a number"))) {
            try Importer.read(path: "/d.json", fileSystem: fs)
        }
    }

    @Test func formatDetection() {
        #expect(ImportFormat.detect(path: "a.apkg", head: []) == .anki)
        #expect(ImportFormat.detect(path: "a.bin", head: [0x50, 0x4B, 0x03, 0x04]) == .anki)
        #expect(ImportFormat.detect(path: "a", head: Array("  {\"title\":1}".utf8)) == .json)
        #expect(ImportFormat.detect(path: "notes", head: Array("# Deck\n\n## Term\ntext".utf8)) == .markdown)
        #expect(ImportFormat.detect(path: "x.txt", head: Array("a\tb\nc\td\n".utf8)) == .quizlet)
        #expect(ImportFormat.detect(path: "x.txt", head: Array("a,b\n".utf8)) == .csv)
        #expect(ImportFormat(name: "apkg") == .anki)
        #expect(ImportFormat(name: "md") == .markdown)
    }
}
