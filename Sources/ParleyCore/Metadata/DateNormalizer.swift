/// Turns the dates found in feeds, front matter and pages into ISO 8601.
///
/// Accepts ISO 8601 (`2025-04-23`, `2025-04-23T10:15:00+02:00`, `2025-04-23 10:15`),
/// RFC 822 as in RSS (`Wed, 23 Apr 2025 10:15:00 GMT`), and written dates (`April 23, 2025`,
/// `23 April 2025`, `2025/04/23`). A date alone stays a date (`2025-04-23`); a date with a
/// time becomes UTC (`2025-04-23T08:15:00Z`). Anything else gives nil.
public enum DateNormalizer {
  /// The ISO 8601 form of `text`, or nil when it is not a recognisable date.
  public static func iso8601(_ text: String) -> String? {
    let text = text.trimming(" \n")
    guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
    return parseISO(text) ?? parseWritten(text)
  }

  // MARK: - ISO 8601

  private static func parseISO(_ text: String) -> String? {
    let b = Array(text.utf8)
    func number(_ from: Int, _ length: Int) -> Int? {
      guard from + length <= b.count else { return nil }
      var value = 0
      for i in from..<from + length {
        guard b[i] >= 48 && b[i] <= 57 else { return nil }
        value = value * 10 + Int(b[i] - 48)
      }
      return value
    }
    guard let year = number(0, 4), b.count >= 10, b[4] == b[7], b[4] == UInt8(ascii: "-") || b[4] == UInt8(ascii: "/"),
      let month = number(5, 2), let day = number(8, 2), valid(year, month, day)
    else { return nil }
    guard b.count > 10, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") else {
      return b.count == 10 ? format(year, month, day) : nil
    }
    guard let hour = number(11, 2), b.count >= 16, b[13] == UInt8(ascii: ":"), let minute = number(14, 2) else {
      return format(year, month, day)
    }
    var i = 16
    var second = 0
    if i + 2 < b.count + 0, b.count >= 19, b[16] == UInt8(ascii: ":"), let s = number(17, 2) {
      second = s
      i = 19
    }
    while i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") || (b[i] >= 48 && b[i] <= 57) { i += 1 }
    var offsetMinutes = 0
    if i < b.count {
      switch b[i] {
      case UInt8(ascii: "Z"), UInt8(ascii: "z"): break
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        let sign = b[i] == UInt8(ascii: "+") ? 1 : -1
        guard let h = number(i + 1, 2) else { return format(year, month, day) }
        let m = number(i + 3, 2) ?? number(i + 4, 2) ?? 0
        offsetMinutes = sign * (h * 60 + m)
      case UInt8(ascii: " "):
        offsetMinutes = zoneOffset(String(decoding: b[(i + 1)...], as: UTF8.self)) ?? 0
      default: break
      }
    }
    return utc(year, month, day, hour, minute, second, offsetMinutes: offsetMinutes)
  }

  // MARK: - Written dates and RFC 822

  private static let months: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  private static func parseWritten(_ text: String) -> String? {
    var year: Int?
    var month: Int?
    var day: Int?
    var time: (Int, Int, Int)?
    var offset = 0
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," })
    for token in tokens {
      let lower = token.lowercased()
      if token.contains(":"), time == nil {
        let parts = token.split(separator: ":").compactMap { Int($0) }
        if parts.count >= 2 { time = (parts[0], parts[1], parts.count > 2 ? parts[2] : 0) }
      } else if let m = months[String(lower.prefix(3))], month == nil, lower.allSatisfy({ $0.isLetter || $0 == "." }) {
        month = m
      } else if let value = Int(lower.trimming("stndrh")), lower.first?.isNumber == true {
        if lower.count == 4 && year == nil { year = value } else if value >= 1 && value <= 31 && day == nil { day = value }
      } else if time != nil, let zone = zoneOffset(String(token)) {
        offset = zone
      } else if lower == "am" || lower == "pm", var t = time {
        if lower == "pm" && t.0 < 12 { t.0 += 12 }
        if lower == "am" && t.0 == 12 { t.0 = 0 }
        time = t
      }
    }
    guard let year, let month, let day, valid(year, month, day) else { return nil }
    guard let time else { return format(year, month, day) }
    return utc(year, month, day, time.0, time.1, time.2, offsetMinutes: offset)
  }

  /// Minutes east of UTC for `+0200`, `-05:00`, `GMT`, `UTC`, `EST`… or nil.
  private static func zoneOffset(_ zone: String) -> Int? {
    let named: [String: Int] = [
      "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
      "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "BST": 60, "CET": 60, "CEST": 120, "MSK": 180,
      "EET": 120, "EEST": 180,
    ]
    if let minutes = named[zone.uppercased()] { return minutes }
    let digits = zone.filter { $0.isNumber }
    guard let first = zone.first, first == "+" || first == "-", digits.count == 4, let value = Int(digits) else {
      return nil
    }
    return (first == "+" ? 1 : -1) * (value / 100 * 60 + value % 100)
  }

  // MARK: - Calendar arithmetic

  private static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    (1000...9999).contains(year) && (1...12).contains(month) && (1...31).contains(day)
  }

  private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
    "\(year)-\(pad(month))-\(pad(day))"
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  private static func utc(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, offsetMinutes: Int
  ) -> String? {
    guard (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else {
      return format(year, month, day)
    }
    var total = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offsetMinutes
    let days = Int((Double(total) / 1440).rounded(.down))
    total -= days * 1440
    let (y, m, d) = civilFromDays(days)
    return "\(format(y, m, d))T\(pad(total / 60)):\(pad(total % 60)):\(pad(second))Z"
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
