/// A parsed JSON value that remembers the line it started on, so that errors in deck files,
/// settings and journal lines can say `file:line: what is wrong`.
public struct JSONNode: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    public var value: Value
    /// 1-based line of the value's first character in the parsed text.
    public var line: Int

    public init(_ value: Value, line: Int = 1) {
        self.value = value
        self.line = line
    }
}

/// One `"key": value` pair of an object, in document order.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var node: JSONNode
    public var keyLine: Int
}

extension JSONNode {
    /// The member named `key` of an object (the last one if the key repeats), or nil.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last(where: { $0.key == key })?.node
    }

    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    public var array: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    /// The value as an exact integer, or nil when it is not a number with no fractional part.
    public var integer: Int? {
        guard case .number(let number) = value, number.rounded() == number,
              abs(number) < 9.0e15 else { return nil }
        return Int(number)
    }

    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    public var isNull: Bool { value == .null }

    /// A short name of the value's JSON type, for error messages.
    public var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
