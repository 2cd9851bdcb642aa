/// A table from words to values, hashed and compared by the words' UTF-8
/// bytes (`ByteKey`), for the cleaner's lookup tables of NFC words: a
/// `[String: Value]` hashes every word looked up with SipHash after
/// normalising it, which cost several times the lookup on tables asked of
/// every word of a text (`il` → `3sg`). Written as a dictionary literal;
/// inlinable, so that each table is specialised where it is used.
public struct WordTable<Value>: ExpressibleByDictionaryLiteral {
    @usableFromInline var storage: [ByteKey: Value]

    @inlinable
    public init(dictionaryLiteral elements: (String, Value)...) {
        storage = Dictionary(uniqueKeysWithValues: elements.map { (ByteKey($0.0), $0.1) })
    }

    /// The value for `word`, nil when the table has none; setting nil removes it.
    @inlinable
    public subscript(word: String) -> Value? {
        get { storage[ByteKey(word)] }
        set { storage[ByteKey(word)] = newValue }
    }

    /// The value for `word`, or `defaultValue` (which a mutation then stores).
    @inlinable
    public subscript(word: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { storage[ByteKey(word), default: defaultValue()] }
        set { storage[ByteKey(word)] = newValue }
    }
}

extension WordTable: Sendable where Value: Sendable {}
