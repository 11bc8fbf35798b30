import Foundation

/// Short words drawn into the list and the thread that were left in English on a Japanese screen.
extension UIStrings {
    /// The wait column: "今" for under a minute in Japanese; 3m / 2h / 4d stay short in both.
    public func waiting(since start: Date, now: Date) -> String {
        let text = TimeText.waiting(since: start, now: now)
        return ja && text == "now" ? "今" : text
    }

    /// An attachment that came without a file name.
    public var unnamedAttachment: String { ja ? "（名前なし）" : "(unnamed)" }
}
