import Foundation
import ParleyCore
import Testing

@testable import ParleyAnalysis

@Suite struct StanceSeedDiagnostics {
  @Test("diag") func diag() throws {
    let folder = BundledData.directory("articles")!
    let report = try CorpusLoader().load(paths: [ProcessInfo.processInfo.environment["STANCE_DIR"] ?? folder])
    let extractor = StanceExtractor(lexicon: try StanceFixtures.lexicon())
    var claims: [StanceClaim] = []
    let recognizer = EntityRecognizer(lexicon: try Lexicon.bundled())
    let real = ProcessInfo.processInfo.environment["STANCE_FIXTURE"] == nil
    for article in report.articles {
      let c = extractor.claims(in: article, entities: real ? recognizer.recognize(article) : StanceFixtures.entities(article))
      claims += c
      for claim in c {
        print("CLAIM \(claim.fileName.prefix(4)) \(claim.party) \(claim.topic) \(claim.stance) [\(claim.holder.name)/\(claim.holder.route)] cues=\(claim.cues) :: \(article.body.slice(claim.sentenceRange).prefix(160))")
      }
    }
    let gold = try GoldStanceFile.load(path: ProcessInfo.processInfo.environment["STANCE_GOLD"] ?? StanceFixtures.fixturePath("stances-gold.tsv"))
    let eval = StanceEvaluation.evaluate(
      predicted: StanceEvaluation.keys(of: StanceAggregation.positions(claims)), gold: gold,
      files: Set(report.articles.map(\.fileName)))
    print("F1 \(eval.overall.f1) P \(eval.overall.precision) R \(eval.overall.recall)")
    for m in eval.misses { print("MISS \(m.file.prefix(4)) \(m.party) \(m.topic) \(m.stance)") }
    for m in eval.falseAlarms { print("FA \(m.file.prefix(4)) \(m.party) \(m.topic) \(m.stance)") }
  }
}
extension StanceSeedDiagnostics {
  @Test("dbg") func dbg() throws {
    let text = ProcessInfo.processInfo.environment["STANCE_SENT"] ?? "He dismissed Ukraine’s refusal to recognise the annexation of Crimea."
    let article = StanceFixtures.article(text)
    let extractor = StanceExtractor(lexicon: try StanceFixtures.lexicon())
    var state = ArticleState()
    let mentions = extractor.bodyMentions(article: article, entities: EntityRecognizer(lexicon: try Lexicon.bundled()).recognize(article))
    var r = extractor.read(article: article, sentence: article.sentences[0], mentions: mentions, state: &state)
    print("TOK", r.tokens.map { $0.text + ($0.isPossessive ? "'s" : "") })
    print("TRIG", r.triggers.map { "\($0.term.topic) \($0.tokens)" })
    print("CUES", r.cues.map { "\($0.role) \($0.text) \($0.tokens) left=\($0.governsLeft)" })
    print("MENT", r.mentions.map { "\($0.party) \($0.name) \($0.tokens)" })
    print("REP", r.reporting.map { "\($0.text) \($0.tokens)" })
    print("SEG", r.segments)
    let c = extractor.claimsOf(reading: &r, article: article, sentenceIndex: 0, sentence: article.sentences[0], state: &state)
    for claim in c { print("CLAIM \(claim.party) \(claim.topic) \(claim.stance) [\(claim.holder.name)/\(claim.holder.route)] cues=\(claim.cues)") }
  }
}
