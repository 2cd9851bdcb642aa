import AlineaAlign
import Foundation
import Testing

/// Evaluation harness, off unless `ALINEA_EVAL_DIR` names a folder of
/// `NAME.{fr,en}.txt` + `NAME.gold.tsv` files (one unit per line, as written
/// by /work/shared/eval/make-debian-docs.py). Writes `NAME.pred.tsv`
/// (`fr<TAB>en<TAB>confidence`) into `ALINEA_EVAL_OUT`, for score.py.
/// `ALINEA_FREEDICT=1` aligns with FreeDict; `ALINEA_WEIGHTS=skip=3,merge=2`
/// overrides weights (used to fit them). Not an assertion test.
@Suite("Alignment evaluation harness")
struct AlignEvalHarness {
    static let directory = ProcessInfo.processInfo.environment["ALINEA_EVAL_DIR"]

    @Test("aligns every document of the evaluation folder", .enabled(if: directory != nil))
    func evaluate() throws {
        let env = ProcessInfo.processInfo.environment
        let dir = try #require(Self.directory)
        let out = env["ALINEA_EVAL_OUT"] ?? dir
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var weights = AlignWeights.fitted
        for assignment in (env["ALINEA_WEIGHTS"] ?? "").split(separator: ",") {
            let kv = assignment.split(separator: "=")
            guard kv.count == 2, let v = Double(kv[1]) else { continue }
            switch kv[0] {
            case "length": weights.length = v
            case "lengthVariance": weights.lengthVariance = v
            case "lexical": weights.lexical = v
            case "evidenceSmoothing": weights.evidenceSmoothing = v
            case "similarityFloor": weights.similarityFloor = v
            case "typeMismatch": weights.typeMismatch = v
            case "numberMatch": weights.numberMatch = v
            case "numberMismatch": weights.numberMismatch = v
            case "oneToOne": weights.oneToOne = v
            case "skip": weights.skip = v
            case "merge": weights.merge = v
            case "twoToTwo": weights.twoToTwo = v
            case "threeToOne": weights.threeToOne = v
            default: Issue.record("unknown weight \(kv[0])")
            }
        }
        let t0 = Date()
        let dictionary = env["ALINEA_FREEDICT"] == "1" ? try BilingualDictionary.freeDict() : nil
        let t1 = Date()
        let aligner = DocumentAligner(options: AlignOptions(dictionary: dictionary, weights: weights))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".gold.tsv") }.map { String($0.dropLast(9)) }.sorted()
        var alignSeconds = 0.0
        for name in names {
            let fr = try String(contentsOfFile: dir + "/" + name + ".fr.txt", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            let en = try String(contentsOfFile: dir + "/" + name + ".en.txt", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            let s = Date()
            let alignment = aligner.align(frenchUnits: fr, englishUnits: en)
            alignSeconds += Date().timeIntervalSince(s)
            var text = ""
            for b in alignment.beads {
                text += b.french.map(String.init).joined(separator: ",") + "\t" + b.english.map(String.init).joined(separator: ",") + "\t" + String(format: "%.3f", b.confidence) + "\n"
            }
            try text.write(toFile: out + "/" + name + ".pred.tsv", atomically: true, encoding: .utf8)
        }
        print("HARNESS dictionary load \(String(format: "%.3f", t1.timeIntervalSince(t0))) s; align \(String(format: "%.3f", alignSeconds)) s for \(names.count) documents")
    }
}
