import HoneKit

/// The JSON columns of a schema 11 `col` row, with the fields Anki's own legacy writer gives them.
extension AnkiCollectionRows {
    static let modified = String(AnkiPackage.created)

    static var configJSON: String {
        JSONText.object([
            ("activeDecks", "[1]"), ("addToCur", "true"), ("collapseTime", "1200"), ("curDeck", "1"),
            ("curModel", JSONText.quote(String(AnkiPackage.noteTypeID))), ("dueCounts", "true"), ("estTimes", "true"),
            ("newBury", "true"), ("newSpread", "0"), ("nextPos", "1"), ("sortBackwards", "false"),
            ("sortType", JSONText.quote("noteFld")), ("timeLim", "0"),
        ])
    }

    static var modelsJSON: String {
        func field(_ name: String, _ ord: Int) -> String {
            JSONText.object([("name", JSONText.quote(name)), ("ord", String(ord)), ("font", JSONText.quote("Arial")),
                             ("media", "[]"), ("rtl", "false"), ("size", "20"), ("sticky", "false")])
        }
        func template(_ name: String, _ ord: Int, question: String, answer: String) -> String {
            JSONText.object([("name", JSONText.quote(name)), ("ord", String(ord)), ("qfmt", JSONText.quote(question)),
                             ("afmt", JSONText.quote(answer)), ("bqfmt", "\"\""), ("bafmt", "\"\""), ("did", "null")])
        }
        let id = String(AnkiPackage.noteTypeID)
        let model = JSONText.object([
            ("id", id), ("name", JSONText.quote("Basic (and reversed card)")), ("type", "0"), ("mod", modified), ("usn", "-1"),
            ("sortf", "0"), ("did", String(AnkiPackage.deckID)), ("tags", "[]"), ("vers", "[]"),
            ("flds", JSONText.array([field("Front", 0), field("Back", 1)])),
            ("tmpls", JSONText.array([
                template("Card 1", 0, question: "{{Front}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"),
                template("Card 2", 1, question: "{{Back}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}"),
            ])),
            ("req", #"[[0,"any",[0]],[1,"any",[1]]]"#),
            ("css", JSONText.quote(".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n}\n")),
            ("latexPre", JSONText.quote("\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n"
                + "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n")),
            ("latexPost", JSONText.quote("\\end{document}")),
        ])
        return JSONText.object([(id, model)])
    }

    static var decksJSON: String {
        func deck(_ id: Int64, _ name: String) -> String {
            JSONText.object([
                ("id", String(id)), ("name", JSONText.quote(name)), ("conf", "1"), ("desc", "\"\""), ("dyn", "0"),
                ("collapsed", "false"), ("extendNew", "10"), ("extendRev", "50"), ("mod", modified), ("usn", "0"),
                ("newToday", "[0,0]"), ("revToday", "[0,0]"), ("lrnToday", "[0,0]"), ("timeToday", "[0,0]"),
            ])
        }
        return JSONText.object([("1", deck(1, "Default")), (String(AnkiPackage.deckID), deck(AnkiPackage.deckID, AnkiPackage.deckName))])
    }

    static var deckOptionsJSON: String {
        let options = JSONText.object([
            ("id", "1"), ("name", JSONText.quote("Default")), ("mod", "0"), ("usn", "0"), ("maxTaken", "60"), ("autoplay", "true"),
            ("timer", "0"), ("replayq", "true"), ("dyn", "false"),
            ("new", JSONText.object([("bury", "false"), ("delays", "[1.0,10.0]"), ("initialFactor", "2500"), ("ints", "[1,4,0]"),
                                     ("order", "1"), ("perDay", "20")])),
            ("rev", JSONText.object([("bury", "false"), ("ease4", "1.3"), ("ivlFct", "1.0"), ("maxIvl", "36500"), ("perDay", "200"),
                                     ("hardFactor", "1.2")])),
            ("lapse", JSONText.object([("delays", "[10.0]"), ("leechAction", "1"), ("leechFails", "8"), ("minInt", "1"),
                                       ("mult", "0.0")])),
        ])
        return JSONText.object([("1", options)])
    }
}
