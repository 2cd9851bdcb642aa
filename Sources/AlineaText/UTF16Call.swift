/// Runs an ICU-style "preflighting" call that writes UTF-16 into a caller
/// buffer and returns the length it needs, retrying once with the exact size
/// when the first guess was too small. One helper serves every wrapper so the
/// retry logic exists once.
func withUTF16Output(
    _ input: String,
    operation: @autoclosure () -> String,
    _ body: (_ src: UnsafePointer<UInt16>, _ srcLength: Int32, _ dest: UnsafeMutablePointer<UInt16>, _ capacity: Int32, _ status: inout Int32) -> Int32
) throws -> String {
    let source = Array(input.utf16)
    var capacity = max(16, source.count + source.count / 4 + 8)
    for _ in 0..<2 {
        var status: Int32 = 0
        var output = [UInt16](repeating: 0, count: capacity)
        let needed = source.withUnsafeBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dest in
                body(src.baseAddress ?? UnsafePointer(bitPattern: 1)!, Int32(src.count), dest.baseAddress!, Int32(capacity), &status)
            }
        }
        if status == ICUError.bufferOverflow || Int(needed) > capacity {
            capacity = Int(needed) + 1
            continue
        }
        try ICUError.check(status, operation())
        return String(decoding: output[0..<Int(needed)], as: UTF16.self)
    }
    throw ICUError(code: ICUError.bufferOverflow, operation: operation())
}
