import Testing
import AlineaClean

@Suite("Protected spans")
struct ProtectedSpansTests {
    func protectedText(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ProtectedSpans.find(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test("document symbols, addresses and codes are protected; words and plain numbers are not")
    func symbols() {
        #expect(protectedText("voir MC.DEC/2/09 et (SEC.GAL/107/10), A/65/201") == ["MC.DEC/2/09", "(SEC.GAL/107/10),", "A/65/201"])
        #expect(protectedText("écrire à pm@osce.org ou www.osce.org") == ["pm@osce.org", "www.osce.org"])
        #expect(protectedText("le G20 et COVID-19") == ["G20", "COVID-19"])
        #expect(protectedText("le 2 juin 2010, la 45ème séance. Fin.").isEmpty)
    }

    @Test("a program or function named with its manual section is protected; a word before a footnote number is not")
    func manualReferences() {
        #expect(protectedText("invoquer htons(3) puis ls(1), printf(3p) et fork(2).") == ["htons(3)", "ls(1),", "printf(3p)", "fork(2)."])
        #expect(protectedText("la décision(1) et le (3) et Unies(1)").isEmpty)
    }
}
