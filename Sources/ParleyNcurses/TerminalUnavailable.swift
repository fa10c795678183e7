/// Why the full-screen browser cannot start on this terminal.
public struct TerminalUnavailable: Error, CustomStringConvertible, Sendable {
  public var reason: String
  public init(_ reason: String) { self.reason = reason }
  public var description: String { reason }
}
