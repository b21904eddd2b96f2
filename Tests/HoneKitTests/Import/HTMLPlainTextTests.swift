import Testing
@testable import HoneKit

@Suite struct HTMLPlainTextTests {
    @Test(arguments: [
        ("<b>caf&eacute;</b> &amp; cr&egrave;me", "café & crème"),
        ("<div>coffee</div><div>and cream</div>", "coffee; and cream"),
        ("<ul><li>hot</li><li>cold</li></ul>", "hot; cold"),
        ("line<br>break<br/>here", "line; break; here"),
        ("First.<br>Second", "First. Second"),
        ("a&nbsp;b &lt;ok&gt; &#233; &#x1F600; &yuml; &iexcl; &Omega;&omega; &bogus; &", "a b <ok> é 😀 ÿ ¡ Ωω &bogus; &"),
        ("x < y and 3 <4", "x < y and 3 <4"),
        ("<script>alert(1)</script>shown<style>p{}</style>", "shown"),
        ("<!-- note -->kept", "kept"),
        ("<a href=\"x>y\">link</a>", "link"),
        ("  spaced \n  out  ", "spaced out"),
        ("H<sub>2</sub>O", "H2O"),
        ("👩‍👩‍👧 family", "👩‍👩‍👧 family"),
    ])
    func converts(_ html: String, _ text: String) {
        #expect(HTMLPlainText.plain(html).text == text)
    }

    @Test func mediaIsDroppedAndCounted() {
        let converted = HTMLPlainText.plain("gato <img src=\"cat.jpg\"> [sound:cat.mp3]<audio src=a.mp3><source src=b.ogg>fallback</audio>!")
        #expect(converted.text == "gato !")
        #expect(converted.media == 3)
    }
}

@Suite struct AnkiClozeTests {
    @Test func eachNumberIsACardWithItsHint() {
        let cards = AnkiCloze("{{c1::Canberra::city}} is the capital of {{c2::Australia}}.").cards
        #expect(cards == [
            .init(number: 1, answer: "Canberra", sentence: "[city] is the capital of Australia."),
            .init(number: 2, answer: "Australia", sentence: "Canberra is the capital of [...]."),
        ])
    }

    @Test func oneNumberTwiceIsAnsweredTogether() {
        let cards = AnkiCloze("{{c1::H2O}} and {{c1::NaCl}}").cards
        #expect(cards == [.init(number: 1, answer: "H2O, NaCl", sentence: "[...] and [...]")])
    }

    @Test func nestedDeletions() {
        let cards = AnkiCloze("{{c1::The {{c2::French}} capital}} is Paris").cards
        #expect(cards.map(\.answer) == ["The French capital", "French"])
        #expect(cards.map(\.sentence) == ["[...] is Paris", "The [...] capital is Paris"])
    }

    @Test func unclosedAndFakeMarkersStayText() {
        #expect(AnkiCloze("{{c1::never closed").segments == [.text("{{c1::never closed")])
        #expect(AnkiCloze("{{cx::no}} {{c::no}} {c1::no}").cards.isEmpty)
    }

    @Test func theHintIsAfterTheLastSeparator() {
        #expect(AnkiCloze("{{c1::open and {{cx::no}}").cards == [.init(number: 1, answer: "open and {{cx", sentence: "[no]")])
    }
}

@Suite struct AnkiNoteLayoutTests {
    func layout(_ fields: [String], _ questions: [String], cloze: Bool = false) -> AnkiNoteLayout {
        AnkiNoteLayout(AnkiCollection.NoteType(id: 1, name: "T", isCloze: cloze, fields: fields,
                                               templates: questions.enumerated().map { .init(ord: $0, name: "Card \($0 + 1)", question: $1) }))
    }

    @Test func basicCardOneIsTheDefinitionCard() {
        let basic = layout(["Front", "Back"], ["{{Front}}"])
        guard case .pair(0, 1) = basic.shape else { Issue.record("\(basic.shape)"); return }
        #expect(basic.sides == [0: .definition])
    }

    @Test func theReversedCardIsTheTermCard() {
        #expect(layout(["Front", "Back"], ["{{Front}}", "{{Back}}"]).sides == [0: .definition, 1: .term])
    }

