/// Affix rules indexed by their affix bytes, so the rules that fit a word are
/// found by walking the word once from one end (from the start for prefixes,
/// from the end for suffixes) instead of testing every rule.
///
/// The rules of one affix are grouped by the characters they strip: all rules
/// of a group lead to the same root string, which the prefilter looks up once.
struct AffixTrie: Sendable {
    /// The rules, ordered so that each node's rules, and each strip group
    /// within them, are contiguous.
    let rules: [AffixRule]
    /// Rule ranges of the strip groups, in node order.
    let groups: [Range<Int>]
    private let fromEnd: Bool
    private var nodeByte: [UInt8] = [0]
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    /// Range of `groups` for the affix ending at each node.
    private var nodeGroups: [Range<Int>] = []

    /// Indexes `rules` by affix; `fromEnd` for suffixes (the trie then reads
    /// affixes backwards).
    init(rules unordered: [AffixRule], fromEnd: Bool) {
        self.fromEnd = fromEnd
        var rulesAtNode: [[AffixRule]] = [[]]
        for rule in unordered {
            var node = 0
            for byte in fromEnd ? Array(rule.affix.reversed()) : rule.affix {
                var child = Int(firstChild[node])
                while child >= 0, nodeByte[child] != byte { child = Int(nextSibling[child]) }
                if child < 0 {
                    child = nodeByte.count
                    nodeByte.append(byte)
                    firstChild.append(-1)
                    nextSibling.append(firstChild[node])
                    firstChild[node] = Int32(child)
                    rulesAtNode.append([])
                }
                node = child
            }
            rulesAtNode[node].append(rule)
        }
        var ordered: [AffixRule] = []
        var groups: [Range<Int>] = []
        for nodeRules in rulesAtNode {
            let firstGroup = groups.count
            // Stable grouping by strip: first appearance order.
            var strips: [[UInt8]] = []
            for rule in nodeRules where !strips.contains(rule.strip) { strips.append(rule.strip) }
            for strip in strips {
                let start = ordered.count
                ordered += nodeRules.filter { $0.strip == strip }
                groups.append(start..<ordered.count)
            }
            nodeGroups.append(firstGroup..<groups.count)
        }
        self.rules = ordered
        self.groups = groups
    }

    /// Calls `body(affixLength, groupRange)` for every affix that `word`
    /// starts (prefixes) or ends (suffixes) with, the empty affix first,
    /// and stops as soon as `body` returns true.
    @inline(__always)
    func anyMatch(in word: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) -> Bool) -> Bool {
        var node = 0
        var length = 0
        while true {
            let range = nodeGroups[node]
            if !range.isEmpty, body(length, range) { return true }
            guard length < word.count else { return false }
            let byte = fromEnd ? word[word.count - 1 - length] : word[length]
            var child = Int(firstChild[node])
            while child >= 0, nodeByte[child] != byte { child = Int(nextSibling[child]) }
            if child < 0 { return false }
            node = child
            length += 1
        }
    }
}
