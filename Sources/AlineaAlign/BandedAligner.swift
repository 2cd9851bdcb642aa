import Foundation

/// The dynamic program over two unit sequences, restricted to a band around
/// an expected path so that time and memory grow linearly with the text.
///
/// The band starts around the length diagonal (French prefix length × the
/// pair's English/French character ratio) with a half-width of `initialWidth`
/// units; when the best path comes close to the band edge, the band is
/// re-centred on that path and widened, and the program re-run. Pairwise
/// lexical matches are computed only for unit pairs inside the band.
struct BandedAligner {
    let french: UnitFeatures
    let english: UnitFeatures
    let weights: AlignWeights
    /// Whether to use block type / numbering features.
    let structured: Bool
    var initialWidth = 16
    var maxRounds = 6
    /// `ALINEA_ALIGN_TRACE=1` prints band rounds to stderr (diagnostics).
    static let trace = ProcessInfo.processInfo.environment["ALINEA_ALIGN_TRACE"] != nil

    /// One bead of the best path, with the evidence used to rate it.
    struct Step {
        var frenchStart: Int, frenchCount: Int, englishStart: Int, englishCount: Int
        var cost: Double
        /// How much worse the best alternative ending at the same cell is.
        var margin: Double
        var similarity: Double
    }

    func align() -> [Step] { alignReportingCells().steps }

    /// The best path and the number of DP cells of the last band (to check
    /// that the search stays linear).
    func alignReportingCells() -> (steps: [Step], cells: Int) {
        let n = french.count, m = english.count
        if n == 0 && m == 0 { return ([], 0) }
        if n == 0 || m == 0 {
            var steps: [Step] = []
            for i in 0..<n { steps.append(Step(frenchStart: i, frenchCount: 1, englishStart: 0, englishCount: 0, cost: weights.skip, margin: 10, similarity: 0)) }
            for j in 0..<m { steps.append(Step(frenchStart: 0, frenchCount: 0, englishStart: j, englishCount: 1, cost: weights.skip, margin: 10, similarity: 0)) }
            return (steps, 0)
        }
        var center = anchoredDiagonal()
        let base = initialWidth
        var widths = [Int](repeating: base, count: n + 1)
        var round = 0
        while true {
            round += 1
            let full = widths.max()! * 2 + 8 >= m
            let band = Band(center: center, widths: full ? [Int](repeating: m + 1, count: n + 1) : widths, n: n, m: m)
            let (steps, touchedRows, path) = run(band: band)
            if Self.trace { FileHandle.standardError.write(Data("align: round \(round) cells \(band.rowOffset[n + 1]) touched rows \(touchedRows.count)\n".utf8)) }
            if touchedRows.isEmpty || full || round >= maxRounds { return (steps, band.rowOffset[n + 1]) }
            // Re-centre on the path found and double the width around the
            // rows where it ran along the band's edge.
            center = path
            let previous = widths
            for r in touchedRows {
                let reach = previous[r] * 2
                for k in max(0, r - reach)...min(n, r + reach) { widths[k] = max(widths[k], previous[r] * 2) }
            }
        }
    }

    // MARK: - Band

    struct Band {
        var lo: [Int]
        var hi: [Int]
        var rowOffset: [Int]