    @Test func aTypedFieldIsTheTerm() {
        let typed = layout(["Front", "Back"], ["{{Front}}\n\n{{type:Back}}"])
        guard case .pair(1, 0) = typed.shape else { Issue.record("\(typed.shape)"); return }
        #expect(typed.sides == [0: .term])
    }

    @Test func customTypesMapByNameElseTheFirstTwoFields() {
        let named = layout(["Example", "Meaning", "Word"], ["{{Word}}{{#Example}} ({{Example}}){{/Example}}", "{{text:Meaning}}"])
        guard case .pair(2, 1) = named.shape else { Issue.record("\(named.shape)"); return }
        #expect(named.detailFields == [0])
        #expect(named.sides == [0: .definition, 1: .term])
        guard case .pair(0, 1) = layout(["A", "B", "C"], ["{{A}}"]).shape else { Issue.record("first two"); return }
        guard case .unusable = layout(["Only"], ["{{Only}}"]).shape else { Issue.record("one field"); return }
    }

    @Test func optionalReversedCardsSwitchIsNoDetail() {
        let optional = layout(["Front", "Back", "Add Reverse"], ["{{Front}}", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}"])
        #expect(optional.detailFields == [])
        #expect(optional.sides == [0: .definition, 1: .term])
    }

    @Test func clozeTypesReadTheClozeField() {
        let cloze = layout(["Extra", "Text"], ["{{cloze:Text}}"], cloze: true)
        guard case .cloze(1) = cloze.shape else { Issue.record("\(cloze.shape)"); return }
        #expect(cloze.detailFields == [0])
    }

    @Test func templateReferences() {
        #expect(AnkiTemplate.references(in: "{{#Tags}}{{ Front }}{{/Tags}} {{!c}} {{hint:Extra}} {{type:Back}}") == [
            .init(field: "Front", filters: []), .init(field: "Extra", filters: ["hint"]), .init(field: "Back", filters: ["type"]),
        ])
    }

    @Test func guidsBecomeDistinctStableIDs() {
        #expect(AnkiNoteMapper.entryID(guid: "pxOuWt+02T") == "70784f7557742b303254")
        #expect(AnkiNoteMapper.entryID(guid: "pxouwt+02t") != AnkiNoteMapper.entryID(guid: "pxOuWt+02T"))
        #expect(AnkiNoteMapper.entryID(guid: String(repeating: "x", count: 40)).count == 17)
    }

    @Test func protobufFields() {
        #expect(ProtobufFields([0x08, 0x03]).varints[1] == 3)
        let template = ProtobufFields([0x0A, 0x09] + Array("{{Front}}".utf8) + [0x12, 0x01, 0x41, 0x40, 0x96, 0x01])
        #expect(template.string(1) == "{{Front}}")
        #expect(template.string(2) == "A")
        #expect(template.varints[8] == 150)
        #expect(ProtobufFields([0x0A, 0x7F, 0x41]).string(1) == nil) // a length past the end
    }

    @Test func zstdStreamsInPiecesAndRejectsTruncation() throws {
        // A zstd frame of "hello hello hello hello\n" (zstd -19), fed one byte at a time.
        let frame: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD, 0x04, 0x68, 0x6D, 0x00, 0x00, 0x38, 0x68, 0x65, 0x6C, 0x6C, 0x6F, 0x20,
                              0x0A, 0x01, 0x00, 0x99, 0x4B, 0x11, 0xA8, 0x7C, 0x2E, 0xA8]
        let decoder = try ZstdDecoder()
        var out: [UInt8] = []
        for byte in frame {
            try [byte].withUnsafeBytes { bytes throws in try decoder.decompress(bytes) { out += $0 } }
        }
        try decoder.finish()
        #expect(String(decoding: out, as: UTF8.self) == "hello hello hello hello\n")
        let truncated = try ZstdDecoder()
        try Array(frame.prefix(12)).withUnsafeBytes { bytes throws in try truncated.decompress(bytes) { _ in } }
        #expect(throws: ExtractionFailure.self) { try truncated.finish() }
    }
}
