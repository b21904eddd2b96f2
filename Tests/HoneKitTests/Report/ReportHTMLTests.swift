import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import HoneKit

/// The HTML report: well-formed (it parses as XML), self-contained, with its four charts, and every
/// figure it shows equal to the JSON report's.
@Suite struct ReportHTMLTests {
    /// What the XML parser saw: every element with its attributes and text.
    final class Page: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var text = ""
            var ancestors: [String]
        }
        var elements: [Element] = []
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let ancestors = open.map { elements[$0].attributes["id"] ?? elements[$0].name }
            elements.append(Element(name: name, attributes: attributes, ancestors: ancestors))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for index in open { elements[index].text += string }
        }
    }

    func page(_ html: String) throws -> Page {
        let parser = XMLParser(data: Data(html.utf8))
        let page = Page()
        parser.delegate = page
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return page
    }

    /// The JSON node at a path like `decks.0.known`.
    func node(_ root: JSONNode, _ path: String) -> JSONNode? {
        path.split(separator: ".").reduce(root as JSONNode?) { node, key in
            if let index = Int(key) { return node?.array.flatMap { index < $0.count ? $0[index] : nil } }
            return node?[String(key)]
        }
    }

    /// Equal JSON values (ignoring where they were in the text).
    func same(_ a: JSONNode, _ b: JSONNode) -> Bool {
        switch (a.value, b.value) {
        case (.array(let x), .array(let y)): x.count == y.count && zip(x, y).allSatisfy(same)
        case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && same($0.node, $1.node) }
        default: a.value == b.value
        }
    }

    @Test func wellFormedSelfContainedWithFourCharts() throws {
        let html = ReportHTML.render(try ReportScenario.report())
        let page = try page(html)
        #expect(page.elements.first?.name == "html")
        let charts = page.elements.filter { $0.name == "svg" }.compactMap { $0.attributes["id"] }
        #expect(charts == ["chart-forecast", "chart-retention", "chart-heatmap", "chart-recall"])
        func marks(_ chart: String, _ name: String) -> [Page.Element] {
            page.elements.filter { $0.name == name && $0.ancestors.contains(chart) }
        }
        #expect(marks("chart-forecast", "rect").count == 30)
        #expect(marks("chart-recall", "rect").count == 10)
        let days = marks("chart-heatmap", "rect")
        #expect(days.count == 176)
        #expect(days.first { $0.text.hasPrefix("2026-11-01:") }?.attributes["class"] == "l4")
        #expect(days.first { $0.text.hasPrefix("2026-11-01:") }?.text == "2026-11-01: 5 reviews")
        #expect(days.first { $0.text.hasPrefix("2026-11-30:") }?.attributes["class"] == "l0")
        // Retention over time: a dot per week with reviews (five of them), with its rate.
        let dots = marks("chart-retention", "circle")
        #expect(dots.count == 5)
        #expect(dots.map(\.text).contains("week of 2026-11-02: 0.0% (0 of 7)"))
        // Nothing to fetch: no scripts, links, images, imports or URLs but the XML namespaces.
        for forbidden in ["<script", "<link", "<img", " src=", " href=", "url(", "@import"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let urls = html.components(separatedBy: "http").count - 1
        #expect(urls == 1 + 4, "the XHTML namespace and one SVG namespace per chart")
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"))
    }

    @Test func everyFigureEqualsTheJSON() throws {
        let report = try ReportScenario.report()
        let json = try JSONParser.parse(ReportJSON.render(report))
        let figures = try page(ReportHTML.render(report)).elements.filter { $0.attributes["data-field"] != nil }
        var fields = Set<String>()
        for figure in figures {
            let field = figure.attributes["data-field"]!
            fields.insert(field)
            let value = try JSONParser.parse(figure.attributes["data-value"]!)
            let expected = try #require(node(json, field), "\(field) is not in the JSON")
            #expect(same(value, expected), "\(field): \(figure.attributes["data-value"]!)")
        }
        let required = ["cards.total", "cards.new", "cards.learning", "cards.young", "cards.mature", "cards.suspended",
                        "knowledge.seen", "knowledge.mean_retrievability", "knowledge.estimated_known",
                        "due.today", "due.tomorrow", "due.week", "due.forecast",
                        "retention.desired", "retention.true_7d", "retention.true_30d", "retention.true_365d",
                        "retention.young_30d", "retention.mature_30d", "activity.reviews_total", "activity.study_days",
                        "activity.streak_current", "activity.streak_longest", "activity.reviews_per_day", "activity.minutes_per_day",
                        "decks.0.cards", "decks.0.known", "tags.0.known", "tags.1.known", "columns.0.known", "weakest.0.card",
                        "weakest.5.retrievability", "most_lapses.0.lapses", "leeches.0", "retrievability_bands"]
        #expect(Set(required).subtracting(fields).isEmpty, "missing: \(Set(required).subtracting(fields).sorted())")
        // What is shown is the JSON value, formatted.
        func shown(_ field: String) -> String? { figures.first { $0.attributes["data-field"] == field }?.text }
        #expect(shown("cards.total") == "10")
        #expect(shown("retention.true_30d") == "10.0%")
        #expect(shown("retention.mature_30d") == "33.3%")
        #expect(shown("retention.desired") == "80%")
        #expect(shown("activity.minutes_per_day") == "1.5")
        #expect(shown("decks.0.cards") == "10")
        #expect(shown("leeches.0") == "cat (term)")
    }

    @Test func deckTextIsEscaped() throws {
        var deck = ReportScenario.deck
        deck.title = "Tags <b> & \"quotes\""
        deck.entries[0].tags = ["<script>alert(1)</script>"]
        let report = try Report.make(decks: [deck], fileSystem: ReportScenario.fileSystem(), learnerFolder: ReportScenario.folder,
                                     timeZone: ReportScenario.utc, learner: "default", now: ReportScenario.now, allDecks: true).report
        let html = ReportHTML.render(report)
        _ = try page(html)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Tags &lt;b&gt; &amp; &quot;quotes&quot;"))
    }
}
