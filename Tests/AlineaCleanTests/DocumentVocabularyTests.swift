import AlineaClean
import AlineaTestSupport
import Testing

@Suite("Document vocabulary")
struct DocumentVocabularyTests {
    @Test("fingerprints hold every form counted often enough, and turn most other strings away")
    func fingerprints() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("abcdeéèfghilmnopqrstuvàœ".unicodeScalars)
        func word() -> String {
            String(String.UnicodeScalarView((0..<(3 + Int(random.next() % 8))).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        var vocabulary = DocumentVocabulary()
        var repeated: [String] = [], single: [String] = []
        for _ in 0..<2_000 {
            let form = word()
            guard vocabulary.count(form) == 0 else { continue }
            if random.next() % 2 == 0 {
                vocabulary.add(form)
                vocabulary.add(form, inRunningText: false)
                repeated.append(form)
            } else {
                vocabulary.add(form)
                single.append(form)
            }
        }
        let twice = vocabulary.fingerprints(minimumCount: 2)
        func mayHold(_ form: String) -> Bool {
            var bytes = form
            return bytes.withUTF8 { twice.mayHold(utf8: $0) }
        }
        #expect(repeated.allSatisfy(mayHold))
        // About one string in 32 the set lacks still reads "maybe"; far fewer than half.
        let strays = single.filter(mayHold).count
        #expect(strays < single.count / 10, "\(strays) of \(single.count)")
        // Once is enough at minimum count 1.
        let once = vocabulary.fingerprints(minimumCount: 1)
        #expect((repeated + single).allSatisfy { form in
            var bytes = form
            return bytes.withUTF8 { once.mayHold(utf8: $0) }
        })
    }
}
