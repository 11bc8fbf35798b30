import Foundation

/// What `mado import maildir|mbox|eml` says on stderr: the line it keeps rewriting on a terminal
/// (how many, how fast, how long still) and the summary at the end.
extension UIStrings {
    /// `done` counts every mail looked at (stored, already there, failed); `expected` is nil when
    /// the total is not known yet, and then no time left is said.
    public func importProgress(imported: Int, duplicates: Int, done: Int, expected: Int?, perSecond: Double) -> String {
        let rate = Int(perSecond.rounded())
        let left = expected.flatMap { total in total > done && perSecond > 0 ? Double(total - done) / perSecond : nil }
        if ja {
            var line = "取り込み \(imported) 件"
            if let expected { line += "（\(done) / \(expected) 件目）" }
            if duplicates > 0 { line += "、既にあり \(duplicates) 件" }
            line += " — 毎秒 \(rate) 件"
            if let left { line += "、残り約 \(duration(left))" }
            return line
        }
        var line = "imported \(imported)"
        if let expected { line += " (\(done) of \(expected))" }
        if duplicates > 0 { line += ", \(duplicates) already there" }
        line += " — \(rate)/s"
        if let left { line += ", \(duration(left)) left" }
        return line
    }

    public func importSummary(imported: Int, duplicates: Int, failed: Int, seconds: Double) -> String {
        ja ? String(format: "取り込み %d 件、既にあり %d 件、失敗 %d 件（%.1f 秒）", imported, duplicates, failed, seconds)
            : String(format: "imported %d, already there %d, failed %d in %.1f s", imported, duplicates, failed, seconds)
    }

    public func watchingMaildir(_ path: String) -> String {
        ja ? "\(path) に届くメールを待っています（Ctrl-C で終了）" : "watching \(path) for new mail (Ctrl-C to stop)"
    }

    /// "42 s", "3 min 05 s", "1 h 20 min" (and in Japanese 42 秒, 3 分 05 秒, 1 時間 20 分).
    func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        if total < 60 { return ja ? "\(total) 秒" : "\(total) s" }
        if total < 3600 {
            return ja ? String(format: "%d 分 %02d 秒", total / 60, total % 60) : String(format: "%d min %02d s", total / 60, total % 60)
        }
        return ja ? "\(total / 3600) 時間 \(total % 3600 / 60) 分" : "\(total / 3600) h \(total % 3600 / 60) min"
    }
}
