import Foundation
import Testing
@testable import HoneKit

@Suite struct OptimizerPipelineTests {
    func record(_ card: String, _ at: String, _ rating: Int) -> ReviewRecord {
        ReviewRecord(card: card, at: ISO8601.parse(at)!, rating: Rating(rawValue: rating)!)
    }

    @Test func sequencesCountStudyDaysAndOrderCardsByFirstReview() {
        let records = [
            record("b", "2024-03-02T10:00:00Z", 3),
            record("a", "2024-03-01T20:00:00Z", 1),
            record("a", "2024-03-02T03:00:00Z", 3), // before 04:00: still the study day of 03-01
            record("a", "2024-03-02T05:00:00Z", 3), // the next study day
            record("b", "2024-03-09T10:00:00Z", 1),
        ]
        let sequences = ReviewSequences(records, calendar: StudyCalendar())
        #expect(sequences.cardCount == 2)
        #expect(sequences.elapsedDays == [0, 0, 1, 0, 7])
        #expect(sequences.ratings == [1, 3, 3, 3, 1])
        #expect(sequences.sourceIndices == [1, 2, 3, 0, 4])
        #expect(sequences.longTermReviewCount == 2)
        let (train, test) = sequences.splitByCard(fraction: 0.5)
        #expect(train.ratings == [1, 3, 3] && test.ratings == [3, 1] && test.cardStarts == [0, 2])
    }

    @Test func fewerReviewsThanNeededSayHowManyMore() {
        let sequences = SyntheticReviewLog.sequences(cards: 5, seed: 1)
        #expect(throws: OptimizerError.notEnoughReviews(found: sequences.longTermReviewCount, needed: 64)) {
            try FSRSOptimizer().fit(sequences)
        }
        let message = OptimizerError.notEnoughReviews(found: 50, needed: 64).description
        #expect(message.contains("50 reviews") && message.contains("14 more"))
    }

    @Test func outlierFilterDropsRareDelaysAndLongFirstIntervals() {
        var sequences = ReviewSequences()
        // 40 cards first rated Good and seen again after 3 days, 2 after 5 days, 10 after 150 days.
        for _ in 0..<40 { sequences.appendCard([(0, .good), (3, .good)]) }
        for _ in 0..<2 { sequences.appendCard([(0, .good), (5, .again)]) }
        for _ in 0..<10 { sequences.appendCard([(0, .good), (150, .again)]) }
        sequences.appendCard([(0, .good), (0, .good)]) // no long-term review
        let kept = OutlierFilter(sequences).keptCards
        #expect(kept.filter { $0 }.count == 40)
        #expect(kept[0] && !kept[40] && !kept[42] && !kept[52])
    }

    @Test func initialStabilitiesIncreaseWithTheRatingAndMissingOnesAreFilled() throws {
        let filled = try #require(InitialStability.smoothAndFill([1: 3.0, 3: 2.0], counts: [1: 10, 3: 100]))
        #expect(filled[0] == 2.0 && filled[2] == 2.0) // Again larger than Good, with less evidence: lowered
        #expect(filled.allSatisfy { abs($0 - 2) < 1e-9 })
        let single = try #require(InitialStability.smoothAndFill([3: 2.3065 * 2], counts: [3: 10]))
        #expect(zip(single, FSRSParameters.defaultWeights).allSatisfy { abs($0 / $1 - 2) < 1e-9 })
        #expect(InitialStability.smoothAndFill([:], counts: [:]) == nil)
    }

    @Test func evaluationBinsFollowFSRSRS() {
        #expect(ModelEvaluation.bin(elapsed: 1, length: 2, lapses: 0) == (248 * 1000 + 4) * 1000)
        #expect(ModelEvaluation.bin(elapsed: 5, length: 3, lapses: 2) == (898 * 1000 + 4) * 1000 + 3)
    }

    @Test func evaluationOfPerfectPredictionsHasNoBinGap() throws {
        var sequences = ReviewSequences()
        for _ in 0..<10 { sequences.appendCard([(0, .good), (3, .good)]) }
        let evaluation = try #require(ModelEvaluation(parameters: FSRSParameters.defaultWeights, sequences: sequences))
        #expect(evaluation.reviews == 10)
        #expect(evaluation.logLoss > 0 && evaluation.rmseBins > 0)
        #expect(ModelEvaluation(parameters: FSRSParameters.defaultWeights, sequences: ReviewSequences()) == nil)
    }

    @Test func settingsKeepEveryOtherKey() throws {
        let before = Array("{\"desired_retention\": 0.85, \"parameters\": [1, 2], \"fuzz\": false,\n \"extra\": {\"a\": [1, \"x\"]}}".utf8)
        let weights = SyntheticReviewLog.trueParameters
        let after = try SettingsParameters.updated(before, parameters: weights, path: "settings.json")
        let root = try JSONParser.parse(after)
        #expect(root.members?.map(\.key) == ["desired_retention", "parameters", "fuzz", "extra"])
        #expect(root["parameters"]?.array?.compactMap(\.number) == weights)
        #expect(root["extra"]?["a"]?.array?.count == 2 && root["fuzz"]?.bool == false)
        let settings = try LearnerSettings.parse(after, path: "settings.json", timeZone: TimeZone(identifier: "UTC")!)
        #expect(settings.scheduling.parameters.weights == weights && settings.scheduling.desiredRetention == 0.85)
        let fresh = try JSONParser.parse(try SettingsParameters.updated(nil, parameters: weights, path: "s.json"))
        #expect(fresh.members?.map(\.key) == ["parameters"])
        #expect(throws: ProgressError.self) { try SettingsParameters.updated(Array("[1]".utf8), parameters: weights, path: "s.json") }
    }
}
