extension RivalTable {
    /// For each name, the index of the previous name with the same compact form, or -1 (names
    /// without a form have none): the rival screen asks whether a kept name repeats one left out.
    static func previousSame(_ names: UnsafeMutableBufferPointer<Name>, bytes: UnsafeMutableBufferPointer<UInt8>) -> [Int32] {
        var previous = [Int32](repeating: -1, count: names.count)
        // Open addressing: per distinct form, the last name seen with it.
        var capacity = 16
        while capacity < names.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        func compact(_ name: Name) -> UnsafeMutableBufferPointer<UInt8> {
            UnsafeMutableBufferPointer(rebasing: bytes[Int(name.start)..<Int(name.start + name.count)])
        }
        for index in names.indices where names[index].kind != .empty {
            let name = names[index]
            var slot = Int(name.hash & UInt64(capacity - 1))
            while true {
                let other = Int(slots[slot])
                if other < 0 {
                    slots[slot] = Int32(index)
                    break
                }
                let seen = names[other]
                if seen.hash == name.hash, seen.count == name.count, compact(seen).elementsEqual(compact(name)) {
                    previous[index] = Int32(other)
                    slots[slot] = Int32(index)
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
        }
        return previous
    }
}