        init(center: [Int], widths: [Int], n: Int, m: Int) {
            lo = [Int](repeating: 0, count: n + 1)
            hi = [Int](repeating: 0, count: n + 1)
            for i in 0...n {
                lo[i] = max(0, center[i] - widths[i])
                hi[i] = min(m, center[i] + widths[i])
            }
            lo[0] = 0; hi[n] = m
            for i in 1...n { lo[i] = max(lo[i], lo[i - 1]); hi[i] = max(hi[i], hi[i - 1]) }
            for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]); lo[i] = min(lo[i], lo[i + 1]) }
            // Connectivity: each row must reach the next within a 3-column step.
            for i in 1...n where lo[i] > hi[i - 1] { lo[i] = hi[i - 1] }
            rowOffset = [Int](repeating: 0, count: n + 2)
            for i in 0...n { rowOffset[i + 1] = rowOffset[i] + (hi[i] - lo[i] + 1) }
        }

        @inline(__always) func index(_ i: Int, _ j: Int) -> Int? {
            if j < lo[i] || j > hi[i] { return nil }
            return rowOffset[i] + j - lo[i]
        }
    }

    /// Expected English position for each French prefix, by cumulative length.
    private func diagonal() -> [Int] {
        let n = french.count, m = english.count
        var cumF = [Double](repeating: 0, count: n + 1)
        for i in 0..<n { cumF[i + 1] = cumF[i] + Double(french.lengths[i]) + 1 }
        var cumE = [Double](repeating: 0, count: m + 1)
        for j in 0..<m { cumE[j + 1] = cumE[j] + Double(english.lengths[j]) + 1 }
        let ratio = cumE[m] / max(1, cumF[n])
        var out = [Int](repeating: 0, count: n + 1)
        var j = 0
        for i in 0...n {
            let target = cumF[i] * ratio
            while j < m && cumE[j + 1] <= target { j += 1 }
            out[i] = j
        }
        out[n] = m
        return out
    }

    /// The expected path through anchor points: a key that occurs the same
    /// number of times on both sides (at most 64) pairs its k-th French
    /// occurrence with its k-th English one; the longest chain of such pairs
    /// increasing on both sides (outliers drop out) is interpolated, and the
    /// length diagonal (shifted to agree with the nearest anchor) fills the ends.
    func anchoredDiagonal() -> [Int] {
        let n = french.count, m = english.count
        let base = diagonal()
        func occurrences(_ f: UnitFeatures) -> [Int32: [Int32]] {
            var occ: [Int32: [Int32]] = [:]
            for u in 0..<f.count {
                for t in Int(f.tokenStart[u])..<Int(f.tokenStart[u + 1]) {
                    let k = f.lists.own(f.tokenList[t])
                    occ[k, default: []].append(Int32(u))
                }
            }
            return occ
        }
        let fo = occurrences(french), eo = occurrences(english)
        var candidates: [(i: Int32, j: Int32)] = []
        for (k, fl) in fo where fl.count <= 64 {
            guard let el = eo[k], el.count == fl.count else { continue }
            for x in 0..<fl.count { candidates.append((fl[x], el[x])) }
        }
        if candidates.isEmpty { return base }
        candidates.sort { $0.i != $1.i ? $0.i < $1.i : $0.j < $1.j }
        // Longest chain strictly increasing in both i and j (patience sorting).
        var tailsJ: [Int32] = [], tailsIdx: [Int] = []
        var parent = [Int](repeating: -1, count: candidates.count)
        var k = 0
        while k < candidates.count {
            // Process candidates of one row together so the chain is strict in i.
            var e = k
            while e < candidates.count && candidates[e].i == candidates[k].i { e += 1 }
            var updates: [(pos: Int, idx: Int)] = []
            for c in k..<e {
                let j = candidates[c].j
                var lo = 0, hi = tailsJ.count
                while lo < hi { let mid = (lo + hi) / 2; if tailsJ[mid] < j { lo = mid + 1 } else { hi = mid } }
                parent[c] = lo > 0 ? tailsIdx[lo - 1] : -1
                updates.append((lo, c))
            }
            for (pos, c) in updates {
                if pos == tailsJ.count { tailsJ.append(candidates[c].j); tailsIdx.append(c) }
                else if candidates[c].j < tailsJ[pos] { tailsJ[pos] = candidates[c].j; tailsIdx[pos] = c }
            }
            k = e
        }
        var chain: [(i: Int, j: Int)] = []
        var c = tailsIdx.last ?? -1
        while c >= 0 { chain.append((Int(candidates[c].i), Int(candidates[c].j))); c = parent[c] }
        chain.reverse()
        if chain.count < 2 { return base }
        var out = base
        // Before the first and after the last anchor: the diagonal, shifted.
        let headShift = chain[0].j - base[chain[0].i]
        for i in 0..<chain[0].i { out[i] = base[i] + headShift }
        let last = chain[chain.count - 1]
        let tailShift = last.j - base[last.i]
        if last.i <= n { for i in last.i...n { out[i] = base[i] + tailShift } }
        for a in 0..<chain.count - 1 {
            let (i0, j0) = chain[a], (i1, j1) = chain[a + 1]
            for i in i0...i1 { out[i] = j0 + (j1 - j0) * (i - i0) / max(1, i1 - i0) }
        }
        for i in 0...n { out[i] = min(m, max(0, out[i])) }
        out[0] = 0; out[n] = m
        return out
    }

    // MARK: - Pair evidence

    /// Matched evidence of French unit p against English unit q, both ways,
    /// for the q range each p can meet inside the band.
    struct PairTable {
        var qLo: [Int]
        var qHi: [Int]
        var offset: [Int]
        var matchedFrench: [Float]
        var matchedEnglish: [Float]

        @inline(__always) func get(_ p: Int, _ q: Int) -> (Float, Float) {
            if q < qLo[p] || q >= qHi[p] { return (0, 0) }
            let k = offset[p] + q - qLo[p]
            return (matchedFrench[k], matchedEnglish[k])
        }
    }

    private func pairTable(band: Band) -> PairTable {
        let n = french.count, m = english.count
        var qLo = [Int](repeating: 0, count: n), qHi = [Int](repeating: 0, count: n)
        var offset = [Int](repeating: 0, count: n + 1)
        for p in 0..<n {
            qLo[p] = max(0, band.lo[p + 1] - 3)
            qHi[p] = min(m, band.hi[min(n, p + 3)])
            if qHi[p] < qLo[p] { qHi[p] = qLo[p] }
            offset[p + 1] = offset[p] + (qHi[p] - qLo[p])
        }
        var mf = [Float](repeating: 0, count: offset[n])
        var me = [Float](repeating: 0, count: offset[n])
        let lists = french.lists
        lists.prepareStamps()
        // Marks are drawn before the loops (the stamps are borrowed inside them):
        // one block for the French units, one for the candidate pairs.
        let firstUnitMark = lists.freshMarks(n)
        let firstPairMark = lists.freshMarks(offset[n])
        french.tokenWeight.withUnsafeBufferPointer { fw in
        english.tokenWeight.withUnsafeBufferPointer { ew in
        french.tokenList.withUnsafeBufferPointer { fl in
        english.tokenList.withUnsafeBufferPointer { el in
        lists.keys.withUnsafeBufferPointer { keys in
        lists.start.withUnsafeBufferPointer { ls in
        lists.frenchStamp.withUnsafeMutableBufferPointer { sf in
        lists.englishStamp.withUnsafeMutableBufferPointer { se in
            for p in 0..<n {
                let pMark = firstUnitMark + Int32(p)
                let ft0 = Int(french.tokenStart[p]), ft1 = Int(french.tokenStart[p + 1])
                for t in ft0..<ft1 { let l = Int(fl[t]); for k in Int(ls[l])..<Int(ls[l + 1]) { sf[Int(keys[k])] = pMark } }
                for q in qLo[p]..<qHi[p] {
                    let idx = offset[p] + q - qLo[p]
                    let counter = firstPairMark + Int32(idx)
                    let et0 = Int(english.tokenStart[q]), et1 = Int(english.tokenStart[q + 1])
                    for t in et0..<et1 { let l = Int(el[t]); for k in Int(ls[l])..<Int(ls[l + 1]) { se[Int(keys[k])] = counter } }
                    var a: Float = 0
                    for t in ft0..<ft1 {
                        let w = fw[t]
                        if w < 0.05 { continue }
                        let l = Int(fl[t])
                        for k in Int(ls[l])..<Int(ls[l + 1]) where se[Int(keys[k])] == counter { a += w; break }
                    }
                    var b: Float = 0
                    for t in et0..<et1 {
                        let w = ew[t]
                        if w < 0.05 { continue }
                        let l = Int(el[t])
                        for k in Int(ls[l])..<Int(ls[l + 1]) where sf[Int(keys[k])] == pMark { b += w; break }
                    }
                    mf[idx] = a
                    me[idx] = b
                }
            }
        }}}}}}}}
        return PairTable(qLo: qLo, qHi: qHi, offset: offset, matchedFrench: mf, matchedEnglish: me)
    }

    // MARK: - Cost

    struct CostModel {
        let french: UnitFeatures
        let english: UnitFeatures
        let weights: AlignWeights
        let structured: Bool
        let ratio: Double
        let pairs: PairTable

        /// Cost of the bead taking French units fs..<fs+a and English units es..<es+b.
        @inline(__always) func cost(_ fs: Int, _ a: Int, _ es: Int, _ b: Int) -> (cost: Double, similarity: Double) {
            if a == 0 || b == 0 {
                // A heading left out whose number the other side has right here was merged, not dropped;
                // nor is the title that follows a bare section number (`7.5.1.` / `Sponsoring packages`).
                var cost = weights.skip * Double(a + b)
                if weights.anchorMismatch > 0 {
                    var flagged = 0
                    if a == 1, fs > 0, french.bareAnchor[fs - 1] { flagged += 1 }
                    if b == 1, es > 0, english.bareAnchor[es - 1] { flagged += 1 }
                    flagged += french.anchoredUnits(fs..<fs + a, foundIn: english, max(0, es - 1)..<min(english.count, es + 1), present: true)
                    flagged += english.anchoredUnits(es..<es + b, foundIn: french, max(0, fs - 1)..<min(french.count, fs + 1), present: true)
                    cost += weights.anchorMismatch * Double(flagged)
                }
                return (cost, 0)
            }
            var lf = 0.0, le = 0.0, wf = 0.0, we = 0.0, mfTotal = 0.0, meTotal = 0.0
            for p in fs..<fs + a { lf += Double(french.lengths[p]); wf += Double(french.totalWeight[p]) }
            for q in es..<es + b { le += Double(english.lengths[q]); we += Double(english.totalWeight[q]) }
            // Per-unit coverage, so that a short unit (a heading) counts as much
            // as a long one in deciding where it belongs.
            var unitCost = 0.0
            let floor = weights.similarityFloor, smoothing = weights.evidenceSmoothing
            for p in fs..<fs + a {
                var s: Float = 0
                for q in es..<es + b { s += pairs.get(p, q).0 }
                let matched = Double(min(s, french.totalWeight[p]))
                mfTotal += matched
                let coverage = matched / (Double(french.totalWeight[p]) + smoothing)
                unitCost -= log((coverage + floor) / (1 + floor))
            }
            for q in es..<es + b {
                var s: Float = 0
                for p in fs..<fs + a { s += pairs.get(p, q).1 }
                let matched = Double(min(s, english.totalWeight[q]))
                meTotal += matched
                let coverage = matched / (Double(english.totalWeight[q]) + smoothing)
                unitCost -= log((coverage + floor) / (1 + floor))
            }
            let similarity = (mfTotal + meTotal) / (wf + we + weights.evidenceSmoothing)
            var cost = prior(a, b)
            if weights.anchorMismatch > 0 {
                let unmatched = french.anchoredUnits(fs..<fs + a, foundIn: english, es..<es + b, present: false)
                    + english.anchoredUnits(es..<es + b, foundIn: french, fs..<fs + a, present: false)
                cost += weights.anchorMismatch * Double(unmatched)
            }
            cost += weights.length * lengthCost(lf, le)
            cost += weights.lexical * unitCost / 2
            if structured {
                let tf = french.typeCode[fs], te = english.typeCode[es]
                if tf >= 0 && te >= 0 && tf != te { cost += weights.typeMismatch }
                let nf = french.numberId[fs], ne = english.numberId[es]
                if nf >= 0 && ne >= 0 { cost += nf == ne ? -weights.numberMatch : weights.numberMismatch }
                let ff = french.fieldId[fs], fe = english.fieldId[es]
                if ff >= 0 && fe >= 0 && ff != fe { cost += weights.typeMismatch }
            }
            return (cost, similarity)
        }

        /// The shape's prior cost.
        @inline(__always) func prior(_ a: Int, _ b: Int) -> Double {
            switch (a, b) {
            case (1, 1): return weights.oneToOne
            case (1, 0), (0, 1): return weights.skip
            case (2, 1), (1, 2): return weights.merge
            case (2, 2): return weights.twoToTwo
            default: return weights.threeToOne
            }
        }

        /// A lower bound of `cost` (all other terms are non-negative, except the numbering bonus).
        @inline(__always) func lowerBound(_ a: Int, _ b: Int) -> Double {
            prior(a, b) - (structured && a > 0 && b > 0 ? weights.numberMatch : 0)
        }

        /// Gale–Church: −log P(|δ| ≥ observed), δ the normalised length difference.
        @inline(__always) func lengthCost(_ lf: Double, _ le: Double) -> Double {
            let mean = max(1, (lf * ratio + le) / 2)
            let delta = abs(le - lf * ratio) / (weights.lengthVariance * mean).squareRoot()
            let tail = erfc(delta / 2.0.squareRoot())
            return tail < 1e-12 ? 27.6 : -log(tail)
        }
    }

    // MARK: - Dynamic program

    private func run(band: Band) -> (steps: [Step], touchedRows: [Int], path: [Int]) {
        let n = french.count, m = english.count
        let pairs = pairTable(band: band)
        let totalF = french.lengths.reduce(0) { $0 + Double($1) }, totalE = english.lengths.reduce(0) { $0 + Double($1) }
        let model = CostModel(french: french, english: english, weights: weights, structured: structured,
                              ratio: totalF > 0 && totalE > 0 ? totalE / totalF : 1, pairs: pairs)
        let cells = band.rowOffset[n + 1]
        var score = [Double](repeating: .infinity, count: cells)
        var back = [UInt8](repeating: 255, count: cells)
        score[0] = 0
        let shapes = BeadShape.all
        for i in 0...n {
            for j in band.lo[i]...band.hi[i] {
                if i == 0 && j == 0 { continue }
                var best = Double.infinity, bestShape: UInt8 = 255
                for (s, shape) in shapes.enumerated() {
                    let pi = i - shape.french, pj = j - shape.english
                    if pi < 0 || pj < 0 { continue }
                    guard let pidx = band.index(pi, pj) else { continue }
                    let prev = score[pidx]
                    if prev == .infinity || prev + model.lowerBound(shape.french, shape.english) >= best { continue }
                    let c = prev + model.cost(pi, shape.french, pj, shape.english).cost
                    if c < best { best = c; bestShape = UInt8(s) }
                }
                let idx = band.rowOffset[i] + j - band.lo[i]
                score[idx] = best
                back[idx] = bestShape
            }
        }
        // Backtrace.
        var steps: [Step] = []
        var path = [Int](repeating: 0, count: n + 1)
        var touched: [Int] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let idx = band.rowOffset[i] + j - band.lo[i]
            path[i] = j
            if (j - band.lo[i] < 2 && band.lo[i] > 0) || (band.hi[i] - j < 2 && band.hi[i] < m) { touched.append(i) }
            let shape = shapes[Int(back[idx])]
            let pi = i - shape.french, pj = j - shape.english
            let chosen = model.cost(pi, shape.french, pj, shape.english)
            // Margin: the best other way of reaching this cell.
            var alternative = Double.infinity
            for (s, other) in shapes.enumerated() where s != Int(back[idx]) {
                let qi = i - other.french, qj = j - other.english
                if qi < 0 || qj < 0 { continue }
                guard let qidx = band.index(qi, qj), score[qidx] < .infinity else { continue }
                alternative = min(alternative, score[qidx] + model.cost(qi, other.french, qj, other.english).cost)
            }
            steps.append(Step(frenchStart: pi, frenchCount: shape.french, englishStart: pj, englishCount: shape.english,
                              cost: chosen.cost, margin: alternative == .infinity ? 10 : alternative - score[idx], similarity: chosen.similarity))
            i = pi; j = pj
        }
        // Fill path rows skipped by multi-unit French beads.
        var last = 0
        for r in 0...n { if r > 0 && path[r] == 0 { path[r] = last }; last = path[r] }
        return (steps.reversed(), touched, path)
    }
}
