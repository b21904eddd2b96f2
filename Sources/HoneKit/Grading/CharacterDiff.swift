/// A plain-text character diff: the characters both texts share are written as they are, the ones
/// only in the response as `[-x-]` (to delete) and the ones only in the expected text as `[+y+]`
/// (to insert). "foundation modle" against "foundation model" is "foundation mod[-l-]e[+l+]".
public enum CharacterDiff: Sendable {
    /// One step of a diff.
    public enum Edit: Sendable, Equatable {
        /// Characters in both texts.
        case same(String)
        /// Characters only in the response.
        case delete(String)
        /// Characters only in the expected text.
        case insert(String)
    }

    /// The edits that turn `response` into `expected`, along a longest common subsequence, with
    /// neighbouring edits of the same kind merged.
    public static func edits(from response: String, to expected: String) -> [Edit] {
        let a = Array(response), b = Array(expected)
        // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                append(.same(String(a[i])), to: &out)
                i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] > lcs[i + 1][j] {
                append(.insert(String(b[j])), to: &out)
                j += 1
            } else {
                append(.delete(String(a[i])), to: &out)
                i += 1
            }
        }
        return out
    }

    /// The diff as text. Spaces are not marked: a space only the expected text has is written
    /// plainly, and one only the response has is left out, since spacing is never an error.
    public static func render(from response: String, to expected: String) -> String {
        var out = ""
        for edit in edits(from: response, to: expected) {
            switch edit {
            case .same(let text): out += text
            case .delete(let text): out += marked(text, open: "[-", close: "-]", space: "")
            case .insert(let text): out += marked(text, open: "[+", close: "+]", space: " ")
            }
        }
        return out
    }

    /// `text` wrapped in markers, with its spaces taken out of the markers.
    private static func marked(_ text: String, open: String, close: String, space: String) -> String {
        var out = "", run = ""
        for c in text {
            if c == " " {
                if !run.isEmpty { out += open + run + close; run = "" }
                out += space
            } else {
                run.append(c)
            }
        }
        if !run.isEmpty { out += open + run + close }
        return out
    }

    private static func append(_ edit: Edit, to edits: inout [Edit]) {
        switch (edits.last, edit) {
        case (.same(let a)?, .same(let b)): edits[edits.count - 1] = .same(a + b)
        case (.delete(let a)?, .delete(let b)): edits[edits.count - 1] = .delete(a + b)
        case (.insert(let a)?, .insert(let b)): edits[edits.count - 1] = .insert(a + b)
        default: edits.append(edit)
        }
    }
}
